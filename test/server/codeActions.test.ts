import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type CodeAction, type Diagnostic, DiagnosticSeverity, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { fileUri, ROOT, TestServer, workspace } from './harness';

const BASE = `role "Login" { permission ADMI_LOGIN_OAUTH }
user "svc" { role "Login" }
integration "Sync" { token-based-authentication disabled }
`;

describe('server: quick fixes', () => {
  let s: TestServer;
  let n = 0;
  before(async () => {
    s = await TestServer.start();
  });
  after(() => s.stop());

  interface Fixed {
    action: CodeAction;
    text: string;
    before: Diagnostic[];
    after: Diagnostic[];
  }

  /**
   * Opens `text`, takes the `nth` diagnostic with `code`, applies the action titled `title`,
   * and checks the result is still free of syntax errors and that diagnostic is gone.
   */
  async function fix(text: string, code: string, title: string | RegExp, nth = 0): Promise<Fixed> {
    const uri = `untitled:fix-${n++}`;
    await s.open(uri, text);
    const before = (await s.diagnostics(uri)).diagnostics;
    const diag = before.filter((d) => d.code === code)[nth];
    assert.ok(diag, `no ${code} in ${JSON.stringify(before.map((d) => d.code))}`);
    const actions = await s.codeActions(uri, diag.range, [diag]);
    const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
    assert.ok(action, `no action '${title}' in ${JSON.stringify(actions.map((a) => a.title))}`);
    await s.apply(action.edit!);
    const after = (await s.diagnostics(uri)).diagnostics;
    const textAfter = s.text(uri);
    await s.close(uri);
    assert.deepEqual(
      after.filter((d) => d.code === 'NSR-SYNTAX'),
      [],
      `syntax error after the fix:\n${textAfter}`,
    );
    const same = (d: Diagnostic) => d.code === code && d.message === diag.message;
    assert.equal(after.filter(same).length, before.filter(same).length - 1, `the ${code} diagnostic is still there:\n${textAfter}`);
    return { action, text: textAfter, before, after };
  }

  it('did you mean: an unknown role, user, integration or permission', async () => {
    const role = await fix(BASE + 'user "x" { role "Logn" }\n', 'NSR-UNKNOWN-REF', "Change to 'Login'");
    assert.equal(role.action.isPreferred, true);
    assert.equal(role.action.kind, 'quickfix');
    assert.deepEqual(
      role.action.diagnostics?.map((d) => d.code),
      ['NSR-UNKNOWN-REF'],
    );
    assert.equal(role.text, BASE + 'user "x" { role "Login" }\n');
    const user = await fix(BASE + 'token "t" { user "scv"; role "Login"; integration "Sync" }\n', 'NSR-UNKNOWN-REF', "Change to 'svc'");
    assert.match(user.text, /token "t" \{ user "svc"; role "Login"; integration "Sync" \}\n$/);
    const integ = await fix(BASE + 'token "t" { user "svc"; role "Login"; integration "Snc" }\n', 'NSR-UNKNOWN-REF', "Change to 'Sync'");
    assert.match(integ.text, /integration "Sync" \}\n$/);
    const perm = await fix(
      BASE + 'role "R" { permission "Log in using Acess Tokens" none }\n',
      'NSR-UNKNOWN-PERMISSION',
      "Change to 'Log in using Access Tokens'",
    );
    assert.match(perm.text, /role "R" \{ permission "Log in using Access Tokens" none \}\n$/);
    // Offered, but never preferred: it would write a TBA permission.
    assert.ok(!perm.action.isPreferred);
    const plain = await fix(BASE + 'role "R" { permission "Set Up Acounting" full }\n', 'NSR-UNKNOWN-PERMISSION', "Change to 'Set Up Accounting'");
    assert.equal(plain.action.isPreferred, true);
    // An ID absent from NetSuite's list may be real: a plain typo gets a fix, never preferred.
    const id = await fix(BASE + 'role "R" { permission ADMI_AUDITLGOIN view }\n', 'NSR-UNKNOWN-PERMISSION', "Change to 'ADMI_AUDITLOGIN'");
    assert.ok(!id.action.isPreferred);
    assert.match(id.text, /permission ADMI_AUDITLOGIN view/);
  });

  it('never turns one real permission ID into another, nor an unlisted one into a TBA permission', async () => {
    const text = BASE + 'role "R" {\n  permission ADMI_LOGIN_OAUTH2\n  permission LIST_INTEGRAPP view\n  permission ADMI_LOGIN_OAUT none\n}\n';
    const uri = 'untitled:no-real-id-swap';
    await s.open(uri, text);
    const diags = (await s.diagnostics(uri)).diagnostics.filter((d) => d.code === 'NSR-UNKNOWN-PERMISSION');
    assert.deepEqual(
      diags.map((d) => [d.severity, text.split('\n')[d.range.start.line].trim()]),
      [[DiagnosticSeverity.Information, 'permission ADMI_LOGIN_OAUT none']],
    );
    const actions = await s.codeActions(uri, diags[0].range, diags);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Ignore NSR-UNKNOWN-PERMISSION on this line'],
    );
    await s.close(uri);
  });

  it('creates a missing role or user at the end of the file', async () => {
    const role = await fix(BASE + 'user "x" { role "Completely Different" }\n', 'NSR-UNKNOWN-REF', "Create role 'Completely Different'");
    assert.equal(role.text, BASE + 'user "x" { role "Completely Different" }\n\nrole "Completely Different" {}\n');
    const user = await fix(BASE + 'expect "ghost" as "Login" cannot restlet-login', 'NSR-UNKNOWN-REF', "Create user 'ghost'");
    assert.equal(user.text, BASE + 'expect "ghost" as "Login" cannot restlet-login\n\nuser "ghost" {}\n');
  });

  it('two-factor: adds the line to a role that lacks it, or flips not-required', async () => {
    const add = await fix('role "Admin" {\n  administrator\n}\nuser "a" { role "Admin" }\n', 'TBA-2FA-REQUIRED', "Add 'two-factor required'");
    assert.equal(add.text, 'role "Admin" {\n  administrator\n  two-factor required\n}\nuser "a" { role "Admin" }\n');
    const oneLine = await fix('role "Admin" { administrator }\nuser "a" { role "Admin" }\n', 'TBA-2FA-REQUIRED', "Add 'two-factor required'");
    assert.equal(oneLine.text, 'role "Admin" { administrator; two-factor required }\nuser "a" { role "Admin" }\n');
    const flip = await fix(
      'role "Admin" {\n  administrator\n  two-factor not-required\n}\nuser "a" { role "Admin" }\n',
      'TBA-2FA-REQUIRED',
      "Change to 'two-factor required'",
    );
    assert.equal(flip.text, 'role "Admin" {\n  administrator\n  two-factor required\n}\nuser "a" { role "Admin" }\n');
  });

  it('removes the redundant permission', async () => {
    const text = 'role "P" {\n  permission "User Access Tokens" full\n  permission "Log in using Access Tokens" full # old\n}\nuser "p" { role "P" }\n';
    const r = await fix(text, 'TBA-UAT-REDUNDANT-LOGIN', 'Remove the unnecessary permission');
    // The comment on the removed line is the author's: it stays.
    assert.equal(r.text, 'role "P" {\n  permission "User Access Tokens" full\n  # old\n}\nuser "p" { role "P" }\n');
  });

  it('sets a TBA permission’s level to full or none; neither is preferred, since full grants it', async () => {
    const text = 'role "R" { permission ADMI_LOGIN_OAUTH edit }\nuser "u" { role "R" }\n';
    const full = await fix(text, 'TBA-PERM-LEVEL', 'Set the level to full');
    assert.equal(full.text, 'role "R" { permission ADMI_LOGIN_OAUTH full }\nuser "u" { role "R" }\n');
    const none = await fix(text, 'TBA-PERM-LEVEL', 'Set the level to none (as it is decided now)');
    assert.equal(none.text, 'role "R" { permission ADMI_LOGIN_OAUTH none }\nuser "u" { role "R" }\n');
    assert.ok(!full.action.isPreferred && !none.action.isPreferred);
  });

  it('assigns the missing role to the token’s user', async () => {
    const text =
      BASE + 'role "Other" { permission ADMI_LOGIN_OAUTH }\nuser "o" {\n  role "Other"\n}\ntoken "t" {\n  user "o"\n  role "Login"\n  integration "Sync"\n}\n';
    const r = await fix(text, 'TBA-TOKEN-USER-ROLE', "Assign role 'Login' to user 'o'");
    assert.match(r.text, /user "o" \{\n {2}role "Other"\n {2}role "Login"\n\}/);
  });

  it('a failing expect: applies one of the engine’s suggestions, or flips the expectation', async () => {
    const text = BASE + 'expect "svc" as "Login" can issue-token\n';
    const first = await fix(text, 'NSR-EXPECT-FAILED', /^Make it hold: add the permission "User Access Tokens"/);
    assert.equal(first.action.isPreferred, true);
    assert.match(first.text, /^role "Login" \{ permission ADMI_LOGIN_OAUTH; permission "User Access Tokens" full \}\n/);
    const flip = await fix(text, 'NSR-EXPECT-FAILED', "Expect 'cannot' instead (the decision is DENY)");
    assert.equal(flip.text, BASE + 'expect "svc" as "Login" cannot issue-token\n');
    const channel = await fix(
      'role "Dev" { permission "User Access Tokens" }\nuser "d" { role "Dev" }\nexpect "d" as "Dev" can issue-token via access-tokens-page\n',
      'NSR-EXPECT-FAILED',
      /^Make it hold: use the (settings-portlet|issuetoken-endpoint) channel instead$/,
    );
    assert.match(channel.text, /expect "d" as "Dev" can issue-token via (settings-portlet|issuetoken-endpoint)\n$/);
  });

  it('adds an ignore comment above the line, indented like it, or extends one already there', async () => {
    const r = await fix('role "R" {\n  permission ADMI_LOGIN_OAUTH edit\n}\nuser "u" { role "R" }\n', 'TBA-PERM-LEVEL', 'Ignore TBA-PERM-LEVEL on this line');
    assert.equal(r.text, 'role "R" {\n  # nsroles-ignore TBA-PERM-LEVEL\n  permission ADMI_LOGIN_OAUTH edit\n}\nuser "u" { role "R" }\n');
    const text = '# nsroles-ignore TBA-ROLE-UNASSIGNED\nrole "Admin" { administrator; permission ADMI_LOGIN_OAUTH }\n';
    const more = await fix(text, 'TBA-2FA-REQUIRED', 'Ignore TBA-2FA-REQUIRED on this line');
    assert.equal(more.text, '# nsroles-ignore TBA-ROLE-UNASSIGNED, TBA-2FA-REQUIRED\nrole "Admin" { administrator; permission ADMI_LOGIN_OAUTH }\n');
  });

  it('removes an unused ignore: the id, or the whole comment line', async () => {
    const one = await fix('role "A" {}\n# nsroles-ignore TBA-2FA-REQUIRED\nrole "B" {}\n', 'NSR-IGNORE-UNUSED', 'Remove this unused ignore');
    assert.equal(one.text, 'role "A" {}\nrole "B" {}\n');
    const two = await fix(
      '# nsroles-ignore TBA-2FA-REQUIRED, TBA-ROLE-UNASSIGNED\nrole "B" { administrator }\n',
      'NSR-IGNORE-UNUSED',
      'Remove this unused ignore',
    );
    assert.equal(two.text, '# nsroles-ignore TBA-2FA-REQUIRED\nrole "B" { administrator }\n');
  });

  it('fixes all problems of one kind in the file', async () => {
    const text = 'role "A" { administrator }\nrole "B" {\n  administrator\n}\nuser "u" { role "A"; role "B" }\n';
    const r = await fix(text, 'TBA-2FA-REQUIRED', 'Fix all TBA-2FA-REQUIRED problems in this file');
    assert.equal(
      r.text,
      'role "A" { administrator; two-factor required }\nrole "B" {\n  administrator\n  two-factor required\n}\nuser "u" { role "A"; role "B" }\n',
    );
    assert.deepEqual(r.after, []);
  });

  it('every quick fix offered on the mistakes example keeps the file parseable and removes its diagnostic', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/mistakes/mistakes.nsroles'), 'utf8');
    const uri = 'untitled:survey';
    await s.open(uri, text);
    const diags = (await s.diagnostics(uri)).diagnostics;
    const plan: [string, number, string][] = [];
    for (const d of diags) {
      const nth = diags.filter((x) => x.code === d.code && diags.indexOf(x) < diags.indexOf(d)).length;
      for (const a of await s.codeActions(uri, d.range, [d], ['quickfix'])) plan.push([String(d.code), nth, a.title]);
    }
    await s.close(uri);
    assert.ok(plan.length >= 30, `only ${plan.length} fixes`);
    for (const [code, nth, title] of plan) await fix(text, code, title, nth);
  });

  it('the source fix-all action repairs every safely fixable finding of the mistakes example', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/mistakes/mistakes.nsroles'), 'utf8');
    const uri = 'untitled:fix-all';
    await s.open(uri, text);
    const before = (await s.diagnostics(uri)).diagnostics;
    const actions = await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all safely fixable nsroles problems', 'source.fixAll.nsroles']],
    );
    await s.apply(actions[0].edit!);
    const after = (await s.diagnostics(uri)).diagnostics;
    await s.close(uri);
    const codes = (list: Diagnostic[]) => list.map((d) => d.code).sort();
    // The permission typo stays: its fix would write a TBA permission, which fix-all never does unseen.
    // So does the TBA permission at another level: full would grant it, none would drop what was written.
    const gone = ['TBA-2FA-REQUIRED', 'TBA-2FA-REQUIRED', 'TBA-UAT-REDUNDANT-LOGIN', 'NSR-UNKNOWN-REF'].sort();
    const expected = codes(before);
    for (const g of gone) expected.splice(expected.indexOf(g), 1);
    assert.deepEqual(codes(after), expected);
    assert.ok(!codes(after).includes('NSR-SYNTAX'));
  });
});

describe('server: fix-all beside SuiteCloud role objects', () => {
  it("reads the project's role objects as the editor does: never moves a user onto another role", async () => {
    const dir = workspace({});
    fs.cpSync(path.join(ROOT, 'test/fixtures/netsuite-export'), dir, { recursive: true });
    // Names close to the objects' (Token Administrator, customrole1000): unknown without them,
    // the did-you-mean fix moved ted to Token Admin and ann to a role with Access Token Management.
    const text = [
      'account "acme" {',
      '  token-based-authentication enabled',
      '}',
      'role "Token Admin" {',
      '  permission ADMI_MANAGE_OAUTH_TOKENS',
      '}',
      'role "Other" {',
      '  id customrole1003x',
      '  permission ADMI_MANAGE_OAUTH_TOKENS',
      '  two-factor required',
      '}',
      'user "zed@acme.com" { role "Token Admin" }',
      'user "ted@acme.com" { role "Token Administrator" }',
      'user "ann@acme.com" { role customrole1000 }',
      '',
    ].join('\n');
    const file = path.join(dir, 'access.nsroles');
    fs.writeFileSync(file, text);
    const s = await TestServer.start({ folders: [dir] });
    try {
      const uri = fileUri(file);
      await s.open(uri, text);
      const before = (await s.diagnostics(uri)).diagnostics;
      assert.ok(!before.some((d) => d.code === 'NSR-UNKNOWN-REF'), JSON.stringify(before.map((d) => d.message)));
      const [action] = await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      await s.apply(action.edit!);
      const after = s.text(uri);
      // Only the missing 2FA line of Token Admin is added; every user keeps the role written.
      assert.equal(after.replace(/\n {2}two-factor required(?=\n\}\nrole "Other")/, ''), text, after);
      assert.notEqual(after, text);
    } finally {
      await s.stop();
    }
  });
});

describe('server: fix-all beside a role object that cannot be read', () => {
  it('a reference to it is no typo: fix-all leaves the user on it', async () => {
    const role = (root: string, sid: string, name: string) =>
      `<${root} scriptid="${sid}">\n  <centertype>BASIC</centertype>\n  <name>${name}</name>\n  <tfarequired>OFF</tfarequired>\n  <permissions>\n    <permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n  </permissions>\n</${root}>\n`;
    const text = 'account "acme" {\n  token-based-authentication enabled\n}\nuser "ann" { role customrole_p2 }\n';
    const dir = workspace({
      'manifest.xml': '<manifest projecttype="ACCOUNTCUSTOMIZATION"><projectname>p</projectname></manifest>\n',
      'src/Objects/customrole_p1.xml': role('role', 'customrole_p1', 'Partner One'),
      // XML names are case-sensitive: SDF reads no role from <Role>, and neither does nsroles.
      'src/Objects/customrole_p2.xml': role('Role', 'customrole_p2', 'Partner Two'),
      'access.nsroles': text,
    });
    const s = await TestServer.start({ folders: [dir] });
    try {
      const uri = fileUri(path.join(dir, 'access.nsroles'));
      await s.open(uri, text);
      const before = (await s.diagnostics(uri)).diagnostics;
      assert.ok(!before.some((d) => d.code === 'NSR-UNKNOWN-REF'), JSON.stringify(before.map((d) => d.message)));
      const actions = await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      for (const a of actions) await s.apply(a.edit!);
      assert.equal(s.text(uri), text);
    } finally {
      await s.stop();
    }
  });
});

describe('server: quick fixes across included files', () => {
  it('assigns a role in the file that declares the user', async () => {
    const users = 'user "o" {\n  role "Other"\n}\n';
    const main =
      'include "users.nsroles"\nrole "Login" { permission ADMI_LOGIN_OAUTH }\nrole "Other" { permission ADMI_LOGIN_OAUTH }\nuser "svc" { role "Login" }\nintegration "Sync" {}\ntoken "t" { user "o"; role "Login"; integration "Sync" }\n';
    const dir = workspace({ 'main.nsroles': main, 'users.nsroles': users });
    const s = await TestServer.start({ folders: [dir], resolveCodeActions: false });
    try {
      const mainUri = fileUri(path.join(dir, 'main.nsroles'));
      const usersUri = fileUri(path.join(dir, 'users.nsroles'));
      await s.open(mainUri, main);
      await s.open(usersUri, users);
      const diag = (await s.diagnostics(mainUri)).diagnostics.find((d) => d.code === 'TBA-TOKEN-USER-ROLE')!;
      const actions = await s.codeActions(mainUri, diag.range, [diag]);
      const assign = actions.find((a) => a.title === "Assign role 'Login' to user 'o'")!;
      assert.deepEqual(Object.keys(assign.edit!.changes!), [usersUri]);
      await s.apply(assign.edit!);
      assert.equal(s.text(usersUri), 'user "o" {\n  role "Other"\n  role "Login"\n}\n');
      await s.until('the token diagnostic to go', () => {
        const last = s.published.filter((p) => p.uri === mainUri).pop();
        return last && !last.diagnostics.some((d) => d.code === 'TBA-TOKEN-USER-ROLE') ? true : undefined;
      });
    } finally {
      await s.stop();
    }
  });
});

describe('server: fix-all for a client that cannot resolve code actions', () => {
  it('offers it as a command at once, which applies the same edit the resolving client gets; a stale one does nothing', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/mistakes/mistakes.nsroles'), 'utf8');
    const uri = 'untitled:fix-all-command';
    const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    // The resolving client's result, to compare with.
    const resolving = await TestServer.start();
    let expected: string;
    try {
      await resolving.open(uri, text);
      await resolving.diagnostics(uri);
      const [action] = await resolving.codeActions(uri, origin, [], ['source.fixAll']);
      await resolving.apply(action.edit!);
      expected = resolving.text(uri);
    } finally {
      await resolving.stop();
    }
    assert.notEqual(expected, text);

    const s = await TestServer.start({ resolveCodeActions: false });
    const applied: { label?: string; edit: WorkspaceEdit }[] = [];
    s.conn.onRequest('workspace/applyEdit', async (p: { label?: string; edit: WorkspaceEdit }) => {
      applied.push(p);
      await s.apply(p.edit);
      return { applied: true };
    });
    try {
      assert.deepEqual(s.initializeResult.capabilities.executeCommandProvider?.commands, ['nsroles.server.fixAll']);
      await s.open(uri, text);
      await s.diagnostics(uri);
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: origin,
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.equal(actions.length, 1);
      const [action] = actions;
      // No edit worked out while the cursor moves: a command carries the question.
      assert.equal(action.edit, undefined);
      assert.deepEqual(action.command?.arguments, [{ uri, version: 1 }]);
      // A command for an older version of the document does nothing.
      await s.request('workspace/executeCommand', { command: action.command!.command, arguments: [{ uri, version: 0 }] });
      await s.request('workspace/executeCommand', { command: action.command!.command, arguments: ['junk', { uri: 5 }] });
      assert.equal(applied.length, 0);
      await s.request('workspace/executeCommand', action.command);
      assert.equal(applied.length, 1);
      assert.equal(applied[0].label, 'Fix all safely fixable nsroles problems');
      assert.equal(s.text(uri), expected);
    } finally {
      await s.stop();
    }
    // A client that can neither resolve nor apply an edit is offered no fix-all; quick fixes stay.
    const bare = await TestServer.start({ resolveCodeActions: false, applyEdit: false });
    try {
      await bare.open(uri, text);
      const diags = (await bare.diagnostics(uri)).diagnostics;
      const all = await bare.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: origin,
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(all, []);
      const d = diags.find((x) => x.code === 'TBA-2FA-REQUIRED')!;
      const quick = await bare.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(quick.length > 0 && quick.every((a) => a.edit && !a.command), JSON.stringify(quick.map((a) => a.title)));
    } finally {
      await bare.stop();
    }
  });
});

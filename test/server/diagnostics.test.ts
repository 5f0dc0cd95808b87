import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-protocol/node';
import { fileUri, rangeOf, TestServer, workspace } from './harness';
import { sameDiagnostic } from '../../server/src/features/diagnostics';

const TEXT = `role "Admin" {
  administrator
}
role "Power" {
  permission "User Access Tokens" full
  permission "Log in using Access Tokens" full
}
user "a" { role "Admin" }
user "p" { role "Power" }
user "A" { role "Admin" }
`;

function byCode(list: Diagnostic[], code: string): Diagnostic[] {
  return list.filter((d) => d.code === code);
}

describe('server: diagnostics', () => {
  let s: TestServer;
  let rules: Record<string, string> = {};
  const dir = workspace({ 'main.nsroles': TEXT });
  const uri = fileUri(path.join(dir, 'main.nsroles'));

  before(async () => {
    s = await TestServer.start({ folders: [dir], configuration: (item) => (item.section === 'nsroles' ? { rules } : null) });
  });
  after(() => s.stop());
  afterEach(async () => {
    rules = {};
    if (s.version(uri)) await s.close(uri);
  });

  it('carries the rule id, its page, related places and the Unnecessary tag, and no fix data', async () => {
    await s.open(uri, TEXT);
    const { diagnostics, version } = await s.diagnostics(uri);
    assert.equal(version, 1);
    const [twoFactor] = byCode(diagnostics, 'TBA-2FA-REQUIRED');
    assert.deepEqual(twoFactor.range, rangeOf(TEXT, '"Admin"'));
    assert.equal(twoFactor.severity, DiagnosticSeverity.Warning);
    assert.equal(twoFactor.source, 'nsroles');
    // Without the client's rule pages, the link is the NetSuite page of the rule's deciding quote.
    assert.equal(twoFactor.codeDescription?.href, 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4248124361.html');
    // Quick fixes are found again from the server's own findings: nothing rides along per keystroke.
    assert.equal(twoFactor.data, undefined);

    const [redundant] = byCode(diagnostics, 'TBA-UAT-REDUNDANT-LOGIN');
    assert.deepEqual(redundant.range, rangeOf(TEXT, 'permission "Log in using Access Tokens" full'));
    assert.deepEqual(redundant.tags, [DiagnosticTag.Unnecessary]);
    assert.deepEqual(redundant.relatedInformation, [
      { location: { uri, range: rangeOf(TEXT, 'permission "User Access Tokens" full') }, message: 'User Access Tokens already allows token logins' },
    ]);

    const [dup] = byCode(diagnostics, 'NSR-DUPLICATE');
    assert.deepEqual(dup.range, rangeOf(TEXT, '"A"'));
    assert.equal(dup.severity, DiagnosticSeverity.Error);
    assert.deepEqual(dup.relatedInformation, [{ location: { uri, range: rangeOf(TEXT, '"a"') }, message: "First definition of user 'a'" }]);
    assert.equal(dup.tags, undefined);
  });

  it('a failing expect line: the decision and why, without the generic rule link, related places or suggestions', async () => {
    const text = TEXT + 'expect "p" as "Power" cannot restlet-login\n';
    await s.open(uri, text);
    const [e] = byCode((await s.diagnostics(uri)).diagnostics, 'NSR-EXPECT-FAILED');
    assert.deepEqual(Object.keys(e).sort(), ['code', 'message', 'range', 'severity', 'source']);
    assert.match(String(e.message), /^Expected 'cannot', but the decision is ALLOW: [^\n]+\.$/);
    assert.doesNotMatch(String(e.message), /To make it hold/);
  });

  it('reads nsroles.rules for the document: a rule can be switched off or raised', async () => {
    rules = { 'TBA-2FA-REQUIRED': 'off', 'nsr-duplicate': 'hint' };
    const before = s.configurationRequests.length;
    await s.open(uri, TEXT);
    const { diagnostics } = await s.diagnostics(uri);
    const asked = s.configurationRequests.slice(before).flatMap((r) => r.items);
    assert.deepEqual(asked, [{ scopeUri: uri, section: 'nsroles' }]);
    assert.deepEqual(byCode(diagnostics, 'TBA-2FA-REQUIRED'), []);
    assert.equal(byCode(diagnostics, 'NSR-DUPLICATE')[0].severity, DiagnosticSeverity.Hint);
  });

  it('asks for a document’s settings once when it opens, and not for a document it closed', async () => {
    const before = s.configurationRequests.length;
    await s.open(uri, TEXT);
    await s.diagnostics(uri);
    const seen = s.published.length;
    await s.close(uri);
    assert.deepEqual((await s.nextDiagnostics(uri, seen)).diagnostics, []);
    // A request answered after the close: anything the close made the server ask came before it.
    await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const asked = s.configurationRequests.slice(before).flatMap((r) => r.items);
    assert.deepEqual(asked, [{ scopeUri: uri, section: 'nsroles' }]);
  });

  it('does not ask for the settings of XML that is not a role object', async () => {
    const before = s.configurationRequests.length;
    const xml = fileUri(path.join(dir, 'pom.xml'));
    await s.open(xml, '<project><modelVersion>4.0.0</modelVersion></project>\n', 'xml');
    await s.change(xml, [{ text: '<project><modelVersion>4.0.1</modelVersion></project>\n' }]);
    await s.request('textDocument/hover', { textDocument: { uri: xml }, position: { line: 0, character: 0 } });
    await s.close(xml);
    await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(s.configurationRequests.slice(before), []);
  });

  it('asks again and republishes when the configuration changes', async () => {
    await s.open(uri, TEXT);
    const first = await s.diagnostics(uri);
    assert.equal(byCode(first.diagnostics, 'TBA-UAT-REDUNDANT-LOGIN')[0].severity, DiagnosticSeverity.Hint);
    rules = { 'TBA-UAT-REDUNDANT-LOGIN': 'error' };
    const seen = s.published.length;
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const next = await s.nextDiagnostics(uri, seen);
    assert.equal(byCode(next.diagnostics, 'TBA-UAT-REDUNDANT-LOGIN')[0].severity, DiagnosticSeverity.Error);
  });

  it('registers for configuration changes and role-file events', () => {
    assert.ok(s.registrations.includes('workspace/didChangeConfiguration'));
    assert.ok(s.registrations.includes('workspace/didChangeWatchedFiles'));
  });

  it('clears the diagnostics of a closed document', async () => {
    await s.open(uri, TEXT);
    await s.diagnostics(uri);
    const seen = s.published.length;
    await s.close(uri);
    const cleared = await s.nextDiagnostics(uri, seen);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('coalesces a burst of changes: publishes the newest version, never a stale one after it', async () => {
    await s.open(uri, TEXT);
    await s.diagnostics(uri);
    const seen = s.published.length;
    const burst = 30;
    const sends: Promise<number>[] = [];
    for (let i = 0; i < burst; i++) sends.push(s.change(uri, [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: 'x' }]));
    const versions = await Promise.all(sends);
    const last = versions[versions.length - 1];
    const final = await s.diagnostics(uri, last);
    assert.deepEqual(byCode(final.diagnostics, 'TBA-2FA-REQUIRED')[0].range, rangeOf(s.text(uri), `"${'x'.repeat(burst)}Admin"`));
    const mine = s.published.slice(seen).filter((p) => p.uri === uri);
    assert.ok(mine.length < burst / 3, `${mine.length} publishes for ${burst} changes`);
    const order = mine.map((p) => p.version!);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });

  it('reports syntax errors at their place and keeps linting the rest', async () => {
    const text = 'role "A" {\n  permision ADMI_LOGIN_OAUTH\n}\nrole "B" { administrator }\n';
    await s.open(uri, text);
    const { diagnostics } = await s.diagnostics(uri);
    const [syntax] = byCode(diagnostics, 'NSR-SYNTAX');
    assert.deepEqual(syntax.range, rangeOf(text, 'permision'));
    assert.match(String(syntax.message), /Unknown property 'permision' in role/);
    assert.deepEqual(byCode(diagnostics, 'TBA-2FA-REQUIRED')[0].range, rangeOf(text, '"B"'));
  });

  it('honours inline ignore comments, and checks them', async () => {
    const text = '# nsroles-ignore TBA-2FA-REQUIRED\nrole "A" { administrator }\n# nsroles-ignore TBA-NOPE, TBA-ROLE-UNASSIGNED\nrole "B" {}\n';
    await s.open(uri, text);
    const { diagnostics } = await s.diagnostics(uri);
    assert.deepEqual(byCode(diagnostics, 'TBA-2FA-REQUIRED'), []);
    const [unknown] = byCode(diagnostics, 'NSR-IGNORE-UNKNOWN');
    assert.deepEqual(unknown.range, rangeOf(text, 'TBA-NOPE'));
    assert.equal(unknown.severity, DiagnosticSeverity.Warning);
    const [unused] = byCode(diagnostics, 'NSR-IGNORE-UNUSED');
    assert.deepEqual(unused.range, rangeOf(text, 'TBA-ROLE-UNASSIGNED'));
    assert.equal(unused.severity, DiagnosticSeverity.Hint);
    assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
  });
});

describe('server: diagnostics without workspace/configuration', () => {
  it('takes nsroles.rules from initializationOptions, then from pushed settings, and the docs base from the client', async () => {
    const s = await TestServer.start({
      configuration: false,
      initializationOptions: { rulesDocsBase: 'file:///ext/docs/rules/', rules: { 'TBA-2FA-REQUIRED': 'error' } },
    });
    try {
      const uri = 'untitled:Untitled-1';
      await s.open(uri, TEXT);
      const first = await s.diagnostics(uri);
      const [d] = byCode(first.diagnostics, 'TBA-2FA-REQUIRED');
      assert.equal(d.severity, DiagnosticSeverity.Error);
      assert.equal(d.codeDescription?.href, 'file:///ext/docs/rules/TBA-2FA-REQUIRED.md');
      assert.equal(s.configurationRequests.length, 0);
      const seen = s.published.length;
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { nsroles: { rules: { 'TBA-2FA-REQUIRED': 'off' } } } });
      const next = await s.nextDiagnostics(uri, seen);
      assert.deepEqual(byCode(next.diagnostics, 'TBA-2FA-REQUIRED'), []);
    } finally {
      await s.stop();
    }
  });
});

describe('server: diagnostics across included files', () => {
  const ROLES = 'role "Login" {\n  permission ADMI_LOGIN_OAUTH\n}\n';
  const ACCOUNT = 'include "roles.nsroles"\nuser "svc" { role "Login" }\nexpect "svc" as "Login" can restlet-login\n';
  let s: TestServer;
  let dir: string;
  before(async () => {
    dir = workspace({ 'account.nsroles': ACCOUNT, 'roles.nsroles': ROLES });
    s = await TestServer.start({ folders: [dir], configuration: () => ({ rules: {} }) });
  });
  after(() => s.stop());

  it('lints an included file in the account of the file that includes it, even when that file is closed', async () => {
    const roles = fileUri(path.join(dir, 'roles.nsroles'));
    await s.open(roles, ROLES);
    const { diagnostics } = await s.diagnostics(roles);
    // Alone, "Login" would be an unassigned TBA role; account.nsroles assigns it.
    assert.deepEqual(diagnostics, []);
    await s.close(roles);
  });

  it('republishes every open file that includes a changed file', async () => {
    const roles = fileUri(path.join(dir, 'roles.nsroles'));
    const account = fileUri(path.join(dir, 'account.nsroles'));
    await s.open(account, ACCOUNT);
    await s.open(roles, ROLES);
    assert.deepEqual((await s.diagnostics(account)).diagnostics, []);
    await s.diagnostics(roles);
    await s.setText(roles, ROLES.replace('"Login"', '"Logon"'));
    await s.diagnostics(roles);
    const changedAt = s.published.findIndex((p) => p.uri === roles && p.version === 2);
    const again = await s.nextDiagnostics(account, changedAt + 1);
    assert.equal(again.version, 1, 'the includer did not change, so its version stays');
    const refs = byCode(again.diagnostics, 'NSR-UNKNOWN-REF');
    assert.deepEqual(
      refs.map((d) => [d.range, d.message]),
      [
        [rangeOf(ACCOUNT, '"Login"'), "No role 'Login' is defined (did you mean 'Logon'?)."],
        [rangeOf(ACCOUNT, '"Login"', 1), "No role 'Login' is defined (did you mean 'Logon'?)."],
      ],
    );
    await s.close(roles);
    await s.close(account);
  });

  it('shows an included file’s own findings when it is opened after the file that includes it', async () => {
    // Lint checks the entries of open files only: the role file's were not checked for the first open.
    const rolesText = 'role "Typo" {\n  permission "Log in using Acess Tokens"\n}\n';
    const mainText = 'include "typo-roles.nsroles"\nuser "svc" { role "Typo" }\n';
    fs.writeFileSync(path.join(dir, 'typo-roles.nsroles'), rolesText);
    fs.writeFileSync(path.join(dir, 'typo.nsroles'), mainText);
    const main = fileUri(path.join(dir, 'typo.nsroles'));
    const roles = fileUri(path.join(dir, 'typo-roles.nsroles'));
    await s.open(main, mainText);
    assert.deepEqual((await s.diagnostics(main)).diagnostics, []);
    await s.open(roles, rolesText);
    const shown = (await s.diagnostics(roles)).diagnostics;
    assert.deepEqual(
      shown.map((d) => [d.code, d.range]),
      [['NSR-UNKNOWN-PERMISSION', rangeOf(rolesText, '"Log in using Acess Tokens"')]],
    );
    await s.close(roles);
    await s.close(main);
  });

  it('reports a missing include at the include line, and re-reads the disk when told a file changed', async () => {
    const other = path.join(dir, 'other.nsroles');
    const text = 'include "later.nsroles"\nuser "u" { role "Later" }\n';
    fs.writeFileSync(other, text);
    const uri = fileUri(other);
    await s.open(uri, text);
    const first = await s.diagnostics(uri);
    assert.deepEqual(
      first.diagnostics.map((d) => [d.code, d.range]),
      [
        ['NSR-INCLUDE-MISSING', rangeOf(text, 'include "later.nsroles"')],
        ['NSR-UNKNOWN-REF', rangeOf(text, '"Later"')],
      ],
    );
    fs.writeFileSync(path.join(dir, 'later.nsroles'), 'role "Later" {}\n');
    const seen = s.published.length;
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, 'later.nsroles')), type: 1 }] });
    const next = await s.nextDiagnostics(uri, seen);
    assert.deepEqual(next.diagnostics, []);
    await s.close(uri);
  });
});

describe('sameDiagnostic: when a published diagnostic is sent again as the same object', () => {
  const range = (line: number, from = 2) => ({ start: { line, character: from }, end: { line, character: from + 5 } });
  const base = (): Diagnostic => ({
    range: range(3),
    severity: DiagnosticSeverity.Error,
    code: 'TBA-TOKEN-USER-ROLE',
    source: 'nsroles',
    message: "Token 't': user 'u' does not hold the role 'R'",
    codeDescription: { href: 'file:///docs/rules/TBA-TOKEN-USER-ROLE.md' },
    relatedInformation: [{ location: { uri: 'file:///a.nsroles', range: range(1) }, message: "User 'u'" }],
    tags: [DiagnosticTag.Unnecessary],
  });

  it('is the same for an equal diagnostic built again', () => {
    assert.equal(sameDiagnostic(base(), base()), true);
  });

  const changes: [string, (d: Diagnostic) => void][] = [
    ['its range moved', (d) => (d.range = range(4))],
    ['its range moved on its line', (d) => (d.range = range(3, 3))],
    ['a related location moved, its own range not', (d) => (d.relatedInformation![0].location.range = range(2))],
    ['a related location in another file', (d) => (d.relatedInformation![0].location.uri = 'file:///b.nsroles')],
    ['a related location added', (d) => d.relatedInformation!.push({ location: { uri: 'file:///a.nsroles', range: range(5) }, message: 'x' })],
    ['no related location', (d) => delete d.relatedInformation],
    ['a new rule page link (another docs base)', (d) => (d.codeDescription = { href: 'https://example.com/TBA-TOKEN-USER-ROLE' })],
    ['no rule page link', (d) => delete d.codeDescription],
    ['another severity', (d) => (d.severity = DiagnosticSeverity.Warning)],
    ['another message', (d) => (d.message += '.')],
    ['no tags', (d) => delete d.tags],
  ];
  for (const [name, change] of changes) {
    it(`is not the same when ${name}`, () => {
      const d = base();
      change(d);
      assert.equal(sameDiagnostic(base(), d), false);
      assert.equal(sameDiagnostic(d, base()), false);
    });
  }
});

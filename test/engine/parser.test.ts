import { strict as assert } from 'assert';
import { parse } from '../../server/src/engine';
import { at, load, marked, plain } from '../helpers/memory';

/** Parses text containing one ⟦marked⟧ range and checks an error with that message is reported exactly there. */
function checkError(src: string, message: RegExp): void {
  const m = marked(src);
  const { errors } = parse(m.text);
  const hit = errors.find((e) => message.test(e.message));
  assert.ok(hit, `no error matching ${message}; got ${JSON.stringify(errors)}`);
  assert.deepEqual(hit.span, { start: m.start, end: m.end }, `range of '${hit.message}'`);
}

describe('parser', () => {
  it('parses the contract example into statements with exact spans', () => {
    const text = 'role "RESTlet Integration" {\n  permission ADMI_LOGIN_OAUTH\n}\n';
    const t = parse(text);
    assert.equal(t.errors.length, 0);
    assert.equal(t.statements.length, 1);
    const role = t.statements[0];
    assert.equal(role.keyword, 'role');
    assert.deepEqual(
      role.args.map((a) => [a.kind, a.value]),
      [['string', 'RESTlet Integration']],
    );
    assert.equal(text.slice(role.args[0].span.start, role.args[0].span.end), '"RESTlet Integration"');
    assert.equal(role.block!.statements[0].keyword, 'permission');
    assert.equal(text.slice(role.span.start, role.span.end), text.trimEnd());
  });

  it('reads one-line blocks separated by ;', () => {
    const t = parse('user "bob" { role "Clerk"; inactive }');
    assert.equal(t.errors.length, 0);
    assert.deepEqual(
      t.statements[0].block!.statements.map((s) => s.keyword),
      ['role', 'inactive'],
    );
  });

  it('unescapes \\" and \\\\ in strings', () => {
    const t = parse('user "a \\"quoted\\" \\\\ name" {}');
    assert.equal(t.statements[0].args[0].value, 'a "quoted" \\ name');
  });

  it('keeps comments with their spans', () => {
    const t = parse('# top\nrole "A" { # trailing\n}\n');
    assert.deepEqual(
      t.comments.map((c) => c.text),
      ['# top', '# trailing'],
    );
    assert.equal(t.comments[1].span.start, 17);
  });

  it('looks ahead for a declaration without losing or repeating what it read', () => {
    // Inside a block, `role`, `user`, `token` and `integration` start a declaration only if a `{`
    // follows on their line: the parser reads ahead to know, then reads the line again.
    const text = 'user "bob" {\n  role "A" # held\n  role "B"; token "t" # no brace\nrole "C" { # opens\n}\n';
    const t = parse(text);
    assert.deepEqual(
      t.comments.map((c) => c.text),
      ['# held', '# no brace', '# opens'],
    );
    assert.deepEqual(
      t.statements.map((s) => [s.keyword, s.args[0].value, s.block?.statements.map((b) => `${b.keyword} ${b.args[0].value}`)]),
      [
        ['user', 'bob', ['role A', 'role B', 'token t']],
        ['role', 'C', []],
      ],
    );
    assert.equal(text.slice(t.statements[1].span.start, t.statements[1].span.end), 'role "C" { # opens\n}');
    assert.deepEqual(
      t.errors.map((e) => [e.message, text.slice(e.span.start, e.span.end)]),
      [["This block is never closed: add '}' before the next declaration", '{']],
    );
  });

  it('reports an unterminated string at the string, and recovers on the next line', () => {
    checkError('user "bob" {\n  role ⟦"Clerk⟧\n  inactive\n}\n', /Unterminated string/);
    const t = parse('user "bob" {\n  role "Clerk\n  inactive\n}\n');
    assert.deepEqual(
      t.statements[0].block!.statements.map((s) => s.keyword),
      ['role', 'inactive'],
    );
  });

  it('reports an unclosed block at its brace and recovers at the next declaration', () => {
    checkError('role "A" ⟦{⟧\n  permission ADMI_LOGIN_OAUTH\nuser "bob" { role "A" }\n', /never closed/);
    const t = parse('role "A" {\n  permission ADMI_LOGIN_OAUTH\nuser "bob" { role "A" }\n');
    assert.deepEqual(
      t.statements.map((s) => s.keyword),
      ['role', 'user'],
    );
  });

  it('closes an unclosed block at end of file with one error', () => {
    const t = parse('role "A" {\n  administrator\n');
    assert.equal(t.errors.length, 1);
    assert.match(t.errors[0].message, /never closed/);
  });

  it('reports an unmatched }', () => {
    checkError('role "A" {}\n⟦}⟧\n', /Unmatched/);
  });

  it('reports junk characters once per run and keeps parsing', () => {
    checkError('⟦%%%⟧ nonsense\nrole "A" {}\n', /Unexpected characters '%%%'/);
    assert.equal(parse('%%% nonsense\nrole "A" {}\n').statements.length, 1);
  });

  it('shows control characters in a message as escapes, and names bytes that are not UTF-8', () => {
    checkError('role "A" {}\n⟦\u0000\u0001\u001b⟧ x\n', /^Unexpected characters '\\u0000\\u0001\\u001b'$/);
    // A UTF-16 file read as UTF-8 starts with two U+FFFD.
    checkError('⟦\uFFFD\uFFFD⟧r', /^Bytes that are not UTF-8 \('\uFFFD\uFFFD'\): save the file as UTF-8$/);
  });

  it('reports text after a complete statement', () => {
    checkError('role "A" {\n  administrator\n}\nuser "b" { role "A" } ⟦{⟧\n', /Expected a keyword, found '\{'/);
  });

  it('one typo does not hide the rest of the file', () => {
    const l = load('role "A" {\n  permision ADMI_LOGIN_OAUTH\n  two-factor maybe\n}\nuser "b" { role "A"; inactiv }\nexpect "b" as "A" kan restlet-login\n');
    const msgs = l.model.problems.map((p) => p.message);
    assert.equal(msgs.length, 4, msgs.join('\n'));
    assert.match(msgs[0], /Unknown property 'permision'/);
    assert.match(msgs[1], /Unknown value 'maybe'/);
    assert.match(msgs[2], /Unknown property 'inactiv'/);
    assert.match(msgs[3], /Expected 'can' or 'cannot'/);
    assert.equal(l.model.roles.length, 1);
    assert.equal(l.model.users.length, 1);
  });

  it('never throws on hostile input, and every error range lies inside the text', () => {
    const inputs = [
      '',
      '\u0000\u0001\u0002\uFFFD\uD800',
      '"'.repeat(1000),
      '{'.repeat(10000),
      '}'.repeat(10000),
      'role "' + 'x'.repeat(1_000_000),
      'role "A" { permission ' + 'A'.repeat(1_000_000) + ' }',
      'expect "a" as',
      'include',
      ';;;;\n\n\r\n\r',
      'role "A" {{{{ }}}}',
    ];
    for (const text of inputs) {
      const t = parse(text);
      for (const e of t.errors) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end, e.message);
      load(text); // binding never throws either
    }
  });

  it('ends comments and strings at any line break, and reads escapes, whichever way the text is scanned', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `# one${nl}role "A \\"x\\"" {${nl}  # two${nl}  id "B${nl}}${nl}user "C" {}${nl}# last`;
      const t = parse(text);
      assert.deepEqual(
        t.comments.map((c) => c.text),
        ['# one', '# two', '# last'],
        JSON.stringify(nl),
      );
      assert.equal(t.statements[0].args[0].value, 'A "x"');
      // The string after `id` is unclosed on its line: the quote of "C" two lines down is not its end.
      assert.equal(t.statements[0].block!.statements[0].args[0].value, 'B');
      assert.ok(t.errors.some((e) => /Unterminated string/.test(e.message)));
      assert.deepEqual(
        t.statements.map((s) => s.args[0].value),
        ['A "x"', 'C'],
      );
      const lines = text.split(/\r\n|\r|\n/);
      assert.equal(t.lines.lineCount, lines.length);
      assert.deepEqual(t.lines.position(text.length), { line: lines.length - 1, character: '# last'.length });
    }
  });

  it('maps offsets to lines and columns for LF, CRLF and CR', () => {
    const t = parse('a\r\nb\rc\nd');
    assert.deepEqual(t.lines.position(3), { line: 1, character: 0 });
    assert.deepEqual(t.lines.position(5), { line: 2, character: 0 });
    assert.deepEqual(t.lines.position(7), { line: 3, character: 0 });
    assert.equal(t.lines.offset({ line: 3, character: 0 }), 7);
  });
});

describe('binder', () => {
  it('reads every construct of the contract', () => {
    const l = load(`account "Acme" { token-based-authentication disabled }
role "Integration Manager" {
  id customrole_integration_manager
  permission "Access Token Management" full
  two-factor required
}
role "SOAP" { permission "Log in using Access Tokens"; web-services-only; inactive }
role "Admin" { administrator }
user "bob" { role "Integration Manager"; role customrole_integration_manager }
integration "Orders" { token-based-authentication enabled; state waiting-for-approval }
token "t" { user "bob"; role "SOAP"; integration "Orders"; created-by "bob"; revoked }
expect "bob" as customrole_integration_manager can issue-token for "svc" as "SOAP" via access-tokens-page
`);
    const m = l.model;
    assert.deepEqual(m.problems, []);
    assert.equal(m.accounts[0].tba!.value, false);
    assert.equal(m.roles[0].id!.value, 'customrole_integration_manager');
    assert.equal(m.roles[0].permissions[0].info!.id, 'ADMI_MANAGE_OAUTH_TOKENS');
    assert.equal(m.roles[0].twoFactor!.value, 'required');
    assert.ok(m.roles[1].webServicesOnly && m.roles[1].inactive);
    assert.equal(m.roles[1].permissions[0].level, 'full');
    assert.equal(m.roles[1].permissions[0].explicitLevel, false);
    assert.ok(m.roles[2].administrator);
    assert.deepEqual(
      m.users[0].roles.map((r) => [r.name, r.bare]),
      [
        ['Integration Manager', false],
        ['customrole_integration_manager', true],
      ],
    );
    assert.equal(m.integrations[0].state!.value, 'waiting-for-approval');
    assert.equal(m.tokens[0].createdBy!.name, 'bob');
    assert.ok(m.tokens[0].revoked);
    const e = m.expects[0];
    assert.equal(e.expected.value, 'can');
    assert.equal(e.action.value, 'issue-token');
    assert.equal(e.target!.user.name, 'svc');
    assert.equal(e.channel!.value, 'access-tokens-page');
  });

  it('trims and lower-cases names for comparison', () => {
    const l = load('user "  Bob@Acme.com " { }');
    assert.equal(l.model.users[0].name, 'Bob@Acme.com');
    assert.equal(l.model.users[0].key, 'bob@acme.com');
  });

  it('reports a bad level at the level', () => {
    const m = marked('role "A" { permission ADMI_LOGIN_OAUTH ⟦most⟧ }');
    const l = load(m.text);
    assert.match(l.model.problems[0].message, /Unknown level 'most'/);
    assert.deepEqual(at(l.model.problems[0].loc.span), { start: m.start, end: m.end });
  });

  it('reports unknown actions and channels in expect lines where they are', () => {
    const a = marked('expect "a" as "R" can ⟦fly⟧');
    assert.deepEqual(at(load(a.text).model.problems[0].loc.span), { start: a.start, end: a.end });
    const c = marked('expect "a" as "R" can issue-token via ⟦carrier-pigeon⟧');
    const p = load(c.text).model.problems[0];
    assert.match(p.message, /Unknown channel 'carrier-pigeon'/);
    assert.deepEqual(at(p.loc.span), { start: c.start, end: c.end });
  });

  it('reads the v2 properties of roles, integrations and tokens', () => {
    const l = load(`role "Portal Sync" {
  permission "Log in using Access Tokens"
  single-sign-on-only
  center customer
}
role "SDF style" { center SYSADMINCENTER }
integration "Orders Sync" {
  token-based-authentication enabled
  authorization-flow enabled
  callback-url "https://app.example.com/cb"
  issuetoken-endpoint enabled
  state waiting-for-approval
}
integration "Plain" { state blocked }
token "a" { user "u"; role "Portal Sync"; integration "Orders Sync"; inactive }
token "b" { user "u"; role "Portal Sync"; integration "Orders Sync"; revoked }
`);
    const m = l.model;
    assert.deepEqual(m.problems, []);
    assert.ok(m.roles[0].singleSignOnOnly);
    assert.equal(m.roles[0].center!.value, 'customer');
    assert.equal(m.roles[1].center!.value, 'sysadmincenter');
    assert.equal(m.roles[1].singleSignOnOnly, undefined);
    const i = m.integrations[0];
    assert.equal(i.authorizationFlow!.value, true);
    assert.equal(i.callbackUrl!.value, 'https://app.example.com/cb');
    assert.equal(i.issueTokenEndpoint!.value, true);
    assert.equal(i.state!.value, 'waiting-for-approval');
    assert.equal(m.integrations[1].authorizationFlow, undefined);
    assert.equal(m.integrations[1].issueTokenEndpoint, undefined);
    // inactive and revoked are different: an inactive token can be made active again.
    assert.ok(m.tokens[0].inactive && !m.tokens[0].revoked);
    assert.ok(m.tokens[1].revoked && !m.tokens[1].inactive);
  });

  it('reports bad v2 values where they are', () => {
    const c = marked('role "R" { center ⟦moon⟧ }');
    const p = load(c.text).model.problems[0];
    assert.match(p.message, /Unknown center type 'moon'/);
    assert.deepEqual(at(p.loc.span), { start: c.start, end: c.end });
    const f = marked('integration "I" { authorization-flow ⟦maybe⟧ }');
    const q = load(f.text).model.problems[0];
    assert.match(q.message, /Unknown value 'maybe' for authorization-flow: use enabled or disabled/);
    assert.deepEqual(at(q.loc.span), { start: f.start, end: f.end });
    const u = marked('integration "I" { callback-url ⟦https⟧ }');
    const r = load(u.text).model.problems[0];
    assert.match(r.message, /callback URL in quotes/);
    assert.deepEqual(at(r.loc.span), { start: u.start, end: u.end });
  });

  it('reads `with "INTEGRATION"` and the authorization-flow channel on expect lines, in either order', () => {
    const l = load(`expect "u" as "R" can restlet-login with "Orders Sync"
expect "u" as "R" can issue-token via authorization-flow with " Orders Sync "
expect "u" as "R" cannot issue-token with "Orders Sync" via issuetoken-endpoint
expect "u" as "R" can revoke-token for "v" as "S" via access-tokens-page with "X"
`);
    const m = l.model;
    assert.deepEqual(m.problems, []);
    assert.equal(m.expects[0].integration!.name, 'Orders Sync');
    assert.equal(m.expects[0].channel, undefined);
    assert.equal(m.expects[1].channel!.value, 'authorization-flow');
    assert.equal(m.expects[1].integration!.key, 'orders sync');
    assert.equal(m.expects[2].channel!.value, 'issuetoken-endpoint');
    assert.equal(m.expects[2].integration!.name, 'Orders Sync');
    assert.equal(m.expects[3].target!.user.name, 'v');
    assert.equal(m.expects[3].integration!.name, 'X');
  });

  it('reports a bad `with` where it is', () => {
    const a = marked('expect "a" as "R" can restlet-login with ⟦Orders⟧');
    const p = load(a.text).model.problems[0];
    assert.match(p.message, /integration name in quotes after 'with'/);
    assert.deepEqual(at(p.loc.span), { start: a.start, end: a.end });
    const b = marked('expect "a" as "R" can restlet-login with "I" ⟦with "J"⟧');
    assert.deepEqual(at(load(b.text).model.problems[0].loc.span), { start: b.start, end: b.end });
  });
});

describe('include', () => {
  it('reads included files relative to the including file', () => {
    const l = load('include "sub/roles.nsroles"\nuser "b" { role "A" }', {
      '/sub/roles.nsroles': 'include "more.nsroles"\nrole "A" {}',
      '/sub/more.nsroles': 'role "B" {}',
    });
    assert.deepEqual(l.model.files, ['/main.nsroles', '/sub/roles.nsroles', '/sub/more.nsroles']);
    assert.deepEqual(
      l.model.roles.map((r) => r.name),
      ['A', 'B'],
    );
    assert.equal(l.model.roles[1].nameLoc.file, '/sub/more.nsroles');
  });

  it('reports a missing file at the include line', () => {
    const l = load('include "nope.nsroles"\n');
    assert.equal(l.model.problems[0].rule, 'NSR-INCLUDE-MISSING');
    assert.deepEqual(plain(l.model.problems[0].loc), { file: '/main.nsroles', span: { start: 0, end: 22 } });
  });

  it('reports a cycle at the include that closes it, and terminates', () => {
    const l = load('include "a.nsroles"', { '/a.nsroles': 'include "b.nsroles"', '/b.nsroles': 'include "main.nsroles"' });
    const p = l.model.problems.find((x) => x.rule === 'NSR-INCLUDE-CYCLE');
    assert.ok(p);
    assert.equal(p.loc.file, '/b.nsroles');
    assert.equal(l.model.files.length, 3);
  });

  it('reads a file included twice (a diamond) once, without a cycle error', () => {
    const l = load('include "a.nsroles"\ninclude "b.nsroles"', {
      '/a.nsroles': 'include "c.nsroles"',
      '/b.nsroles': 'include "c.nsroles"',
      '/c.nsroles': 'role "C" {}',
    });
    assert.deepEqual(l.model.problems, []);
    assert.equal(l.model.roles.length, 1);
  });
});

import { strict as assert } from 'assert';
import { type ModelChange, parse } from '../../server/src/engine';
import type { ChangeEditResult, SimulateResult } from '../../shared/protocol/wire';
import { ChangeEditRequest, SimulateRequest } from '../../shared/protocol/lsp';
import { applyEdits, TestServer } from './harness';

const TEXT = `account "A" {
  token-based-authentication disabled
}
role "Login" {
  permission ADMI_LOGIN_OAUTH
  web-services-only
}
role "Dev" { permission "User Access Tokens" none }
role "Mgr" {}
user "svc" {
  role "Login"
  role "Dev" # keep this comment
}
user "old" { role "Dev"; inactive }
`;

/** Each model change and the text it must produce. */
const CASES: [string, ModelChange, string][] = [
  [
    'add-permission: a new line in a block',
    { kind: 'add-permission', role: 'Login', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' },
    TEXT.replace('  web-services-only\n', '  web-services-only\n  permission "User Access Tokens" full\n'),
  ],
  [
    'add-permission: raises a written level',
    { kind: 'add-permission', role: 'Dev', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' },
    TEXT.replace('"User Access Tokens" none', '"User Access Tokens" full'),
  ],
  [
    'add-permission: an empty one-line block',
    { kind: 'add-permission', role: 'Mgr', permission: 'ADMI_MANAGE_OAUTH_TOKENS' },
    TEXT.replace('role "Mgr" {}', 'role "Mgr" { permission "Access Token Management" full }'),
  ],
  ['remove-permission', { kind: 'remove-permission', role: 'Login', permission: 'ADMI_LOGIN_OAUTH' }, TEXT.replace('  permission ADMI_LOGIN_OAUTH\n', '')],
  ['assign-role', { kind: 'assign-role', user: 'old', role: 'Login' }, TEXT.replace('inactive }', 'inactive; role "Login" }')],
  // The author's comment stays on the line the role leaves: a change never drops what was written.
  [
    'unassign-role: the line, keeping its comment',
    { kind: 'unassign-role', user: 'svc', role: 'Dev' },
    TEXT.replace('  role "Dev" # keep this comment\n', '  # keep this comment\n'),
  ],
  ['unassign-role: one of several on a line', { kind: 'unassign-role', user: 'old', role: 'Dev' }, TEXT.replace('{ role "Dev"; inactive }', '{ inactive }')],
  ['set-role-flag off', { kind: 'set-role-flag', role: 'Login', flag: 'web-services-only', value: false }, TEXT.replace('  web-services-only\n', '')],
  [
    'set-role-flag on',
    { kind: 'set-role-flag', role: 'Dev', flag: 'inactive', value: true },
    TEXT.replace('"User Access Tokens" none }', '"User Access Tokens" none; inactive }'),
  ],
  ['set-user-inactive off', { kind: 'set-user-inactive', user: 'old', value: false }, TEXT.replace('{ role "Dev"; inactive }', '{ role "Dev" }')],
  [
    'set-user-inactive on',
    { kind: 'set-user-inactive', user: 'svc', value: true },
    TEXT.replace('  role "Dev" # keep this comment\n', '  role "Dev" # keep this comment\n  inactive\n'),
  ],
  ['enable-tba', { kind: 'enable-tba' }, TEXT.replace('authentication disabled', 'authentication enabled')],
];

describe('server: model changes as text edits (nsroles/changeEdit)', () => {
  let s: TestServer;
  const uri = 'untitled:changes';
  before(async () => {
    s = await TestServer.start();
    await s.open(uri, TEXT);
  });
  after(() => s.stop());

  for (const [name, change, expected] of CASES) {
    it(name, async () => {
      const r = await s.request<ChangeEditResult>(ChangeEditRequest.method, { uri, changes: [change] });
      assert.ok(r.edit, r.message);
      const out = applyEdits(TEXT, r.edit.changes[uri]);
      assert.equal(out, expected);
      assert.deepEqual(parse(out).errors, []);
    });
  }

  it('names what cannot be written', async () => {
    const r = await s.request<ChangeEditResult>(ChangeEditRequest.method, { uri, changes: [{ kind: 'assign-role', user: 'nobody', role: 'Login' }] });
    assert.deepEqual(r, { edit: null, message: "No user 'nobody' is defined." });
  });
});

describe('server: Apply and quick fixes correct a near miss instead of adding a line', () => {
  let s: TestServer;
  const TYPO = `role "Mgr" {
  permission "Access Token Management"
  two-factor required
}
role "Reporting" {
  permission "Log in using Acess Tokens"
}
user "tina" { role "Mgr" }
user "svc" { role "Reporting" }
expect "tina" as "Mgr" can issue-token for "svc" as "Reporting"
`;
  const CORRECTED = TYPO.replace('"Log in using Acess Tokens"', '"Log in using Access Tokens"');
  before(async () => {
    s = await TestServer.start();
  });
  after(() => s.stop());

  it("the simulator's suggestion says it corrects the typo, and its Apply rewrites that line", async () => {
    const uri = 'untitled:typo-apply';
    await s.open(uri, TYPO);
    const r = await s.request<SimulateResult>(SimulateRequest.method, {
      uri,
      request: { user: 'tina', role: 'Mgr', action: 'issue-token', target: { user: 'svc', role: 'Reporting' } },
    });
    assert.equal(r.decision.decision, 'deny');
    const first = r.decision.suggestions[0];
    assert.equal(first.text, 'Correct permission "Log in using Acess Tokens" in role "Reporting" to permission "Log in using Access Tokens" full');
    const edit = await s.request<ChangeEditResult>(ChangeEditRequest.method, { uri, changes: first.changes });
    assert.ok(edit.edit, edit.message);
    assert.equal(applyEdits(TYPO, edit.edit.changes[uri]), CORRECTED);
  });

  it("the failing expect's quick fix rewrites the typo too", async () => {
    const uri = 'untitled:typo-fix';
    await s.open(uri, TYPO);
    const diag = (await s.diagnostics(uri)).diagnostics.find((d) => d.code === 'NSR-EXPECT-FAILED')!;
    const actions = await s.codeActions(uri, diag.range, [diag]);
    const action = actions.find((a) => a.title.startsWith('Make it hold: correct permission "Log in using Acess Tokens"'));
    assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
    await s.apply(action.edit!);
    assert.equal(s.text(uri), CORRECTED);
    assert.deepEqual(
      (await s.diagnostics(uri)).diagnostics.map((d) => d.code),
      [],
    );
  });

  it('a misspelled line at level none is not corrected into a grant: a new line is added as asked', async () => {
    const uri = 'untitled:typo-none';
    const text = TYPO.replace('"Log in using Acess Tokens"', '"Log in using Acess Tokens" none');
    await s.open(uri, text);
    const r = await s.request<SimulateResult>(SimulateRequest.method, {
      uri,
      request: { user: 'tina', role: 'Mgr', action: 'issue-token', target: { user: 'svc', role: 'Reporting' } },
    });
    assert.match(r.decision.suggestions[0].text, /^Add the permission "Log in using Access Tokens"/);
  });
});

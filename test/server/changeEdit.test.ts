import { strict as assert } from 'assert';
import { ModelChange, parse } from '../../server/src/engine';
import type { ChangeEditResult } from '../../shared/protocol/wire';
import { ChangeEditRequest } from '../../shared/protocol/lsp';
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
  ['unassign-role: the line and its comment', { kind: 'unassign-role', user: 'svc', role: 'Dev' }, TEXT.replace('  role "Dev" # keep this comment\n', '')],
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

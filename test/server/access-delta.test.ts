import { strict as assert } from 'assert';
import * as path from 'path';
import type { AccessDelta } from '../../shared/protocol/wire';
import { AccessDeltaRequest } from '../../shared/protocol/lsp';
import { fileUri, TestServer, workspace } from './harness';

const ROLES = 'role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS }\nrole "Login" { permission ADMI_LOGIN_OAUTH }\n';
const MAIN = 'include "roles.nsroles"\nuser "ops" { role "Mgr" }\nuser "svc" { role "Login" }\n';

describe('server: nsroles/accessDelta (the Changes tab)', () => {
  let s: TestServer;
  let main: string;
  let roles: string;
  before(async () => {
    const dir = workspace({ 'main.nsroles': MAIN, 'roles.nsroles': ROLES });
    main = fileUri(path.join(dir, 'main.nsroles'));
    roles = fileUri(path.join(dir, 'roles.nsroles'));
    s = await TestServer.start({ folders: [dir] });
  });
  after(() => s.stop());

  it('compares the base texts with the account as edited (unsaved), lines as URIs', async () => {
    // Unsaved: a new user holding Login.
    await s.open(main, MAIN + 'user "eve" { role "Login" }\n');
    const d = await s.request<AccessDelta>(AccessDeltaRequest.method, {
      uri: main,
      base: [
        { uri: main, text: MAIN },
        { uri: roles, text: ROLES },
      ],
    });
    const brief = d.granted.map((c) => `${c.user}/${c.role} ${c.action}${c.target ? ` ${c.target.user}/${c.target.role}` : ''} ${c.rule}`).sort();
    assert.deepEqual(brief, [
      'eve/Login restlet-login TBA-LOGIN',
      'eve/Login web-services-login TBA-LOGIN',
      'ops/Mgr issue-token eve/Login TBA-ATM-OTHERS',
      'ops/Mgr revoke-token eve/Login TBA-ATM-OTHERS',
    ]);
    assert.deepEqual(d.revoked, []);
    for (const c of d.granted) assert.deepEqual(c.changes, [{ file: main, line: 4, text: 'user "eve" { role "Login" }' }]);
    // The same text on both sides: nothing.
    const same = await s.request<AccessDelta>(AccessDeltaRequest.method, {
      uri: main,
      base: [
        { uri: main, text: MAIN + 'user "eve" { role "Login" }\n' },
        { uri: roles, text: ROLES },
      ],
    });
    assert.deepEqual(same, { granted: [], revoked: [] });
    await s.close(main);
  });

  it('malformed params: InvalidParams', async () => {
    await assert.rejects(s.request(AccessDeltaRequest.method, { uri: main, base: 'HEAD' }), /Invalid base/);
    await assert.rejects(s.request(AccessDeltaRequest.method, { uri: main, base: [{ uri: main, text: 5 }] }), /Invalid base\.0\.text/);
  });
});

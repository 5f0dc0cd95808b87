import { strict as assert } from 'assert';
import * as path from 'path';
import type { AccessDeltaResult } from '../../shared/protocol/wire';
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
    const d = await s.request<AccessDeltaResult>(AccessDeltaRequest.method, {
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
    assert.deepEqual(d.missing, []);
    for (const c of d.granted) assert.deepEqual(c.changes, [{ file: main, line: 4, text: 'user "eve" { role "Login" }' }]);
    // The same text on both sides: nothing.
    const same = await s.request<AccessDeltaResult>(AccessDeltaRequest.method, {
      uri: main,
      base: [
        { uri: main, text: MAIN + 'user "eve" { role "Login" }\n' },
        { uri: roles, text: ROLES },
      ],
    });
    assert.deepEqual(same, { granted: [], revoked: [], missing: [] });
    await s.close(main);
  });

  it('an include that exists only at HEAD (renamed since) is named as missing, then read from the base texts', async () => {
    // At HEAD main included old-roles.nsroles; the working copy renamed it to roles.nsroles and
    // dropped Login's permission. The client sends the files of the account as edited first.
    const HEAD_MAIN = MAIN.replace('"roles.nsroles"', '"old-roles.nsroles"');
    const oldRoles = main.replace(/main\.nsroles$/, 'old-roles.nsroles');
    const edited = 'role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS }\nrole "Login" { }\n';
    await s.open(roles, edited);
    const first = await s.request<AccessDeltaResult>(AccessDeltaRequest.method, {
      uri: main,
      base: [
        { uri: main, text: HEAD_MAIN },
        { uri: roles, text: null },
      ],
    });
    assert.deepEqual(first.missing, [oldRoles]);
    // With HEAD's text of the renamed file, the roles are the same at HEAD: only Login's lost
    // permission shows (svc's logins, and ops managing svc's token for a role that cannot log in).
    const d = await s.request<AccessDeltaResult>(AccessDeltaRequest.method, {
      uri: main,
      base: [
        { uri: main, text: HEAD_MAIN },
        { uri: roles, text: null },
        { uri: oldRoles, text: ROLES },
      ],
    });
    assert.deepEqual(d.missing, []);
    assert.deepEqual(d.granted, []);
    const brief = d.revoked.map((c) => `${c.user}/${c.role} ${c.action} ${c.rule}`).sort();
    assert.deepEqual(
      brief.map((b) => b.replace(/ \S+$/, '')),
      ['ops/Mgr issue-token', 'ops/Mgr revoke-token', 'svc/Login restlet-login', 'svc/Login web-services-login'],
    );
    // The removed permission is a line of HEAD's old-roles.nsroles, marked as a base line.
    for (const c of d.revoked)
      assert.ok(
        c.changes.some((l) => l.file === oldRoles && l.line === 2 && l.base === true && l.text === 'role "Login" { permission ADMI_LOGIN_OAUTH }'),
        JSON.stringify(c.changes),
      );
    await s.close(roles);
  });

  it('a role object present only at HEAD (deleted since) joins the base side: its users lose access', async () => {
    const dir = workspace({
      'manifest.xml': '<manifest projecttype="ACCOUNTCUSTOMIZATION"><projectname>o</projectname></manifest>\n',
      'roles.nsroles': 'user "svc" { role customrole_sync }\n',
    });
    const t = await TestServer.start({ folders: [dir] });
    try {
      const file = fileUri(path.join(dir, 'roles.nsroles'));
      const gone = fileUri(path.join(dir, 'src', 'Objects', 'customrole_sync.xml'));
      const xml =
        '<role scriptid="customrole_sync">\n  <name>Sync</name>\n  <permissions>\n    <permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n  </permissions>\n</role>\n';
      await t.open(file, 'user "svc" { role customrole_sync }\n');
      const ask = (base: { uri: string; text: string }[]) => t.request<AccessDeltaResult>(AccessDeltaRequest.method, { uri: file, base });
      const d = await ask([
        { uri: file, text: 'user "svc" { role customrole_sync }\n' },
        { uri: gone, text: xml },
      ]);
      assert.deepEqual(d.granted, []);
      assert.deepEqual(
        d.revoked.map((c) => `${c.user}/${c.role} ${c.action}`),
        ['svc/Sync restlet-login', 'svc/Sync web-services-login'],
      );
      assert.ok(d.revoked.every((c) => c.changes.some((l) => l.file === gone && l.text === '<permkey>ADMI_LOGIN_OAUTH</permkey>')));
      // Without the object's HEAD text the base has no such role either: nothing changed.
      assert.deepEqual((await ask([{ uri: file, text: 'user "svc" { role customrole_sync }\n' }])).revoked, []);
    } finally {
      await t.stop();
    }
  });

  it('malformed params: InvalidParams', async () => {
    await assert.rejects(s.request(AccessDeltaRequest.method, { uri: main, base: 'HEAD' }), /Invalid base/);
    await assert.rejects(s.request(AccessDeltaRequest.method, { uri: main, base: [{ uri: main, text: 5 }] }), /Invalid base\.0\.text/);
  });
});

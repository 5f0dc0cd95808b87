import { strict as assert } from 'assert';
import { applyEdits, changeEdits, loadAccount, parseSdfRole } from '../../server/src/engine';
import { memoryHost } from '../helpers/memory';

const XML = '/p/src/Objects/customrole_sync.xml';
const ROLE = `<role scriptid="customrole_sync">
  <centertype>BASIC</centertype>
  <name>Sync</name>
  <iswebserviceonlyrole>T</iswebserviceonlyrole>
  <permissions>
    <permission>
      <permkey>ADMI_LOGIN_OAUTH</permkey>
      <permlevel>FULL</permlevel>
    </permission>
  </permissions>
</role>
`;
const NSROLES = 'role "Local" { permission ADMI_LOGIN_OAUTH full }\nuser "svc" { role customrole_sync; role "Local" }\n';

function account(xml = ROLE) {
  return loadAccount('/p/access.nsroles', memoryHost({ '/p/access.nsroles': NSROLES }), { sdf: [parseSdfRole(XML, xml)] });
}

describe('changeEdits on an account mixing role files and SuiteCloud role objects', () => {
  it('writes changes to a role object as XML edits in its own file', () => {
    const r = changeEdits(account(), [
      { kind: 'set-role-flag', role: 'Sync', flag: 'web-services-only', value: false },
      { kind: 'add-permission', role: 'customrole_sync', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' },
    ]);
    assert.ok('edits' in r, 'error' in r ? r.error : '');
    assert.deepEqual([...new Set(r.edits.map((e) => e.file))], [XML]);
    const out = applyEdits(ROLE, r.edits);
    assert.match(out, /<iswebserviceonlyrole>F<\/iswebserviceonlyrole>/);
    assert.match(out, /<permkey>ADMI_MANAGE_OWN_OAUTH_TOKENS<\/permkey>\n {6}<permlevel>FULL<\/permlevel>/);
    assert.equal(parseSdfRole(XML, out).doc.problem, undefined);
  });

  it('still writes role-file roles in the role file, in the same request', () => {
    const r = changeEdits(account(), [
      { kind: 'remove-permission', role: 'Sync', permission: 'ADMI_LOGIN_OAUTH' },
      { kind: 'set-role-flag', role: 'Local', flag: 'inactive', value: true },
    ]);
    assert.ok('edits' in r);
    assert.deepEqual(r.edits.map((e) => e.file).sort(), ['/p/access.nsroles', XML]);
    assert.ok(
      !applyEdits(
        ROLE,
        r.edits.filter((e) => e.file === XML),
      ).includes('ADMI_LOGIN_OAUTH'),
    );
  });

  it('refuses a role object whose XML cannot be read', () => {
    const broken = ROLE.replace('<name>Sync</name>', '<name>Sync & Co</name>');
    const r = changeEdits(account(broken), [{ kind: 'set-role-flag', role: 'customrole_sync', flag: 'inactive', value: true }]);
    assert.deepEqual(r, { error: `${XML} is not a readable role object; fix its XML first.` });
  });
});

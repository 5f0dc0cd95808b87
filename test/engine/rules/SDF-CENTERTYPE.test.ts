import { strict as assert } from 'assert';
import { lintSdfRole, parseSdfRole } from '../../../server/src/engine';

const FILE = '/p/src/Objects/customrole1010.xml';
/** A role object in the field order NetSuite exports, with `centertype` as given. */
const role = (centertype: string, perms = '') =>
  `<role scriptid="customrole1010">\n  <centertype>${centertype}</centertype>\n  <coreadminpermission>F</coreadminpermission>\n  <name>Center Role</name>\n  <tfaduration>0</tfaduration>\n  <tfarequired>OFF</tfarequired>\n  <permissions>\n    <permission>\n      <permkey>LIST_CUSTJOB</permkey>\n      <permlevel>VIEW</permlevel>\n    </permission>\n${perms}  </permissions>\n</role>\n`;
const lint = (text: string) => lintSdfRole(parseSdfRole(FILE, text));
const centertype = (text: string) => lint(text).filter((f) => f.rule === 'SDF-CENTERTYPE');

describe('SDF-CENTERTYPE', () => {
  it("accepts references to custom centers, which NetSuite's exports write and the role reference allows", () => {
    for (const v of ['[scriptid=custcenter3]', '[scriptid=custcenter_admin]', '[appid=com.example.app, scriptid=custcenter_portal]'])
      assert.deepEqual(centertype(role(v)), [], v);
  });

  it('accepts the Customer, Employee, Partner and Vendor Centers and every role_centertype value', () => {
    for (const v of ['CUSTOMER', 'EMPLOYEE', 'PARTNER', 'VENDOR', 'BASIC', 'PARTNERCENTER', 'SYSADMINCENTER']) assert.deepEqual(centertype(role(v)), [], v);
  });

  it('still reports a typo (with its did-you-mean) and a malformed reference, as errors', () => {
    const [typo] = centertype(role('SALESCENTRE'));
    assert.equal(typo.severity, 'error');
    assert.match(typo.message, /Unknown centertype 'SALESCENTRE'.*did you mean SALESCENTER\?/);
    for (const v of ['[scriptid=custcenter3', '[center=custcenter3]', '[appid=com.example.app]']) {
      const [f, ...rest] = centertype(role(v));
      assert.deepEqual(rest, [], v);
      assert.equal(f.severity, 'error', v);
      assert.match(f.message, /is not a well-formed reference to a center/, v);
    }
  });

  it('reports other generic_centertype values as information only', () => {
    const [f] = centertype(role('WEBSITE'));
    assert.equal(f.severity, 'information');
    assert.match(f.message, /WEBSITE is a center type of NetSuite's generic_centertype list/);
  });
});

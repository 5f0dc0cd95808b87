import { strict as assert } from 'assert';
import { lintSdfRole, parseSdfRole } from '../../../server/src/engine';

const FILE = '/p/src/Objects/customrole1010.xml';
/** A role object in the field order NetSuite exports, with `centertype` as given. */
const role = (centertype: string, perms = '') =>
  `<role scriptid="customrole1010">\n  <centertype>${centertype}</centertype>\n  <coreadminpermission>F</coreadminpermission>\n  <name>Center Role</name>\n  <tfaduration>0</tfaduration>\n  <tfarequired>OFF</tfarequired>\n  <permissions>\n    <permission>\n      <permkey>LIST_CUSTJOB</permkey>\n      <permlevel>VIEW</permlevel>\n    </permission>\n${perms}  </permissions>\n</role>\n`;
const lint = (text: string) => lintSdfRole(parseSdfRole(FILE, text));

describe('SDF-2FA-REQUIRED on Customer Center roles', () => {
  const atm = '    <permission>\n      <permkey>ADMI_MANAGE_OAUTH_TOKENS</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n';
  const twoFactor = (text: string) => lint(text).filter((f) => f.rule === 'SDF-2FA-REQUIRED');

  it('does not ask for 2FA on a Customer Center role, which NetSuite cannot make 2FA-required', () => {
    assert.deepEqual(twoFactor(role('CUSTOMER', atm)), []);
  });

  it('still warns on the same role in the Employee Center or a custom center', () => {
    for (const v of ['EMPLOYEE', '[scriptid=custcenter3]']) {
      const [f, ...rest] = twoFactor(role(v, atm));
      assert.deepEqual(rest, [], v);
      assert.equal(f.severity, 'warning', v);
      assert.match(f.message, /Access Token Management, ADMI_MANAGE_OAUTH_TOKENS/, v);
    }
  });
});

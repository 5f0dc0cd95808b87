import { strict as assert } from 'assert';
import { factsOf, lintSdfRole, loadAccountFiles, parseSdfRole, type SpanEdit } from '../../../server/src/engine';
import { sdfHover } from '../../../server/src/ide/sdf';
import { memoryHost } from '../../helpers/memory';

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

describe('tfarequired left empty or written in lower case', () => {
  const atm = '    <permission>\n      <permkey>ADMI_MANAGE_OAUTH_TOKENS</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n';
  /** `tfarequired` as written, no `tfaduration`. */
  const withTfa = (tfa: string, perms = '') => role('BASIC', perms).replace('  <tfaduration>0</tfaduration>\n  <tfarequired>OFF</tfarequired>\n', tfa);
  const rules = (text: string) => lint(text).map((f) => f.rule);
  const apply = (text: string, edits: SpanEdit[]) =>
    [...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);

  it('keeps 2FA off: no tfaduration demanded, and decisions do not require 2FA', () => {
    for (const tfa of ['  <tfarequired/>\n', '  <tfarequired></tfarequired>\n', '  <tfarequired>off</tfarequired>\n']) {
      const text = withTfa(tfa);
      assert.deepEqual(rules(text), [], tfa);
      const parsed = parseSdfRole(FILE, text);
      assert.equal(parsed.role?.twoFactor?.value, 'not-required', tfa);
      const loaded = loadAccountFiles([], memoryHost({}), { sdf: [parsed] });
      assert.equal(factsOf(loaded.model).role('customrole1010')?.twoFactorRequired, false, tfa);
    }
  });

  it('still requires a tfaduration when 2FA is on', () => {
    assert.deepEqual(rules(withTfa('  <tfarequired>SMS</tfarequired>\n')), ['SDF-TFADURATION']);
  });

  it('warns on a highly privileged role as for OFF, and the fix leaves well-formed XML', () => {
    for (const tfa of ['  <tfarequired/>\n', '  <tfarequired></tfarequired>\n', '  <tfarequired>off</tfarequired>\n']) {
      const text = withTfa(tfa, atm);
      const found = lint(text);
      assert.deepEqual(
        found.map((f) => [f.rule, f.severity]),
        [['SDF-2FA-REQUIRED', 'warning']],
        tfa,
      );
      const [f] = found;
      assert.match(f.message, /disagrees with what NetSuite enforces/, tfa);
      assert.ok(f.data?.kind === 'sdf-edits');
      const fixed = apply(text, f.data.fixes[0].edits);
      assert.match(fixed, /\n {2}<tfarequired>SMS<\/tfarequired>\n {2}<tfaduration>0<\/tfaduration>\n {2}<permissions>/, tfa);
      assert.deepEqual(rules(fixed), [], tfa);
    }
  });
});

describe('the tfarequired hover says what NetSuite makes of it', () => {
  const atm = '    <permission>\n      <permkey>ADMI_MANAGE_OAUTH_TOKENS</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n';
  const hoverAt = (text: string, at: string) => sdfHover(parseSdfRole(FILE, text), text.indexOf(at) + at.length)!.markdown;

  it('a Customer Center role is exempt; an empty element reads as OFF', () => {
    assert.match(hoverAt(role('CUSTOMER', atm), '<tfarequired>'), /but a Customer Center role, which NetSuite cannot make 2FA-required/);
    const empty = role('EMPLOYEE', atm).replace('<tfarequired>OFF</tfarequired>', '<tfarequired></tfarequired>');
    const md = hoverAt(empty, '<tfarequired>');
    assert.match(md, /Empty, so OFF: two-factor authentication is not required by this field/);
    assert.match(md, /so NetSuite requires 2FA: OFF cannot hold/);
  });
});

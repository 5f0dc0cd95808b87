import { strict as assert } from 'assert';
import { lintSdfRole, parseSdfRole } from '../../../server/src/engine';
import { exportedObjects } from '../../helpers/sdf';

const FILE = '/p/src/Objects/customrole_api.xml';
const role = (fields: string) =>
  `<role scriptid="customrole_api">\n  <centertype>BASIC</centertype>\n  <name>API</name>\n${fields}  <permissions>\n    <permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n  </permissions>\n</role>\n`;
const findings = (text: string) => lintSdfRole(parseSdfRole(FILE, text)).filter((f) => f.rule === 'SDF-BOOLEAN-VALUE');

/** The text after the finding's quick fix. */
function fixed(text: string): string | undefined {
  const [f] = findings(text);
  const fix = f.data?.kind === 'sdf-edits' ? f.data.fixes[0] : undefined;
  if (!fix) return undefined;
  const [e] = fix.edits;
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
}

describe('SDF-BOOLEAN-VALUE', () => {
  it('reports a boolean field that is not T or F, at its value, and says how nsroles reads it', () => {
    const text = role('  <iswebserviceonlyrole>true</iswebserviceonlyrole>\n');
    const [f, ...rest] = findings(text);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'error');
    assert.equal(text.slice(f.loc.span.start, f.loc.span.end), 'true');
    assert.equal(
      f.message,
      "'true' is not T or F: <iswebserviceonlyrole> is a boolean field, which SDF writes T or F. nsroles reads it as F, the default, so this role is simulated as not Web Services Only; write T.",
    );
    // As read now: not Web Services Only, which is what the finding says.
    assert.equal(parseSdfRole(FILE, text).role?.webServicesOnly, undefined);
  });

  it('its fix writes the T or F the spelling means, and the role then reads as written', () => {
    const cases: [string, string, string][] = [
      ['iswebserviceonlyrole', 'true', 'T'],
      ['coreadminpermission', 't', 'T'],
      ['isinactive', ' Yes ', 'T'],
      ['restrictbydevice', 'false', 'F'],
      ['issalesrole', 'off', 'F'],
      ['isinactive', '0', 'F'],
    ];
    for (const [field, written, meant] of cases) {
      const after = fixed(role(`  <${field}>${written}</${field}>\n`));
      assert.equal(after, role(`  <${field}>${written.replace(written.trim(), meant)}</${field}>\n`), `${field} ${written}`);
      assert.deepEqual(findings(after!), []);
    }
    assert.equal(parseSdfRole(FILE, fixed(role('  <iswebserviceonlyrole>true</iswebserviceonlyrole>\n'))!).role?.webServicesOnly?.value, true);
  });

  it('prefers its fix only where it grants nothing: F anywhere, T where T restricts', () => {
    const preferred = (field: string, written: string) => {
      const [f] = findings(role(`  <${field}>${written}</${field}>\n`));
      return f.data?.kind === 'sdf-edits' ? f.data.fixes.map((x) => !!x.preferred) : [];
    };
    assert.deepEqual(preferred('iswebserviceonlyrole', 'yes'), [true]);
    assert.deepEqual(preferred('isinactive', '1'), [true]);
    assert.deepEqual(preferred('coreadminpermission', 'false'), [true]);
    // T here grants Core Administration Permissions or viewing: offered, the author's choice.
    assert.deepEqual(preferred('coreadminpermission', 'on'), [false]);
    assert.deepEqual(preferred('employeeviewingallowed', 'true'), [false]);
  });

  it('offers no fix for a spelling whose meaning is not plain, and reports every field once', () => {
    const text = role('  <issupportrole>maybe</issupportrole>\n  <restrictip>TRUE</restrictip>\n');
    const list = findings(text);
    assert.deepEqual(
      list.map((f) => text.slice(f.loc.span.start, f.loc.span.end)),
      ['TRUE', 'maybe'].sort((a, b) => text.indexOf(a) - text.indexOf(b)),
    );
    const maybe = list.find((f) => f.message.startsWith("'maybe'"))!;
    assert.match(maybe.message, /write T or F\.$/);
    assert.equal(maybe.data, undefined);
  });

  it('does not report T, F, an empty element, a field left out, or a field that is not boolean', () => {
    assert.deepEqual(findings(role('  <iswebserviceonlyrole>T</iswebserviceonlyrole>\n  <isinactive>F</isinactive>\n')), []);
    assert.deepEqual(findings(role('  <issalesrole></issalesrole>\n  <issupportrole/>\n')), []);
    assert.deepEqual(findings(role('')), []);
    assert.deepEqual(findings(role('  <tfarequired>OFF</tfarequired>\n  <employeerestriction>NONE</employeerestriction>\n')), []);
  });

  it('does not report any role NetSuite exported (test/fixtures)', () => {
    const objects = exportedObjects();
    assert.ok(objects.length >= 4);
    for (const o of objects) assert.deepEqual(findings(o.text).length, 0, o.name);
  });
});

import { strict as assert } from 'assert';
import { lintSdfRole, parseSdfRole } from '../../../server/src/engine';
import { exportedObjects } from '../../helpers/sdf';

const FILE = '/p/src/Objects/customrole_viewer.xml';
const role = (fields: string) =>
  `<role scriptid="customrole_viewer">\n  <centertype>BASIC</centertype>\n  <name>Viewer</name>\n${fields}  <permissions>\n    <permission>\n      <permkey>ADMI_LOGIN_OAUTH</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n  </permissions>\n</role>\n`;
const findings = (text: string) => lintSdfRole(parseSdfRole(FILE, text)).filter((f) => f.rule === 'SDF-EMPLOYEE-VIEWING');

describe('SDF-EMPLOYEE-VIEWING', () => {
  it('reports Allow Viewing on a role that restricts no employees, at the T', () => {
    for (const restriction of ['NONE', 'DEFAULTTOOWN']) {
      const text = role(`  <employeerestriction>${restriction}</employeerestriction>\n  <employeeviewingallowed>T</employeeviewingallowed>\n`);
      const [f, ...rest] = findings(text);
      assert.deepEqual(rest, []);
      assert.equal(f.severity, 'warning');
      assert.equal(text.slice(f.loc.span.start, f.loc.span.end), 'T');
      assert.match(f.message, new RegExp(`employeerestriction is ${restriction}`));
    }
  });

  it('does not report F, a restriction that restricts, or a field left out', () => {
    assert.deepEqual(findings(role('  <employeerestriction>NONE</employeerestriction>\n  <employeeviewingallowed>F</employeeviewingallowed>\n')), []);
    assert.deepEqual(
      findings(role('  <employeerestriction>OWNSUBORDINATES</employeerestriction>\n  <employeeviewingallowed>T</employeeviewingallowed>\n')),
      [],
    );
    assert.deepEqual(findings(role('  <employeeviewingallowed>T</employeeviewingallowed>\n')), []);
    assert.deepEqual(findings(role('')), []);
  });

  it('does not report any role NetSuite exported (test/fixtures)', () => {
    const objects = exportedObjects();
    assert.ok(objects.length >= 4);
    for (const o of objects)
      assert.deepEqual(
        lintSdfRole(parseSdfRole(o.file, o.text)).filter((f) => f.rule === 'SDF-EMPLOYEE-VIEWING'),
        [],
        o.name,
      );
  });
});

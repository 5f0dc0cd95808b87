import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-EMPLOYEE-VIEWING',
  title: 'Allow Viewing needs an employee restriction',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.sdfRole,
      'This field is available when the employeerestriction value is not equal to any of the following lists or values: DEFAULTTOOWN, NONE.',
    ),
  ],
  help: 'Allow Viewing (employeeviewingallowed) only applies when the role restricts employees. Set employeerestriction to the restriction you mean, or set employeeviewingallowed to F.',
  check: { sdfRole: viewingWithoutRestriction },
};

/** employeeviewingallowed T while employeerestriction says the role restricts nothing. */
function viewingWithoutRestriction(f: SdfRole, { add }: SdfRuleContext): void {
  const viewing = f.object.fields.get('employeeviewingallowed');
  const restriction = f.object.fields.get('employeerestriction')?.value;
  if (viewing?.value !== 'T' || (restriction !== 'NONE' && restriction !== 'DEFAULTTOOWN')) return;
  add(
    'SDF-EMPLOYEE-VIEWING',
    viewing.span,
    `employeeviewingallowed is T, but employeerestriction is ${restriction}, so the role restricts no employees and the field is not available. Set employeerestriction to the restriction you mean, or employeeviewingallowed to F.`,
  );
}

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object with `<employeeviewingallowed>T</employeeviewingallowed>` (the Allow Viewing box) while `employeerestriction` is `NONE` or `DEFAULTTOOWN`. NetSuite offers the field only when the role restricts employees, so the file says something the role does not do.',
  avoid: {
    file: `${OBJECTS}/customrole_sales_viewer.xml`,
    text: sdfRole(
      'customrole_sales_viewer',
      [...BASIC, ['name', 'Sales Viewer'], ['employeerestriction', 'NONE'], ['employeeviewingallowed', 'T']],
      [['ADMI_LOGIN_OAUTH', 'FULL']],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_sales_viewer.xml`,
    text: sdfRole(
      'customrole_sales_viewer',
      [...BASIC, ['name', 'Sales Viewer'], ['employeerestriction', 'NONE'], ['employeeviewingallowed', 'F']],
      [['ADMI_LOGIN_OAUTH', 'FULL']],
    ),
  },
});

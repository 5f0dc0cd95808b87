import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-PERMLEVEL-VALUE',
  title: 'permlevel outside NONE, VIEW, CREATE, EDIT, FULL',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfPermission, 'For information about possible values, see generic_permission_level.')],
  help: 'Write one of NONE, VIEW, CREATE, EDIT or FULL, in capitals, in every `<permlevel>`.',
};

export const examples = (): RuleExamples => ({
  checks: 'A `<permlevel>` that is missing or not one of NONE, VIEW, CREATE, EDIT, FULL (in capitals) in a SuiteCloud role object.',
  avoid: {
    file: `${OBJECTS}/customrole_reporting_api.xml`,
    text: sdfRole(
      'customrole_reporting_api',
      [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_EMPLOYEE', 'READ'],
      ],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_reporting_api.xml`,
    text: sdfRole(
      'customrole_reporting_api',
      [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_EMPLOYEE', 'VIEW'],
      ],
    ),
  },
});

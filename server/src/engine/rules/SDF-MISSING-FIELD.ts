import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-MISSING-FIELD',
  title: 'Role without name or centertype',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfRole, 'centertype | single-select list | Required'),
    quote(DOC_PAGES.sdfRole, 'name | single-select list | Required'),
    quote(DOC_PAGES.sdfCustomRoles, 'The centertype element determines which tabs and links are available for groups of similar roles.'),
  ],
  help: 'Add `<name>` (the role name shown in NetSuite) and `<centertype>` (the center the role uses, e.g. BASIC) to the role.',
};

export const examples = (): RuleExamples => ({
  checks: 'A SuiteCloud role object without `<name>` or `<centertype>`. SDF requires both, so the project does not deploy.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

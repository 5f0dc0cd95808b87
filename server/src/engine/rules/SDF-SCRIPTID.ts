import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-SCRIPTID',
  title: 'Role scriptid: customrole prefix, at most 40 characters, equal to the file name',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfFiles, "The script ID for an SDF custom object must match that object's XML filename."),
    quote(DOC_PAGES.sdfRole, "This attribute value can be up to 40 characters long. The default value is 'customrole'."),
  ],
  help: 'Give the role a scriptid that starts with customrole, has at most 40 characters and equals the file name: customrole_sales_sync.xml holds `<role scriptid="customrole_sales_sync">`.',
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object whose `scriptid` is missing, does not start with `customrole`, is longer than 40 characters, or differs from the file name. SDF rejects such an object.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-CENTERTYPE',
  title: 'Role centertype outside NetSuite’s role_centertype values',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfCustomRoles, 'The centertype element determines which tabs and links are available for groups of similar roles.')],
  help: 'Write one of NetSuite’s role_centertype values in capitals: ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER or SYSADMINCENTER.',
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object whose `<centertype>` is not one of NetSuite’s role_centertype values (ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER, SYSADMINCENTER). A value only NetSuite’s generic_centertype list has (CUSTOMER, VENDOR, …) is reported as information: that list is for centers, not roles.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole(
      'customrole_restlet_integration',
      [
        ['centertype', 'Basic'],
        ['name', 'RESTlet Integration'],
      ],
      [['ADMI_LOGIN_OAUTH', 'FULL']],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

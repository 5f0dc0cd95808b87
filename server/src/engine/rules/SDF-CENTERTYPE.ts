import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-CENTERTYPE',
  title: 'Role centertype outside NetSuite’s role_centertype values',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfCustomRoles, 'The centertype element determines which tabs and links are available for groups of similar roles.')],
  help: 'Write one of NetSuite’s role_centertype values in capitals: ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER or SYSADMINCENTER.',
};

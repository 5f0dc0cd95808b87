import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-UNKNOWN-PERMISSION',
  title: 'Unknown permission',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'an unknown name or ID is a warning, never a crash, and is not simulated.')],
  help: 'Use a name, alias or ID of NetSuite’s permission list, e.g. "Log in using Access Tokens", "Set Up Accounting" or ADMI_ACCTSETUP. Custom object references (customrecord_x, "[scriptid=customrecord_x]") are accepted. An ID absent from the list is reported as information only: NetSuite exports some IDs that the list lacks.',
};

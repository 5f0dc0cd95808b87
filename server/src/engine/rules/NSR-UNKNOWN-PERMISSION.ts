import { DOC_PAGES, quote, RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-UNKNOWN-PERMISSION',
  title: 'Unknown permission',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'an unknown name or ID is a warning, never a crash, and is not simulated.')],
  help: 'Use the name shown in NetSuite (Setup subtab) or its permission ID, e.g. "Log in using Access Tokens" or ADMI_LOGIN_OAUTH.',
};

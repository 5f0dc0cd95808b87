import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-IGNORE-UNKNOWN',
  title: 'Ignore comment names an unknown rule',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, '`#` starts a comment to end of line.')],
  help: 'Use a rule id such as TBA-2FA-REQUIRED; `nsroles check --format sarif` lists them all.',
};

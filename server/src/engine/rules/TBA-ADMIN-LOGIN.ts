import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-LOGIN',
  title: 'Administrators can log in with tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.issueToken, 'You can use TBA with those integrations that require the Administrator role.')],
  help: 'The Administrator role may log in with its own tokens; two-factor authentication stays required for it.',
};

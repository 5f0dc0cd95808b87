import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-DUPLICATE',
  title: 'Defined twice',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.language, 'Names (roles, users, integrations, tokens) are strings and compare case-insensitively, with surrounding whitespace trimmed.'),
  ],
  help: 'Merge the two definitions or rename one; only the first one counts.',
};

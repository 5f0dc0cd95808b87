import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-IGNORE-UNUSED',
  title: 'Ignore comment suppresses nothing',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, '`#` starts a comment to end of line.')],
  help: 'Remove the ignore comment: the next line has no finding of that rule.',
};

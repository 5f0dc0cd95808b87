import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-INCLUDE-CYCLE',
  title: 'Include cycle',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'One file describes one NetSuite account (or part of one: see `include`).')],
  help: 'Remove one of the include lines so that no file includes itself, directly or through others.',
};

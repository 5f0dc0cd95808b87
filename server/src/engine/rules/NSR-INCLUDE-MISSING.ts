import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-INCLUDE-MISSING',
  title: 'Included file not found',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'One file describes one NetSuite account (or part of one: see `include`).')],
  help: 'Correct the path: it is relative to the file that has the include line.',
};

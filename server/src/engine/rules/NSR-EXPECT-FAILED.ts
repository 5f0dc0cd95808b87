import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-EXPECT-FAILED',
  title: 'Expectation does not hold',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'Every decision is `allow` or `deny`, never silent: it carries one or more citations.')],
  help: 'Change the account so the expectation holds (the quick fixes and the hover on the line list the changes that would), or correct the expectation.',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-EXPECT-FAILED',
  title: 'Expectation does not hold',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.language, text: 'Every decision is `allow` or `deny`, never silent: it carries one or more citations.' }],
  help: 'Change the account so the expectation holds (see the suggestions), or correct the expectation.',
};

import { type RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-ACCOUNT-CONFLICT',
  title: 'Account settings that contradict each other',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.language, text: 'One file describes one NetSuite account (or part of one: see `include`).' }],
  help: 'Keep one `account` block per account, or give every block the same name and the same `token-based-authentication` setting; put a second account in its own entry file.',
};

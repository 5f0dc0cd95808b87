import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-MISSING-FIELD',
  title: 'Role without name or centertype',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.facts, text: '`name` and `centertype` required' }],
  help: 'Add `<name>` (the role name shown in NetSuite) and `<centertype>` (the center the role uses, e.g. BASIC) to the role.',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-SCRIPTID',
  title: 'Role scriptid: customrole prefix, at most 40 characters, equal to the file name',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.facts, text: 'Root `<role scriptid="customrole…">`; scriptid at most 40 characters and equal to the file name' }],
  help: 'Give the role a scriptid that starts with customrole, has at most 40 characters and equals the file name: customrole_sales_sync.xml holds `<role scriptid="customrole_sales_sync">`.',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-PERMLEVEL-VALUE',
  title: 'permlevel outside NONE, VIEW, CREATE, EDIT, FULL',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.facts, text: '`permlevel` ∈ NONE, VIEW, CREATE, EDIT, FULL, and must be a level the permission accepts.' }],
  help: 'Write one of NONE, VIEW, CREATE, EDIT or FULL, in capitals, in every `<permlevel>`.',
};

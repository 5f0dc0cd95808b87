import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-DUPLICATE-PERMKEY',
  title: 'The same permkey listed twice in a role',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.facts, text: 'No duplicate `permkey` within a role.' }],
  help: 'Remove one of the two `<permission>` elements and keep the level you mean.',
};

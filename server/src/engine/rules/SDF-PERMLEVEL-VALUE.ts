import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-PERMLEVEL-VALUE',
  title: 'permlevel outside NONE, VIEW, CREATE, EDIT, FULL',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfPermission, 'For information about possible values, see generic_permission_level.')],
  help: 'Write one of NONE, VIEW, CREATE, EDIT or FULL, in capitals, in every `<permlevel>`.',
};

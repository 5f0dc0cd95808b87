import { DOC_PAGES, quote, RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-UNKNOWN-PERMKEY',
  title: 'Unknown permkey',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfPermission, 'For information about other possible values, see generic_permission.'),
    quote(DOC_PAGES.language, 'an unknown name or ID is a warning, never a crash, and is not simulated.'),
  ],
  help: 'Write the permission ID exactly as NetSuite spells it, e.g. ADMI_LOGIN_OAUTH, not the name shown in NetSuite. Reported: an empty permkey, a name, a near miss of an ID the engine knows, and text not shaped like a permission ID. Other IDs (LIST_…, TRAN_…) are accepted as they are, but not simulated.',
};

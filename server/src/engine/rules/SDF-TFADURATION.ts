import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-TFADURATION',
  title: 'tfaduration missing where two-factor authentication is required',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfRole, 'This field is mandatory when the tfarequired value is not equal to OFF.')],
  help: "Add `<tfaduration>` (the Duration of Trusted Device; Oracle's default is 0) after `<tfarequired>`, or set `<tfarequired>` to OFF where 2FA is not meant.",
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-TFADURATION',
  title: 'tfaduration missing where two-factor authentication is required',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.facts, text: '`tfaduration` required when `tfarequired` is not OFF.' }],
  help: "Add `<tfaduration>` (the Duration of Trusted Device; Oracle's default is 0) after `<tfarequired>`, or set `<tfarequired>` to OFF where 2FA is not meant.",
};

import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-XML',
  title: 'SuiteCloud role object is not well-formed XML',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfCustomRoles, '<role scriptid="customrole_sample">')],
  help: 'Fix the XML at the marked place: SuiteCloud cannot deploy the file as it is, and the other checks of this file wait until it reads. The message says what was expected.',
};

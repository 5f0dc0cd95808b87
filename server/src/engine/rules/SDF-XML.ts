import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-XML',
  title: 'SuiteCloud role object is not well-formed XML',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfCustomRoles, '<role scriptid="customrole_sample">')],
  help: 'Fix the XML at the marked place: SuiteCloud cannot deploy the file as it is, and the other checks of this file wait until it reads. The message says what was expected.',
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object that is not well-formed XML: a tag left open or closed twice, a stray `<` or `&`. SDF cannot deploy it, and the other checks of the file wait until it reads.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]).replace(
      '</permkey>',
      '</permkey',
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-TFADURATION',
  title: 'tfaduration missing where two-factor authentication is required',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfRole, 'This field is mandatory when the tfarequired value is not equal to OFF.')],
  help: "Add `<tfaduration>` (the Duration of Trusted Device; Oracle's default is 0) after `<tfarequired>`, or set `<tfarequired>` to OFF where 2FA is not meant.",
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object whose `<tfarequired>` is not OFF but which has no `<tfaduration>` (the Duration of Trusted Device). SDF requires the duration whenever 2FA is required.',
  avoid: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'FULL']],
      [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'FULL'], ['tfaduration', '0']],
      [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
    ),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-UAT-REDUNDANT-LOGIN',
  title: 'ADMI_LOGIN_OAUTH is unnecessary beside ADMI_MANAGE_OWN_OAUTH_TOKENS',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.')],
  help: 'Remove the ADMI_LOGIN_OAUTH `<permission>`: User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) already lets the role log in with its own tokens.',
  uiPath: MANAGE_ROLES_PATH,
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object with both ADMI_MANAGE_OWN_OAUTH_TOKENS (User Access Tokens) and ADMI_LOGIN_OAUTH (Log in using Access Tokens) at FULL. The second adds nothing.',
  avoid: {
    file: `${OBJECTS}/customrole_developer.xml`,
    text: sdfRole(
      'customrole_developer',
      [...BASIC, ['name', 'Developer']],
      [
        ['ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL'],
        ['ADMI_LOGIN_OAUTH', 'FULL'],
      ],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_developer.xml`,
    text: sdfRole('customrole_developer', [...BASIC, ['name', 'Developer']], [['ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL']]),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-PERM-LEVEL',
  title: 'TBA permissions take only NONE or FULL in SDF roles',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'No NetSuite page lists the levels of the three TBA permissions; they are added to a role or not, so only FULL counts as holding one and VIEW, CREATE or EDIT is reported.',
  quotes: [
    quote(DOC_PAGES.seed, 'The following token-based authentication permissions can be added to roles as appropriate.'),
    quote(DOC_PAGES.sdfPermission, 'For information about possible values, see generic_permission_level.'),
  ],
  help: 'Set `<permlevel>` to FULL (or NONE, or remove the permission): Access Token Management, User Access Tokens and Log in using Access Tokens have no VIEW, CREATE or EDIT level.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'A TBA permission (ADMI_MANAGE_OAUTH_TOKENS, ADMI_MANAGE_OWN_OAUTH_TOKENS, ADMI_LOGIN_OAUTH) in a SuiteCloud role object at a `<permlevel>` other than NONE or FULL. These permissions have no VIEW, CREATE or EDIT level.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'EDIT']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

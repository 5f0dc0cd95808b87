import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-2FA-REQUIRED',
  title: 'Highly privileged SDF roles require two-factor authentication',
  kind: 'lint',
  severity: 'warning',
  basis: 'inferred',
  inferredFrom:
    'Which permissions make a role highly privileged: Oracle\'s page "Permissions Requiring Two-Factor Authentication (2FA)" renders its list empty, so the engine uses a third-party summary of it (netsuitechangelog.com, "Permissions Requiring Two-Factor Authentication in NetSuite"). That the Administrator role needs 2FA is documented. The Core Administration Permissions box (coreadminpermission) counts as highly privileged, and Single Sign-On Only roles are treated as SAML single sign-on roles.',
  quotes: [
    quote(
      DOC_PAGES.seed,
      'For enhanced security, two-factor authentication (2FA) is required for all Administrator and other highly privileged roles for access to all NetSuite accounts.',
    ),
    quote(DOC_PAGES.mandatory2fa, 'The Administrator and highly privileged roles are designated as 2FA required by default.'),
    quote(DOC_PAGES.mandatory2fa, 'This requirement cannot be removed.'),
    quote(DOC_PAGES.mandatory2fa, 'Certain highly privileged permissions also mandate that a role be 2FA required by default.'),
    quote(DOC_PAGES.permissions2fa, 'If a role is already designated as a SAML Single Sign-on (SSO) role, the 2FA requirement is ignored.'),
  ],
  help: 'Set `<tfarequired>` to a value other than OFF, with a `<tfaduration>`. NetSuite forces 2FA on roles with a highly privileged permission or `<coreadminpermission>T</coreadminpermission>` whatever the XML says; roles with `<issinglesignononly>T</issinglesignononly>` are exempt.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Two-Factor Authentication Required',
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object that holds a highly privileged permission (such as ADMI_MANAGE_OAUTH_TOKENS) or `<coreadminpermission>T</coreadminpermission>` but has no `<tfarequired>`, or has it OFF (an error). NetSuite requires 2FA on these roles whatever the XML says; SAML SSO-only roles are exempt.',
  avoid: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'OFF']],
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

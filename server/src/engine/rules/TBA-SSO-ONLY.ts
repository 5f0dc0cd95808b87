import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-SSO-ONLY',
  title: 'Single Sign-On Only roles cannot use web services without single sign-on',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.sso,
      'This setting prohibits a user from accessing NetSuite through web services or the user interface without going through OIDC single sign-on.',
    ),
    quote(DOC_PAGES.restRoles, 'RESTlets are part of SuiteScript. They are not part of the NetSuite web services feature.'),
  ],
  help: 'Use a role without `single-sign-on-only` for SOAP or REST web services; RESTlets are not web services.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Single Sign-On Only',
};

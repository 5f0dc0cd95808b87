import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

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

export const examples = (): RuleExamples => ({
  checks: 'Decides that a Single Sign-On Only role cannot log in to SOAP or REST web services with a token; RESTlets are not part of the web services feature.',
  avoid: {
    text: lines(
      'role "Portal Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  single-sign-on-only',
      '}',
      '',
      'user "svc-portal" { role "Portal Sync" }',
      '',
      'expect "svc-portal" as "Portal Sync" can web-services-login',
    ),
  },
  prefer: {
    text: lines(
      'role "Portal Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  single-sign-on-only',
      '}',
      '',
      'user "svc-portal" { role "Portal Sync" }',
      '',
      'expect "svc-portal" as "Portal Sync" can restlet-login',
      'expect "svc-portal" as "Portal Sync" cannot web-services-login',
    ),
  },
});

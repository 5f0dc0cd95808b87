import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-WSO-RESTLET',
  title: 'Web Services Only roles cannot call RESTlets',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.restlet, 'Roles with the Web Services Only restriction will not work with RESTlets.'),
    quote(DOC_PAGES.restRoles, 'RESTlet calls receive an INVALID_LOGIN_CREDENTIALS error response.'),
  ],
  help: 'Remove `web-services-only` from the role, or use a role without the restriction for RESTlets.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Web Services Only Role',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that a role with the Web Services Only restriction cannot call RESTlets, whatever its permissions. Use a role without the restriction for RESTlets.',
  avoid: {
    text: lines(
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-inventory" { role "SOAP Sync" }',
      '',
      '# The new stock-level RESTlet reuses the SOAP integration’s role.',
      'expect "svc-inventory" as "SOAP Sync" can restlet-login',
    ),
  },
  prefer: {
    text: lines(
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      RESTLET,
      '',
      'user "svc-inventory" {',
      '  role "SOAP Sync"',
      '  role "RESTlet Integration"',
      '}',
      '',
      'expect "svc-inventory" as "RESTlet Integration" can restlet-login',
      'expect "svc-inventory" as "SOAP Sync" cannot restlet-login',
    ),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';

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

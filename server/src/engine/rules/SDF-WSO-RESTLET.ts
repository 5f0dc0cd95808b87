import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-WSO-RESTLET',
  title: 'Web Services Only SDF role used for RESTlets',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.restlet, 'Roles with the Web Services Only restriction will not work with RESTlets.'),
    quote(DOC_PAGES.restRoles, 'RESTlet calls receive an INVALID_LOGIN_CREDENTIALS error response.'),
  ],
  help: 'Set `<iswebserviceonlyrole>` to F, or give the RESTlet integration another role and change the expect line.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Web Services Only Role',
};

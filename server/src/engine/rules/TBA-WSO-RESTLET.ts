import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-WSO-RESTLET',
  title: 'Web Services Only roles cannot call RESTlets',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.tba, text: "Roles with the Web Services Only restriction don't work with RESTlets." }],
  help: 'Remove `web-services-only` from the role, or use a role without the restriction for RESTlets.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Web Services Only Role',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-WSO-RESTLET',
  title: 'Web Services Only SDF role used for RESTlets',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.tba, text: "Roles with the Web Services Only restriction don't work with RESTlets." }],
  help: 'Set `<iswebserviceonlyrole>` to F, or give the RESTlet integration another role and change the expect line.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Web Services Only Role',
};

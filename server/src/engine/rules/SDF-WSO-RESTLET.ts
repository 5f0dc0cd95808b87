import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, lines, OBJECTS, type RuleExamples, sdfRole } from './examples';

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

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object with `<iswebserviceonlyrole>T</iswebserviceonlyrole>` that an `expect … can restlet-login` line relies on. Web Services Only roles do not work with RESTlets.',
  avoid: {
    text: lines('user "svc-inventory" { role customrole_soap_sync }', '', 'expect "svc-inventory" as customrole_soap_sync can restlet-login'),
    files: {
      [`${OBJECTS}/customrole_soap_sync.xml`]: sdfRole(
        'customrole_soap_sync',
        [...BASIC, ['name', 'SOAP Sync'], ['iswebserviceonlyrole', 'T']],
        [['ADMI_LOGIN_OAUTH', 'FULL']],
      ),
    },
  },
  prefer: {
    text: lines(
      'user "svc-inventory" { role customrole_soap_sync }',
      '',
      'expect "svc-inventory" as customrole_soap_sync can web-services-login',
      'expect "svc-inventory" as customrole_soap_sync cannot restlet-login',
    ),
    files: {
      [`${OBJECTS}/customrole_soap_sync.xml`]: sdfRole(
        'customrole_soap_sync',
        [...BASIC, ['name', 'SOAP Sync'], ['iswebserviceonlyrole', 'T']],
        [['ADMI_LOGIN_OAUTH', 'FULL']],
      ),
    },
  },
});

import { DOC_PAGES, quote } from '../citations';
import { BASIC, lines, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
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
  check: { sdfRole: restletCheck },
  sdfFix: sdfEditFixes,
};

/** A Web Services Only role that an expect line says can call RESTlets. */
function restletCheck(f: SdfRole, { add, index }: SdfRuleContext): void {
  const wso = f.object.fields.get('iswebserviceonlyrole');
  if (!index || wso?.value !== 'T' || !f.role) return;
  const uses = index.model.expects.filter((e) => e.action.value === 'restlet-login' && e.expected.value === 'can' && index.role(e.role) === f.role);
  if (!uses.length) return;
  const who =
    uses.length === 1 ? `an expect line says '${uses[0].actor.name}' can call RESTlets in it` : `${uses.length} expect lines say users can call RESTlets in it`;
  add(
    'SDF-WSO-RESTLET',
    wso.span,
    `Role '${f.role.name}' is Web Services Only, but ${who}; Web Services Only roles don't work with RESTlets. Set iswebserviceonlyrole to F or use another role.`,
    {
      related: uses.map((e) => ({ loc: e.loc, message: `Expects '${e.actor.name}' to log in to RESTlets in this role` })),
      data: {
        kind: 'sdf-edits',
        action: 'clear-web-services-only',
        // Not preferred: it lifts a restriction the author wrote (the role then works in the UI too).
        fixes: [{ title: 'Set iswebserviceonlyrole to F', edits: [replaceSpan(wso.span, 'F')] }],
      },
    },
  );
}

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

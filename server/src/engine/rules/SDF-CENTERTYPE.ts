import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { closest } from '../fuzzy';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import { objectReference } from '../permissions';
import { CENTER_ROLE_TYPES, OTHER_CENTER_TYPES, ROLE_CENTER_TYPES } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-CENTERTYPE',
  title: 'Role centertype outside NetSuite’s role_centertype values',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfCustomRoles, 'The centertype element determines which tabs and links are available for groups of similar roles.'),
    quote(DOC_PAGES.sdfRole, 'This field accepts references to the center custom type.'),
    quote(
      DOC_PAGES.designate2fa,
      'The 2FA-required designation can be applied to most roles, including Employee Center, Partner Center, and Vendor Center roles, but not to Customer Center roles.',
    ),
  ],
  help: 'Write one of NetSuite’s role_centertype values in capitals (ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER or SYSADMINCENTER), the center of a Customer, Employee, Partner or Vendor Center role (CUSTOMER, EMPLOYEE, PARTNER, VENDOR), or a reference to a custom center such as `[scriptid=custcenter_portal]`.',
  check: { sdfRole: centertypeCheck },
  sdfFix: sdfEditFixes,
};

/**
 * `centertype` against Oracle's role_centertype list. Also accepted, as NetSuite exports them: a
 * reference to a custom center (`[scriptid=custcenter3]`, `[appid=…, scriptid=…]`; the field
 * "accepts references to the center custom type"), and the Customer, Employee, Partner and
 * Vendor Centers, whose roles Oracle names. Another value only generic_centertype has (ALL,
 * WEBSITE, …) is information: that list is for centers, and no role with it is documented.
 */
function centertypeCheck(f: SdfRole, { add }: SdfRuleContext): void {
  const c = f.object.fields.get('centertype');
  if (!c?.value) return;
  const v = c.value;
  if ((ROLE_CENTER_TYPES as readonly string[]).includes(v) || (CENTER_ROLE_TYPES as readonly string[]).includes(v)) return;
  if (v.trimStart().startsWith('[')) {
    const ref = objectReference(v);
    if (ref && !('problem' in ref)) return;
    add(
      'SDF-CENTERTYPE',
      c.span,
      `centertype '${v}' is not a well-formed reference to a center${ref ? `: ${ref.problem}` : ''}; write it as NetSuite does, e.g. [scriptid=custcenter_portal].`,
    );
    return;
  }
  const upper = v.toUpperCase();
  if ((OTHER_CENTER_TYPES as readonly string[]).includes(upper) && upper === v) {
    add(
      'SDF-CENTERTYPE',
      c.span,
      `${v} is a center type of NetSuite's generic_centertype list, but not of role_centertype, the list for role objects, and no NetSuite role with it is documented; SDF may refuse it.`,
      { severity: 'information' },
    );
    return;
  }
  const exact = [...ROLE_CENTER_TYPES, ...CENTER_ROLE_TYPES].includes(upper as never) ? [upper] : [];
  const candidates = exact.length ? exact : closest(v, ROLE_CENTER_TYPES);
  add(
    'SDF-CENTERTYPE',
    c.span,
    `Unknown centertype '${v}': a role's centertype is one of NetSuite's role_centertype values (${ROLE_CENTER_TYPES.join(', ')}), a Customer, Employee, Partner or Vendor Center (${CENTER_ROLE_TYPES.join(', ')}), or a reference to a custom center${
      candidates.length ? `; did you mean ${candidates[0]}?` : '.'
    }`,
    candidates.length
      ? {
          data: {
            kind: 'sdf-edits',
            action: 'did-you-mean',
            fixes: candidates.map((x, i) => ({ title: `Set centertype to ${x}`, edits: [replaceSpan(c.span, x)], preferred: i === 0 && exact.length > 0 })),
          },
        }
      : {},
  );
}

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object whose `<centertype>` is not one of NetSuite’s role_centertype values (ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER, SYSADMINCENTER), not the center of a Customer, Employee, Partner or Vendor Center role (CUSTOMER, EMPLOYEE, PARTNER, VENDOR, as NetSuite exports them), and not a reference to a custom center (`[scriptid=custcenter3]`: the field accepts references to the center custom type). Another value only NetSuite’s generic_centertype list has (ALL, WEBSITE, …) is reported as information: that list is for centers, and no role with it is documented.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole(
      'customrole_restlet_integration',
      [
        ['centertype', 'Basic'],
        ['name', 'RESTlet Integration'],
      ],
      [['ADMI_LOGIN_OAUTH', 'FULL']],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { closest } from '../fuzzy';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import { OTHER_CENTER_TYPES, ROLE_CENTER_TYPES } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-CENTERTYPE',
  title: 'Role centertype outside NetSuite’s role_centertype values',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfCustomRoles, 'The centertype element determines which tabs and links are available for groups of similar roles.')],
  help: 'Write one of NetSuite’s role_centertype values in capitals: ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER or SYSADMINCENTER.',
  check: { sdfRole: centertypeCheck },
  sdfFix: sdfEditFixes,
};

/**
 * `centertype` against Oracle's role_centertype list. A value only generic_centertype has
 * (CUSTOMER, VENDOR, …) is information: that list is for centers, and whether NetSuite ever
 * exports such a role is not documented either way.
 */
function centertypeCheck(f: SdfRole, { add }: SdfRuleContext): void {
  const c = f.object.fields.get('centertype');
  if (!c?.value) return;
  const v = c.value;
  if ((ROLE_CENTER_TYPES as readonly string[]).includes(v)) return;
  const upper = v.toUpperCase();
  if ((OTHER_CENTER_TYPES as readonly string[]).includes(upper) && upper === v) {
    add(
      'SDF-CENTERTYPE',
      c.span,
      `${v} is a center type of NetSuite's generic_centertype list, but not of role_centertype, the list for role objects; SDF may refuse it.`,
      { severity: 'information' },
    );
    return;
  }
  const exact = (ROLE_CENTER_TYPES as readonly string[]).includes(upper) ? [upper] : [];
  const candidates = exact.length ? exact : closest(v, ROLE_CENTER_TYPES);
  add(
    'SDF-CENTERTYPE',
    c.span,
    `Unknown centertype '${v}': a role's centertype is one of NetSuite's role_centertype values (${ROLE_CENTER_TYPES.join(', ')})${
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
    'A SuiteCloud role object whose `<centertype>` is not one of NetSuite’s role_centertype values (ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER, SYSADMINCENTER). A value only NetSuite’s generic_centertype list has (CUSTOMER, VENDOR, …) is reported as information: that list is for centers, not roles.',
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

import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-MISSING-FIELD',
  title: 'Role without name or centertype',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfRole, 'centertype | single-select list | Required'),
    quote(DOC_PAGES.sdfRole, 'name | single-select list | Required'),
    quote(DOC_PAGES.sdfCustomRoles, 'The centertype element determines which tabs and links are available for groups of similar roles.'),
  ],
  help: 'Add `<name>` (the role name shown in NetSuite) and `<centertype>` (the center the role uses, e.g. BASIC) to the role.',
  check: { sdfRole: missingFields },
};

/** `name` and `centertype`, which SDF requires of a role object. */
function missingFields(f: SdfRole, { add }: SdfRuleContext): void {
  const o = f.object;
  const missing = ['name', 'centertype'].filter((n) => !o.fields.get(n)?.value);
  if (!missing.length) return;
  const list = missing.map((m) => `<${m}>`).join(' and ');
  add(
    'SDF-MISSING-FIELD',
    o.root.nameSpan,
    `The role has no ${list}: SDF requires ${missing.length === 2 ? 'both' : 'it'}; add ${missing.length === 2 ? 'them' : 'it'}.`,
  );
}

export const examples = (): RuleExamples => ({
  checks: 'A SuiteCloud role object without `<name>` or `<centertype>`. SDF requires both, so the project does not deploy.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import { SDF_BOOLEAN_FIELDS } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-BOOLEAN-VALUE',
  title: 'A T/F field holds something other than T or F',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'NetSuite\'s role reference gives these fields the type boolean, each with "The default value is F.", and the role object on its Custom Roles as XML Definitions page writes them T and F. No page says what another spelling does; nsroles reads it as F, the default.',
  quotes: [quote(DOC_PAGES.sdfRole, 'The default value is F.')],
  help: 'Write T or F, in capitals: `<iswebserviceonlyrole>T</iswebserviceonlyrole>`.',
  check: { sdfRole: booleanValues },
  sdfFix: sdfEditFixes,
};

/** What a field read as F means for the simulation, where it decides anything. */
const READ_AS_F: Partial<Record<string, string>> = {
  iswebserviceonlyrole: 'this role is simulated as not Web Services Only',
  isinactive: 'this role is simulated as active',
  coreadminpermission: 'this role is simulated without Core Administration Permissions',
  issinglesignononly: 'this role is simulated as not Single Sign-On Only',
};

// Spellings whose meaning is plain; anything else gets no quick fix, only the finding.
const TRUE = new Set(['t', 'true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['f', 'false', 'no', 'n', '0', 'off']);
// Fields whose T takes access away. F never changes a decision (the value is read as F now), and
// T on these only restricts; T on another field (coreadminpermission, the viewing boxes) grants,
// so that fix is offered but never preferred.
const RESTRICTING = new Set(['iswebserviceonlyrole', 'isinactive', 'restrictbydevice', 'restrictip', 'restricttimeandexpenses']);

/** A boolean field's value that is not T or F. An empty element is left alone (F, the default). */
function booleanValues(f: SdfRole, { add }: SdfRuleContext): void {
  for (const name of SDF_BOOLEAN_FIELDS) {
    const field = f.object.fields.get(name);
    if (!field || !field.value || field.value === 'T' || field.value === 'F') continue;
    const v = field.value;
    const lower = v.toLowerCase();
    const meant = TRUE.has(lower) ? 'T' : FALSE.has(lower) ? 'F' : undefined;
    const effect = READ_AS_F[name];
    add(
      'SDF-BOOLEAN-VALUE',
      field.span,
      `'${v}' is not T or F: <${name}> is a boolean field, which SDF writes T or F. nsroles reads it as F, the default${effect ? `, so ${effect}` : ''}; write ${meant ?? 'T or F'}.`,
      {
        data: meant
          ? {
              kind: 'sdf-edits',
              action: 'did-you-mean',
              fixes: [{ title: `Change ${name} to ${meant}`, edits: [replaceSpan(field.span, meant)], preferred: meant === 'F' || RESTRICTING.has(name) }],
            }
          : undefined,
      },
    );
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A boolean field of a SuiteCloud role object (`iswebserviceonlyrole`, `isinactive`, `coreadminpermission`, `issinglesignononly` and the others NetSuite types boolean) written other than `T` or `F`, such as `true` or `t`. nsroles reads such a value as `F`, the default, so a role meant to be Web Services Only would be simulated as one that may call RESTlets.',
  avoid: {
    file: `${OBJECTS}/customrole_reporting_api.xml`,
    text: sdfRole('customrole_reporting_api', [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'true']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_reporting_api.xml`,
    text: sdfRole('customrole_reporting_api', [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

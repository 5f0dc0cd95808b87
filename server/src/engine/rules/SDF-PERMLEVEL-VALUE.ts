import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { closest } from '../fuzzy';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import { permissionByKey, SDF_LEVELS } from '../sdf/vocabulary';
import type { SdfPermission } from '../sdf/role';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-PERMLEVEL-VALUE',
  title: 'permlevel outside NONE, VIEW, CREATE, EDIT, FULL',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfPermission, 'For information about possible values, see generic_permission_level.')],
  help: 'Write one of NONE, VIEW, CREATE, EDIT or FULL, in capitals, in every `<permlevel>`.',
  check: { sdfPermission: levelValue },
  sdfFix: sdfEditFixes,
};

/** A permission with a permkey has a permlevel SDF knows; a TBA permission's choices are NONE and FULL. */
function levelValue(p: SdfPermission, _f: SdfRole, { add }: SdfRuleContext): void {
  const key = p.permkey?.value;
  if (!key) return;
  const allowed: readonly string[] = permissionByKey(key)?.tba ? ['NONE', 'FULL'] : SDF_LEVELS;
  const lv = p.permlevel;
  if (!lv || !lv.value) {
    add('SDF-PERMLEVEL-VALUE', lv ? lv.element.span : p.element.nameSpan, `This <permission> has no permlevel: write ${allowed.join(', ')}.`);
    return;
  }
  if ((SDF_LEVELS as readonly string[]).includes(lv.value)) return;
  const candidates = closest(lv.value, allowed);
  add(
    'SDF-PERMLEVEL-VALUE',
    lv.span,
    `Unknown permlevel '${lv.value}': write one of ${allowed.join(', ')}${candidates.length ? ` (did you mean ${candidates[0]}?)` : ''}.`,
    {
      data: candidates.length
        ? {
            kind: 'sdf-edits',
            action: 'did-you-mean',
            // FULL on a TBA permission grants token access the misspelt level does not: offered, not preferred.
            fixes: candidates.map((c, i) => ({
              title: `Change permlevel to ${c}`,
              edits: [replaceSpan(lv.span, c)],
              preferred: i === 0 && !(c === 'FULL' && permissionByKey(key)?.tba),
            })),
          }
        : undefined,
    },
  );
}

export const examples = (): RuleExamples => ({
  checks: 'A `<permlevel>` that is missing or not one of NONE, VIEW, CREATE, EDIT, FULL (in capitals) in a SuiteCloud role object.',
  avoid: {
    file: `${OBJECTS}/customrole_reporting_api.xml`,
    text: sdfRole(
      'customrole_reporting_api',
      [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_EMPLOYEE', 'READ'],
      ],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_reporting_api.xml`,
    text: sdfRole(
      'customrole_reporting_api',
      [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_EMPLOYEE', 'VIEW'],
      ],
    ),
  },
});

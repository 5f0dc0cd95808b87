import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { insertAfter, replaceSpan, sdfEditFixes } from '../sdf/edits';
import { tfaOff } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-TFADURATION',
  title: 'tfaduration missing where two-factor authentication is required',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.sdfRole, 'This field is mandatory when the tfarequired value is not equal to OFF.')],
  help: "Add `<tfaduration>` (the Duration of Trusted Device; Oracle's default is 0) after `<tfarequired>`, or set `<tfarequired>` to OFF where 2FA is not meant.",
  check: { sdfRole: durationCheck },
  sdfFix: sdfEditFixes,
};

/** A role that requires 2FA must say for how long a device stays trusted. */
function durationCheck(f: SdfRole, { add, twoFactor: values }: SdfRuleContext): void {
  const tfa = f.object.fields.get('tfarequired');
  const dur = f.object.fields.get('tfaduration');
  if (!tfa || tfaOff(tfa.value) || dur?.value) return;
  const edit = dur ? replaceSpan(dur.span, values.tfaduration) : insertAfter(f.doc, tfa.element, [`<tfaduration>${values.tfaduration}</tfaduration>`]);
  add('SDF-TFADURATION', tfa.span, `tfarequired is ${tfa.value}, so SDF requires a <tfaduration> (the Duration of Trusted Device); add one.`, {
    data: { kind: 'sdf-edits', action: 'add-tfaduration', fixes: [{ title: `Add tfaduration ${values.tfaduration}`, edits: [edit], preferred: true }] },
  });
}

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object whose `<tfarequired>` is not OFF but which has no `<tfaduration>` (the Duration of Trusted Device). SDF requires the duration whenever 2FA is required.',
  avoid: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'SMS']],
      [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'SMS'], ['tfaduration', '0']],
      [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
    ),
  },
});

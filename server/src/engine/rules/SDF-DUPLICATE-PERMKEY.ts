import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { removeElement, sdfEditFixes } from '../sdf/edits';
import type { SdfPermission } from '../sdf/role';
import { permissionByKey } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-DUPLICATE-PERMKEY',
  title: 'The same permkey listed twice in a role',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    "No NetSuite help page says what a role object with one permkey twice means; Oracle's SuiteCloud agent skill (GitHub, oracle/netsuite-suitecloud-sdk) says duplicates are removed, and the language contract makes the first one count.",
  quotes: [
    quote(
      DOC_PAGES.language,
      'Duplicate lines: when a role gives one permission twice, the first line counts everywhere (decisions, lint, hover, simulator), as `NSR-DUPLICATE` already says; in SDF, the first `permkey`.',
    ),
  ],
  help: 'Remove one of the two `<permission>` elements and keep the level you mean.',
  check: { sdfRole: duplicates },
  sdfFix: sdfEditFixes,
};

/** A permkey listed twice in one role (by the ID it names, so case does not hide one): the first counts. */
function duplicates(f: SdfRole, { add }: SdfRuleContext): void {
  const first = new Map<string, SdfPermission>();
  for (const p of f.object.permissions) {
    const key = p.permkey?.value;
    if (!key) continue;
    const info = permissionByKey(key);
    const dupKey = info ? info.id : key;
    const earlier = first.get(dupKey);
    if (!earlier) {
      first.set(dupKey, p);
      continue;
    }
    add('SDF-DUPLICATE-PERMKEY', p.permkey!.span, `${dupKey} is already listed in this role; remove this <permission> (SDF allows each permkey once).`, {
      related: [{ loc: { file: f.file, span: earlier.permkey!.span }, message: 'First listed here' }],
      data: {
        kind: 'sdf-edits',
        action: 'remove-permission',
        fixes: [{ title: `Remove the duplicate ${key} permission`, edits: [removeElement(f.doc, p.element)], preferred: true }],
      },
    });
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object that lists the same `permkey` in two `<permission>` elements. SDF allows each permkey once per role, and the two levels may disagree.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole(
      'customrole_restlet_integration',
      [...BASIC, ['name', 'RESTlet Integration']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_CUSTJOB', 'VIEW'],
        ['ADMI_LOGIN_OAUTH', 'NONE'],
      ],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole(
      'customrole_restlet_integration',
      [...BASIC, ['name', 'RESTlet Integration']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_CUSTJOB', 'VIEW'],
      ],
    ),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import type { EditFix } from '../finding';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import { fileStem } from '../sdf/role';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-SCRIPTID',
  title: 'Role scriptid: customrole prefix, at most 40 characters, equal to the file name',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfFiles, "The script ID for an SDF custom object must match that object's XML filename."),
    quote(DOC_PAGES.sdfRole, "This attribute value can be up to 40 characters long. The default value is 'customrole'."),
  ],
  help: 'Give the role a scriptid that starts with customrole, has at most 40 characters and equals the file name: customrole_sales_sync.xml holds `<role scriptid="customrole_sales_sync">`.',
  check: { sdfRole: scriptidCheck },
  sdfFix: sdfEditFixes,
};

function validScriptid(s: string): boolean {
  return s.startsWith('customrole') && s.length <= 40;
}

function scriptidCheck(f: SdfRole, { add }: SdfRuleContext): void {
  const o = f.object;
  // Only a file on disk has a name to match; an untitled editor buffer does not.
  const stem = /\.xml$/i.test(f.file) ? fileStem(f.file) : undefined;
  const sid = o.scriptid;
  if (!sid) {
    const fixes: EditFix[] =
      stem && validScriptid(stem)
        ? [
            {
              title: `Add scriptid="${stem}"`,
              edits: [replaceSpan({ start: o.root.nameSpan.end, end: o.root.nameSpan.end }, ` scriptid="${stem}"`)],
              preferred: true,
            },
          ]
        : [];
    add(
      'SDF-SCRIPTID',
      o.root.nameSpan,
      'The role has no scriptid: write <role scriptid="customrole_…"> with the file name.',
      fixes.length ? { data: { kind: 'sdf-edits', action: 'set-scriptid', fixes } } : {},
    );
    return;
  }
  const v = sid.value;
  const problems: string[] = [];
  if (!v.startsWith('customrole')) problems.push("does not start with 'customrole'");
  if (v.length > 40) problems.push(`has ${v.length} characters (at most 40)`);
  if (stem !== undefined && v !== stem) problems.push(`differs from the file name '${stem}'`);
  if (!problems.length) return;
  const fix = stem !== undefined && v !== stem && validScriptid(stem);
  add(
    'SDF-SCRIPTID',
    sid.valueSpan,
    `The scriptid '${v}' ${joinAnd(problems)}.`,
    fix
      ? {
          data: {
            kind: 'sdf-edits',
            action: 'set-scriptid',
            // Not preferred: role files that name the role by its old scriptid are not changed with it.
            fixes: [{ title: `Set scriptid to '${stem}' (the file name)`, edits: [replaceSpan(sid.valueSpan, stem!)] }],
          },
        }
      : {},
  );
}

function joinAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object whose `scriptid` is missing, does not start with `customrole`, is longer than 40 characters, or differs from the file name. SDF rejects such an object.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { lines, type RuleExamples } from './examples';
import { removeStatement } from '../edits';
import type { Finding } from '../finding';
import type { IgnoredId } from '../ignore';
import type { Fix, FixContext, Rule, SdfFixContext } from './types';

export const rule: Rule<IgnoredId> = {
  id: 'NSR-IGNORE-UNUSED',
  title: 'Ignore comment suppresses nothing',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, '`#` starts a comment to end of line.')],
  help: 'Remove the ignore comment: the next line has no finding of that rule.',
  fix: removeIgnore,
  autoFix: true,
  sdfFix: removeXmlIgnore,
};

/** Removes the unused id from its comment, or the whole comment when it is the only one. */
function removeIgnore({ file, tree }: FixContext, f: Finding<IgnoredId>): Fix[] {
  const s = f.subject;
  const k = s ? s.comment.ids.indexOf(s.id) : -1;
  if (!s || k < 0) return [];
  const c = s.comment;
  const edit = (span: { start: number; end: number }) => [
    { title: 'Remove this unused ignore', edits: [{ file, span, newText: '' }], preferred: true, auto: true },
  ];
  if (c.ids.length === 1) {
    const whole = removeStatement(tree.text, c.span);
    if (whole.span.end > c.span.end) return [{ title: 'Remove this unused ignore', edits: [{ file, ...whole }], preferred: true, auto: true }];
    // A trailing comment: drop it and the blanks before it, keep the code.
    let start = c.span.start;
    while (start > 0 && (tree.text[start - 1] === ' ' || tree.text[start - 1] === '\t')) start--;
    return edit({ start, end: c.span.end });
  }
  return edit(k > 0 ? { start: c.ids[k - 1].end, end: c.ids[k].end } : { start: c.ids[0].start, end: c.ids[1].start });
}

/**
 * The same in a SuiteCloud role object's `<!-- nsroles-ignore … -->` comment. Not `auto`: fix-all
 * stays in role files, so saving never rewrites XML that SuiteCloud deploys.
 */
function removeXmlIgnore({ file, sdf }: SdfFixContext, f: Finding<IgnoredId>): Fix[] {
  const s = f.subject;
  const k = s ? s.comment.ids.indexOf(s.id) : -1;
  if (!s || k < 0) return [];
  const c = s.comment;
  const edit =
    c.ids.length === 1
      ? removeStatement(sdf.text, c.span)
      : { span: k > 0 ? { start: c.ids[k - 1].end, end: c.ids[k].end } : { start: c.ids[0].start, end: c.ids[1].start }, newText: '' };
  return [{ title: 'Remove this unused ignore', edits: [{ file, ...edit }], preferred: true }];
}

export const examples = (): RuleExamples => ({
  checks:
    'A `# nsroles-ignore RULE-ID` comment whose next line has no finding of that rule, typically left behind after the problem was fixed. A stale ignore would hide the problem if it came back.',
  avoid: {
    text: lines(
      '# nsroles-ignore TBA-ROLE-UNASSIGNED',
      'role "Payments Connector" {',
      '  permission "Log in using Access Tokens" full',
      '}',
      '',
      'user "svc-payments" { role "Payments Connector" }',
    ),
  },
  prefer: {
    text: lines('role "Payments Connector" {', '  permission "Log in using Access Tokens" full', '}', '', 'user "svc-payments" { role "Payments Connector" }'),
  },
});

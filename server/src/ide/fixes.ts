import {
  applyEdits,
  eolOf,
  eolOfTree,
  type Finding,
  type Fix,
  ignoreCommentOnLine,
  ruleById,
  type SdfRoleFile,
  type Span,
  type SyntaxTree,
  xmlIgnoreComments,
} from '../engine';
import { type Analysis, treeOf } from './analysis';

export type { Fix } from '../engine';

/**
 * Every fix for a finding, the preferred one first, and "ignore" last. Each rule's fixes are in
 * its own file (engine/rules/RULE-ID.ts), found by the finding's rule: `fix` in a role file,
 * `sdfFix` in a SuiteCloud role object. They work from the finding's `subject`, so `finding` must
 * come from a lint of `a.loaded` (the server's own findings, a fix-all round's fresh lint).
 */
export function fixesFor(a: Analysis, finding: Finding): Fix[] {
  const out = ruleFixes(a, finding);
  if (finding.rule.startsWith('NSR-IGNORE')) return out;
  const file = finding.loc.file;
  const at = finding.loc.span.start;
  const sdf = a.loaded.sdf?.get(file);
  const tree = sdf ? undefined : treeOf(a, file);
  // A malformed role object has no reliable comments to add to: fix the XML first.
  const ignore = sdf ? (sdf.doc.problem ? undefined : xmlIgnoreEdit(sdf, finding.rule, at)) : tree && ignoreEdit(tree, finding.rule, at);
  if (ignore) out.push({ title: `Ignore ${finding.rule} on this line`, edits: [{ file, ...ignore }] });
  return out;
}

/** The rule's own fixes for a finding, without "ignore" (which is never applied unasked). */
function ruleFixes(a: Analysis, finding: Finding): Fix[] {
  // Only the rule's own check attaches a subject (`add(rule, …)`), and the rule is found by the
  // finding's id, so the subject has the type that rule's fix reads.
  const f = finding as Finding<never>;
  const file = f.loc.file;
  const sdf = a.loaded.sdf?.get(file);
  if (sdf) return ruleById(f.rule)?.sdfFix?.({ loaded: a.loaded, index: a.index, file, sdf }, f) ?? [];
  const tree = treeOf(a, file);
  if (!tree) return [];
  return ruleById(f.rule)?.fix?.({ loaded: a.loaded, index: a.index, file, tree }, f) ?? [];
}

/**
 * The fixes of a finding that fix-all may apply unasked. Only rules that say they have some
 * (`autoFix`) are asked: the others' fixes (a role assignment, an expect line's change) cost a
 * decision or a layout each, and a code action request asks this of every finding in the file.
 */
function autoFixes(a: Analysis, f: Finding): Fix[] {
  return ruleById(f.rule)?.autoFix ? ruleFixes(a, f).filter((x) => x.auto) : [];
}

/** Whether fix-all would apply one of the finding's fixes. */
export function autoFixable(a: Analysis, f: Finding): boolean {
  return autoFixes(a, f).length > 0;
}

/** Inserts `<!-- nsroles-ignore RULE -->` above the line of `offset`, or adds RULE to one already there. */
export function xmlIgnoreEdit(sdf: SdfRoleFile, rule: string, offset: number): { span: Span; newText: string } {
  const lines = sdf.doc.lines;
  const line = lines.position(offset).line;
  const above = xmlIgnoreComments(sdf.file, sdf.doc).find((c) => c.line === line - 1);
  if (above) {
    const last = above.ids[above.ids.length - 1];
    const at = last ? last.end : sdf.text.indexOf('nsroles-ignore', above.span.start) + 'nsroles-ignore'.length;
    return { span: { start: at, end: at }, newText: last ? `, ${rule}` : ` ${rule}` };
  }
  const start = lines.lineStart(line);
  let i = start;
  while (sdf.text[i] === ' ' || sdf.text[i] === '\t') i++;
  return { span: { start, end: start }, newText: `${sdf.text.slice(start, i)}<!-- nsroles-ignore ${rule} -->${eolOf(sdf.text)}` };
}

/** Inserts `# nsroles-ignore RULE` above the line of `offset`, or adds RULE to one already there. */
export function ignoreEdit(tree: SyntaxTree, rule: string, offset: number): { span: Span; newText: string } {
  const line = tree.lines.position(offset).line;
  const above = ignoreCommentOnLine('', tree, line - 1);
  if (above) {
    const end = above.span.end;
    return { span: { start: end, end }, newText: above.ids.length ? `, ${rule}` : ` ${rule}` };
  }
  const start = tree.lines.lineStart(line);
  let i = start;
  while (tree.text[i] === ' ' || tree.text[i] === '\t') i++;
  return { span: { start, end: start }, newText: `${tree.text.slice(start, i)}# nsroles-ignore ${rule}${eolOfTree(tree)}` };
}

/** Lints a text of the file; the language server supplies it, with the rest of the account. */
export type Relint = (text: string) => { analysis: Analysis; findings: Finding[] };

/**
 * Applies safe fixes one at a time, linting again after each, until none is left; returns
 * the final text. One at a time, because each fix can move or remove the others.
 */
export function fixAllText(file: string, text: string, relint: Relint, only?: string): string {
  let current = text;
  const seen = new Set<string>([text]);
  for (let round = 0; round < 200; round++) {
    const { analysis, findings } = relint(current);
    let next: string | undefined;
    for (const f of findings) {
      if (f.loc.file !== file || (only && f.rule !== only)) continue;
      const fix = autoFixes(analysis, f).find((x) => x.edits.every((e) => e.file === file));
      if (!fix) continue;
      const candidate = applyEdits(current, fix.edits);
      if (seen.has(candidate)) continue;
      next = candidate;
      break;
    }
    if (next === undefined) return current;
    seen.add(next);
    current = next;
  }
  return current;
}

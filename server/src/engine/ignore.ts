import { citationsOf } from './citations';
import type { Finding } from './finding';
import { rule, ruleById } from './rules';
import type { SyntaxTree } from './syntax';
import { firstIndex } from './text';
import type { SdfRoleFile } from './sdf/role';
import type { XmlDocument } from './sdf/xml';

const IGNORE = /^#\s*nsroles-ignore\b(.*)$/;

/** An inline suppression: `# nsroles-ignore RULE-ID[, RULE-ID]` on the line before a finding. */
export interface IgnoreComment {
  file: string;
  line: number;
  ids: { id: string; start: number; end: number }[];
  span: { start: number; end: number };
}

/** One rule id of an ignore comment: what an NSR-IGNORE-UNUSED finding is about. */
export interface IgnoredId {
  comment: IgnoreComment;
  id: IgnoreComment['ids'][number];
}

export function ignoreComments(file: string, tree: SyntaxTree): IgnoreComment[] {
  const out: IgnoreComment[] = [];
  for (const c of tree.comments) {
    const x = ignoreComment(file, tree, c);
    if (x) out.push(x);
  }
  return out;
}

/**
 * The suppression written on `line` of the tree, if any: found by binary search, since a fix
 * asks for the line above each finding (a line holds at most one comment: it runs to the end).
 */
export function ignoreCommentOnLine(file: string, tree: SyntaxTree, line: number): IgnoreComment | undefined {
  if (line < 0) return undefined;
  const start = tree.lines.lineStart(line);
  const list = tree.comments;
  const c = list[firstIndex(list.length, (i) => list[i].span.start >= start)];
  if (!c || tree.lines.position(c.span.start).line !== line) return undefined;
  return ignoreComment(file, tree, c);
}

/** The suppression a comment of `tree` writes, if it is one. */
export function ignoreComment(file: string, tree: SyntaxTree, c: SyntaxTree['comments'][number]): IgnoreComment | undefined {
  const m = IGNORE.exec(c.text);
  if (!m) return undefined;
  const ids: IgnoreComment['ids'] = [];
  const restStart = c.span.start + c.text.length - m[1].length;
  const re = /[^\s,]+/g;
  for (let x = re.exec(m[1]); x; x = re.exec(m[1])) ids.push({ id: x[0], start: restStart + x.index, end: restStart + x.index + x[0].length });
  return { file, line: tree.lines.position(c.span.start).line, ids, span: c.span };
}

const XML_IGNORE = /^\s*nsroles-ignore\b([\s\S]*)$/;

/** The same suppression in a SuiteCloud role object: `<!-- nsroles-ignore RULE-ID -->`. */
export function xmlIgnoreComments(file: string, doc: XmlDocument): IgnoreComment[] {
  const out: IgnoreComment[] = [];
  for (const c of doc.comments) {
    const m = XML_IGNORE.exec(c.value);
    if (!m) continue;
    const restStart = c.span.start + 4 + c.value.length - m[1].length;
    const ids: IgnoreComment['ids'] = [];
    const re = /[^\s,]+/g;
    for (let x = re.exec(m[1]); x; x = re.exec(m[1])) ids.push({ id: x[0], start: restStart + x.index, end: restStart + x.index + x[0].length });
    out.push({ file, line: doc.lines.position(c.span.start).line, ids, span: c.span });
  }
  return out;
}

/** Drops findings suppressed by ignore comments, and reports unknown or unused ignores. */
export function applyIgnores(findings: Finding[], trees: Map<string, SyntaxTree>, sdf?: Map<string, SdfRoleFile>): Finding[] {
  const all: IgnoreComment[] = [];
  for (const [file, tree] of trees) all.push(...ignoreComments(file, tree));
  for (const [file, f] of sdf ?? []) all.push(...xmlIgnoreComments(file, f.doc));
  if (!all.length) return findings;
  const linesOf = (file: string) => trees.get(file)?.lines ?? sdf?.get(file)?.doc.lines;
  const used = new Set<string>();
  const byLine = new Map<string, IgnoreComment>();
  for (const c of all) byLine.set(`${c.file}\n${c.line + 1}`, c);
  const kept = findings.filter((f) => {
    const lines = linesOf(f.loc.file);
    if (!lines) return true;
    const c = byLine.get(`${f.loc.file}\n${lines.position(f.loc.span.start).line}`);
    const hit = c?.ids.find((i) => i.id === f.rule);
    if (!hit) return true;
    used.add(`${c!.file}\n${hit.start}`);
    return false;
  });
  for (const c of all) {
    if (!c.ids.length) {
      kept.push(mk('NSR-IGNORE-UNKNOWN', c.file, c.span, 'This ignore comment names no rule; write the rule id after nsroles-ignore.'));
    }
    for (const i of c.ids) {
      if (!ruleById(i.id)) kept.push(mk('NSR-IGNORE-UNKNOWN', c.file, i, `Unknown rule id '${i.id}' in ignore comment.`));
      else if (!used.has(`${c.file}\n${i.start}`)) {
        const unused: Finding<IgnoredId> = {
          ...mk('NSR-IGNORE-UNUSED', c.file, i, `Nothing on the next line is reported by ${i.id}; remove this ignore.`),
          unnecessary: true,
          data: { kind: 'remove-ignore' },
          subject: { comment: c, id: i },
        };
        kept.push(unused);
      }
    }
  }
  return kept;
}

function mk(id: string, file: string, span: { start: number; end: number }, message: string): Finding {
  const meta = rule(id);
  return { rule: id, severity: meta.severity, loc: { file, span: { start: span.start, end: span.end } }, message, citations: citationsOf(meta) };
}

import {
  applyEdits,
  decide,
  expectRequest,
  factsOf,
  suggest,
  changeEdits,
  eolOf,
  type ExpectLine,
  type FileEdit,
  type Finding,
  type FixData,
  findPermission,
  safeToPrefer,
  ignoreComments,
  insertIntoBlock,
  LOGIN,
  nameKey,
  quoteName,
  removeStatement,
  type SdfRoleFile,
  type Span,
  type SyntaxTree,
  xmlIgnoreComments,
} from '../engine';
import { type Analysis, treeOf } from './analysis';

/** One way to repair a finding. */
export interface Fix {
  title: string;
  edits: FileEdit[];
  preferred?: boolean;
  /** Safe to apply unseen, so "fix all" may use it. */
  auto?: boolean;
}

/** Every fix for a finding, the preferred one first, and "ignore" last. */
export function fixesFor(a: Analysis, f: Finding): Fix[] {
  const sdf = a.loaded.sdf?.get(f.loc.file);
  if (sdf) return sdfFixes(sdf, f);
  const tree = treeOf(a, f.loc.file);
  if (!tree) return [];
  const out = f.data ? dataFixes(a, f, f.data, tree) : [];
  if (!f.rule.startsWith('NSR-IGNORE')) {
    const edit = ignoreEdit(tree, f.rule, f.loc.span.start);
    out.push({ title: `Ignore ${f.rule} on this line`, edits: [{ file: f.loc.file, ...edit }] });
  }
  return out;
}

function dataFixes(a: Analysis, f: Finding, d: FixData, tree: SyntaxTree): Fix[] {
  const file = f.loc.file;
  const edit = (span: Span, newText: string): FileEdit[] => [{ file, span, newText }];
  switch (d.kind) {
    case 'did-you-mean': {
      // A permission fix never replaces what may be a real ID, nor writes one that gives token or 2FA-relevant access.
      const safe = (c: string) => d.refKind !== 'permission' || (!d.preferNone && safeToPrefer(findPermission(c)!));
      const fixes: Fix[] = d.candidates.map((c, i) => ({
        title: `Change to '${c}'`,
        edits: edit(f.loc.span, refText(a, d.refKind, c)),
        preferred: i === 0 && safe(c),
        auto: d.candidates.length === 1 && safe(c),
      }));
      const create = createEdit(tree, file, d.refKind, d.name, tree.text[f.loc.span.start] !== '"');
      if (create) fixes.push({ title: `Create ${d.refKind} '${d.name}'`, edits: [create] });
      return fixes;
    }
    case 'two-factor': {
      const role = a.loaded.model.roles.find(
        (r) => r.loc.file === file && (r.nameLoc.span.start === f.loc.span.start || r.twoFactor?.loc.span.start === f.loc.span.start),
      );
      if (!role) return [];
      if (d.current === 'not-required' && role.twoFactor)
        return [{ title: "Change to 'two-factor required'", edits: edit(role.twoFactor.loc.span, 'two-factor required'), preferred: true, auto: true }];
      const stmt = tree.statements.find((s) => s.span.start === role.loc.span.start);
      const ins = stmt && insertIntoBlock(tree, stmt, 'two-factor required');
      return ins ? [{ title: "Add 'two-factor required'", edits: [{ file, ...ins }], preferred: true, auto: true }] : [];
    }
    case 'remove-permission': {
      // Every full grant of the login permission goes: with one left the finding would stay.
      const r = changeEdits(a.loaded, [{ kind: 'remove-permission', role: d.role, permission: LOGIN }]);
      const covers = 'edits' in r && r.edits.some((e) => e.file === file && e.span.start <= f.loc.span.start && f.loc.span.end <= e.span.end);
      // By name the change reaches the first role of that name; a later one with the same name
      // gets its own full login grants removed here.
      const role = a.loaded.model.roles.find((x) => x.loc.file === file && x.permissions.some((g) => g.loc.span.start === f.loc.span.start));
      const grants = role?.permissions.filter((g) => g.info?.id === LOGIN && g.level === 'full' && g.loc.file === file) ?? [];
      const spans = grants.length ? grants.map((g) => g.loc.span) : [f.loc.span];
      const edits = covers ? r.edits : spans.map((span) => ({ file, ...removeStatement(tree.text, span) }));
      return [{ title: 'Remove the unnecessary permission', edits, preferred: true, auto: true }];
    }
    case 'set-level-full': {
      const grant = a.loaded.model.roles.flatMap((r) => r.permissions).find((g) => g.levelLoc?.file === file && g.levelLoc.span.start === f.loc.span.start);
      return grant ? [{ title: 'Set the level to full', edits: edit(grant.levelLoc!.span, 'full'), preferred: true, auto: true }] : [];
    }
    case 'assign-role': {
      const r = changeEdits(a.loaded, [{ kind: 'assign-role', user: d.user, role: d.role }]);
      return 'edits' in r ? [{ title: `Assign role '${d.role}' to user '${d.user}'`, edits: r.edits, preferred: true }] : [];
    }
    case 'expect': {
      const e = a.loaded.model.expects.find((x) => x.loc.file === file && x.loc.span.start === f.loc.span.start);
      return e ? expectFixes(a, e, d) : [];
    }
    case 'remove-ignore': {
      const ins = removeIgnoreId(tree, file, f.loc.span);
      return ins ? [{ title: 'Remove this unused ignore', edits: [{ file, ...ins }], preferred: true, auto: true }] : [];
    }
    case 'sdf-edits': // role objects' fixes come from sdfFixes
      return [];
  }
}

/**
 * Fixes in a SuiteCloud role object: the engine's own edits. Not `auto`: fix-all stays in role
 * files, so saving never rewrites XML that SuiteCloud deploys.
 */
function sdfFixes(sdf: SdfRoleFile, f: Finding): Fix[] {
  const file = f.loc.file;
  const out: Fix[] = [];
  if (f.data?.kind === 'sdf-edits') {
    for (const x of f.data.fixes) out.push({ title: x.title, edits: x.edits.map((e) => ({ file, span: e.span, newText: e.newText })), preferred: x.preferred });
  } else if (f.data?.kind === 'remove-ignore') {
    const c = xmlIgnoreComments(file, sdf.doc).find((x) => x.span.start <= f.loc.span.start && f.loc.span.end <= x.span.end);
    if (c)
      out.push({
        title: 'Remove this unused ignore',
        edits: [{ file, ...(c.ids.length === 1 ? removeStatement(sdf.text, c.span) : removeId(c, f.loc.span)) }],
        preferred: true,
      });
  }
  // A malformed file has no reliable comments to add to: fix the XML first.
  if (!f.rule.startsWith('NSR-IGNORE') && !sdf.doc.problem)
    out.push({ title: `Ignore ${f.rule} on this line`, edits: [{ file, ...xmlIgnoreEdit(sdf, f.rule, f.loc.span.start) }] });
  return out;
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

function removeId(c: { ids: { start: number; end: number }[] }, span: Span): { span: Span; newText: string } {
  const k = c.ids.findIndex((i) => i.start === span.start);
  if (k > 0) return { span: { start: c.ids[k - 1].end, end: c.ids[k].end }, newText: '' };
  return { span: { start: c.ids[0].start, end: c.ids[1].start }, newText: '' };
}

function expectFixes(a: Analysis, e: ExpectLine, d: Extract<FixData, { kind: 'expect' }>): Fix[] {
  const out: Fix[] = [];
  // Suggestions are computed here, for the line asked about, not by lint for every failing line.
  const req = expectRequest(e, a.index);
  const facts = factsOf(a.loaded.model, a.index);
  const suggestions = req ? suggest(facts, req, decide(facts, req)) : [];
  for (const s of suggestions) {
    const r = changeEdits(a.loaded, s.changes, { expect: e });
    if ('edits' in r) out.push({ title: `Make it hold: ${lowerFirst(s.text)}`, edits: r.edits, preferred: out.length === 0 });
  }
  const flipped = e.expected.value === 'can' ? 'cannot' : 'can';
  out.push({
    title: `Expect '${flipped}' instead (the decision is ${d.actual.toUpperCase()})`,
    edits: [{ file: e.loc.file, span: e.expected.loc.span, newText: flipped }],
  });
  return out;
}

/** How to write a candidate name where a reference of this kind goes. */
function refText(a: Analysis, kind: string, c: string): string {
  if (kind === 'permission') return findPermission(c)?.id === c ? c : quoteName(c);
  if (kind !== 'role') return quoteName(c);
  const byName = a.index.roles.get(nameKey(c));
  if (byName) return quoteName(byName.name);
  return a.index.rolesById.get(nameKey(c))?.id?.value ?? quoteName(c);
}

/** A new, empty declaration at the end of the file. */
function createEdit(tree: SyntaxTree, file: string, kind: string, name: string, bare: boolean): FileEdit | undefined {
  if (kind !== 'role' && kind !== 'user' && kind !== 'integration') return undefined;
  const nl = eolOf(tree.text);
  const body = kind === 'role' && bare ? ` id ${name} ` : kind === 'integration' ? `${nl}  token-based-authentication enabled${nl}  state enabled${nl}` : '';
  const decl = `${kind} ${quoteName(name)} {${body}}`;
  const end = tree.text.length;
  const lead = end === 0 ? '' : tree.text.endsWith('\n') ? nl : nl + nl;
  return { file, span: { start: end, end }, newText: `${lead}${decl}${nl}` };
}

/** Inserts `# nsroles-ignore RULE` above the line of `offset`, or adds RULE to one already there. */
export function ignoreEdit(tree: SyntaxTree, rule: string, offset: number): { span: Span; newText: string } {
  const line = tree.lines.position(offset).line;
  const above = ignoreComments('', tree).find((c) => c.line === line - 1);
  if (above) {
    const end = above.span.end;
    return { span: { start: end, end }, newText: above.ids.length ? `, ${rule}` : ` ${rule}` };
  }
  const start = tree.lines.lineStart(line);
  let i = start;
  while (tree.text[i] === ' ' || tree.text[i] === '\t') i++;
  return { span: { start, end: start }, newText: `${tree.text.slice(start, i)}# nsroles-ignore ${rule}${eolOf(tree.text)}` };
}

function removeIgnoreId(tree: SyntaxTree, file: string, span: Span): { span: Span; newText: string } | undefined {
  const c = ignoreComments(file, tree).find((x) => x.span.start <= span.start && span.end <= x.span.end);
  if (!c) return undefined;
  const k = c.ids.findIndex((i) => i.start === span.start);
  if (k < 0) return undefined;
  if (c.ids.length === 1) {
    const whole = removeStatement(tree.text, c.span);
    if (whole.span.end > c.span.end) return whole;
    // A trailing comment: drop it and the blanks before it, keep the code.
    let start = c.span.start;
    while (start > 0 && (tree.text[start - 1] === ' ' || tree.text[start - 1] === '\t')) start--;
    return { span: { start, end: c.span.end }, newText: '' };
  }
  if (k > 0) return { span: { start: c.ids[k - 1].end, end: c.ids[k].end }, newText: '' };
  return { span: { start: c.ids[0].start, end: c.ids[1].start }, newText: '' };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
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
      const fix = fixesFor(analysis, f).find((x) => x.auto && x.edits.every((e) => e.file === file));
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

import { statementOf } from './bind';
import type { LoadedAccount } from './load';
import { type AccountIndex, accountIndexOf } from './lookup';
import type { ExpectLine, RoleDefinition, UserDefinition } from './model';
import { findPermission, isTbaId, PERMISSIONS } from './permissions';
import { nearMiss } from './nearMiss';
import { sdfChangeEdits } from './sdf/changes';
import type { ModelChange } from './suggest';
import type { Statement, SyntaxTree } from './syntax';
import type { Span } from './text';
import { nameKey } from './vocabulary';

/** Replace `span` of `file` with `newText`. */
export interface FileEdit {
  file: string;
  span: Span;
  newText: string;
}

/** The edits that make some model changes, or why they cannot be written. */
export type ChangeEdits = { edits: FileEdit[] } | { error: string };

/** A name as a string literal of the language. */
export function quoteName(name: string): string {
  return `"${name.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/** Applies non-overlapping edits to one text. */
export function applyEdits(text: string, edits: { span: Span; newText: string }[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = Math.max(at, e.span.end);
  }
  return out + text.slice(at);
}

/**
 * Writes model changes (a suggestion's Apply) as text edits in the files that declare the
 * roles and users concerned. `use-channel` changes only an expect line, so it needs one.
 */
export function changeEdits(loaded: LoadedAccount, changes: ModelChange[], context: { expect?: ExpectLine } = {}): ChangeEdits {
  const w = new Writer(loaded);
  for (const c of changes) {
    const error = w.change(c, context.expect);
    if (error) return { error };
  }
  return { edits: w.finish() };
}

class Writer {
  private readonly edits: FileEdit[] = [];
  /** Statements being removed, and lines to add at the end of blocks once all removals are known. */
  private readonly removed: { file: string; span: Span }[] = [];
  private readonly added: { decl: { name: string; loc: { file: string; span: Span } }; stmt: Statement; lines: string[] }[] = [];
  private readonly index: AccountIndex;

  constructor(private readonly loaded: LoadedAccount) {
    this.index = accountIndexOf(loaded.model);
  }

  change(c: ModelChange, expect: ExpectLine | undefined): string | undefined {
    switch (c.kind) {
      case 'add-permission':
      case 'remove-permission':
        if (this.isSdf(c.role)) return this.sdf(c.role, c);
        return this.permission(c.role, c.permission, c.kind === 'add-permission');
      case 'assign-role':
      case 'unassign-role':
        return this.assignment(c.user, c.role, c.kind === 'assign-role');
      case 'set-role-flag': {
        if (this.isSdf(c.role)) return this.sdf(c.role, c);
        const role = this.role(c.role);
        if (typeof role === 'string') return role;
        return this.flag(role, role[c.flag === 'inactive' ? 'inactive' : 'webServicesOnly'], c.flag, c.value);
      }
      case 'set-user-inactive': {
        const user = this.index.user(c.user);
        if (!user) return `No user '${c.user}' is defined.`;
        return this.flag(user, user.inactive, 'inactive', c.value);
      }
      case 'enable-tba':
        for (const a of this.loaded.model.accounts) {
          if (a.tba?.value === false) this.replace(a.tba.loc.file, a.tba.loc.span, 'token-based-authentication enabled');
        }
        return undefined;
      case 'use-channel':
        if (!expect) return 'The channel is part of the request, not of the role files: choose it in the simulator.';
        if (expect.channel) this.replace(expect.channel.loc.file, expect.channel.loc.span, c.channel);
        else this.insert(expect.loc.file, expect.loc.span.end, ` via ${c.channel}`);
        return undefined;
    }
  }

  private isSdf(name: string): boolean {
    return this.index.role(name)?.origin === 'sdf';
  }

  /** A change to a SuiteCloud role object, written as XML edits in its own file. */
  private sdf(name: string, c: ModelChange): string | undefined {
    const role = this.index.role(name)!;
    const f = this.loaded.sdf?.get(role.loc.file);
    if (!f) return `Role '${role.name}' is a SuiteCloud role object that was not read; change it in its XML file.`;
    const r = sdfChangeEdits(f, c);
    if (typeof r === 'string') return r;
    for (const e of r) this.edits.push({ file: f.file, span: e.span, newText: e.newText });
    return undefined;
  }

  private role(name: string): RoleDefinition | string {
    const role = this.index.role(name);
    if (!role) return `No role '${name}' is defined.`;
    if (role.origin !== 'nsroles') return `Role '${role.name}' is a SuiteCloud role object; change it in its XML file.`;
    return role;
  }

  private permission(roleName: string, id: string, add: boolean): string | undefined {
    const role = this.role(roleName);
    if (typeof role === 'string') return role;
    const grants = role.permissions.filter((g) => g.info?.id === id);
    if (!add) {
      for (const g of grants.filter((x) => x.level === 'full')) this.remove(g.loc.file, g.loc.span);
      return undefined;
    }
    if (grants.some((g) => g.level === 'full')) return undefined;
    const g = grants.find((x) => x.levelLoc);
    if (g) {
      this.replace(g.levelLoc!.file, g.levelLoc!.span, 'full');
      return undefined;
    }
    const info = findPermission(id) ?? PERMISSIONS.find((p) => p.id === id);
    // A misspelled line for this permission is corrected rather than kept beside a new one.
    const near = isTbaId(id) ? nearMiss(role, id) : undefined;
    if (near?.kind === 'name') {
      const g = near.grant;
      this.replace(g.refLoc.file, g.refLoc.span, /^[A-Za-z0-9_]+$/.test(g.ref) ? id : quoteName(near.intended));
      if (g.levelLoc && g.level !== 'full') this.replace(g.levelLoc.file, g.levelLoc.span, 'full');
      return undefined;
    }
    return this.addLine(role, `permission ${info ? quoteName(info.name) : id} full`);
  }

  private assignment(userName: string, roleName: string, assign: boolean): string | undefined {
    const user = this.index.user(userName);
    if (!user) return `No user '${userName}' is defined.`;
    const role = this.index.role(roleName);
    if (!role) return `No role '${roleName}' is defined.`;
    const refs = user.roles.filter((r) => this.index.role(r) === role);
    if (assign) return refs.length ? undefined : this.addLine(user, `role ${this.roleRef(role, roleName)}`);
    const tree = this.tree(user.loc.file);
    for (const ref of refs) {
      const s = tree && innerStatementAt(tree, ref.loc.span.start);
      if (s) this.remove(user.loc.file, s.span);
    }
    return undefined;
  }

  /**
   * How a user block names `role`, which `ref` reached: by its name, unless an earlier role has
   * that name (the line would then give the user that one); else the way `ref` reached it, an
   * id written bare as ids are. Either form resolves as `ref` did.
   */
  private roleRef(role: RoleDefinition, ref: string): string {
    if (this.index.role(role.name) === role) return quoteName(role.name);
    const id = role.id?.value;
    if (id !== undefined && nameKey(id) === nameKey(ref) && /^[A-Za-z0-9_.@-]+$/.test(id) && this.index.role({ key: nameKey(id), bare: true }) === role)
      return id;
    return quoteName(ref.trim());
  }

  private flag(
    decl: RoleDefinition | UserDefinition,
    current: { loc: { file: string; span: Span } } | undefined,
    keyword: string,
    value: boolean,
  ): string | undefined {
    if (value) return current ? undefined : this.addLine(decl, keyword);
    if (!current) return undefined;
    // A flag written twice is still set when one line goes: every line that sets it goes.
    const tree = this.tree(decl.loc.file);
    const stmt = tree && statementOf(tree, decl);
    const lines = stmt?.block?.statements.filter((s) => s.keyword === keyword) ?? [];
    if (!lines.some((s) => s.span.start === current.loc.span.start)) this.remove(current.loc.file, current.loc.span);
    for (const s of lines) this.remove(decl.loc.file, s.span);
    return undefined;
  }

  private tree(file: string): SyntaxTree | undefined {
    return this.loaded.trees.get(file);
  }

  private addLine(decl: { name: string; loc: { file: string; span: Span } }, line: string): string | undefined {
    const tree = this.tree(decl.loc.file);
    const stmt = tree && statementOf(tree, decl);
    if (!stmt || !writable(tree!, stmt)) return `The block of '${decl.name}' is not closed or has a syntax error; fix the syntax first.`;
    const known = this.added.find((x) => x.stmt === stmt);
    if (known) known.lines.push(line);
    else this.added.push({ decl, stmt, lines: [line] });
    return undefined;
  }

  private remove(file: string, span: Span): void {
    const tree = this.tree(file);
    if (!tree) return;
    this.removed.push({ file, span });
    this.edits.push({ file, ...removeStatement(tree.text, span) });
  }

  /**
   * The edits, none overlapping (clients refuse a workspace edit whose ranges overlap). Lines
   * are added after the last statement that stays: "reactivate and assign a role" removes the
   * `inactive` line a block's insertion point would otherwise sit in.
   */
  finish(): FileEdit[] {
    for (const { decl, stmt, lines } of this.added) {
      const file = decl.loc.file;
      const gone = (s: Statement) => this.removed.some((r) => r.file === file && r.span.start <= s.span.start && s.span.end <= r.span.end);
      const edit = insertLines(this.tree(file)!, stmt, lines, gone);
      if (edit) this.edits.push({ file, ...edit });
    }
    const out: FileEdit[] = [];
    for (const file of new Set(this.edits.map((e) => e.file)))
      out.push(
        ...disjoint(
          file,
          this.tree(file)?.text,
          this.edits.filter((e) => e.file === file),
        ),
      );
    return out;
  }

  private replace(file: string, span: Span, newText: string): void {
    this.edits.push({ file, span, newText });
  }

  private insert(file: string, at: number, newText: string): void {
    this.edits.push({ file, span: { start: at, end: at }, newText });
  }
}

/** The statement inside a block that covers `offset`. */
export function innerStatementAt(tree: SyntaxTree, offset: number): Statement | undefined {
  for (const s of tree.statements) {
    if (!s.block || offset < s.span.start || offset > s.span.end) continue;
    return s.block.statements.find((x) => x.span.start <= offset && offset <= x.span.end);
  }
  return undefined;
}

/**
 * Adds a property line at the end of a block, keeping its layout (one line or one per line).
 * Statements for which `skip` holds (being removed by the same change) are not anchors.
 */
export function insertIntoBlock(
  tree: SyntaxTree,
  stmt: Statement,
  line: string,
  skip?: (s: Statement) => boolean,
): { span: Span; newText: string } | undefined {
  const block = stmt.block;
  if (!block?.close || !writable(tree, stmt)) return undefined;
  const { text, lines } = tree;
  const kept = skip ? block.statements.filter((s) => !skip(s)) : block.statements;
  const last = kept[kept.length - 1];
  const closeLine = lines.position(block.close.start).line;
  if (!last) {
    if (lines.position(block.open.start).line === closeLine) return { span: { start: block.open.end, end: block.close.start }, newText: ` ${line} ` };
    return {
      span: { start: block.open.end, end: block.open.end },
      newText: `${eolOfTree(tree)}${indentOf(text, lines.lineStart(lines.position(stmt.span.start).line))}  ${line}`,
    };
  }
  const anchor = lines.position(last.span.end).line;
  if (anchor === closeLine) return { span: { start: last.span.end, end: last.span.end }, newText: `; ${line}` };
  const at = lineEndAt(text, last.span.end);
  const indent = indentOf(text, lines.lineStart(lines.position(last.span.start).line));
  const sameLineAsHeader = lines.position(last.span.start).line === lines.position(block.open.start).line;
  const pad = sameLineAsHeader ? indentOf(text, lines.lineStart(lines.position(stmt.span.start).line)) + '  ' : indent;
  return { span: { start: at, end: at }, newText: `${eolOfTree(tree)}${pad}${line}` };
}

/** A closed block with no syntax error inside: broken text gives no reliable place to add a line. */
function writable(tree: SyntaxTree, stmt: Statement): boolean {
  const b = stmt.block;
  return !!b?.close && !tree.errors.some((e) => e.span.start < b.close!.end && e.span.end > b.open.start);
}

/** Several lines added to one block in one edit, laid out as insertIntoBlock lays out one. */
function insertLines(tree: SyntaxTree, stmt: Statement, add: string[], skip: (s: Statement) => boolean): { span: Span; newText: string } | undefined {
  const first = insertIntoBlock(tree, stmt, add[0], skip);
  if (!first || add.length === 1) return first;
  const nl = eolOfTree(tree);
  const rest = add.slice(1);
  if (first.newText.startsWith(nl)) {
    const pad = first.newText.slice(nl.length, first.newText.length - add[0].length);
    return { span: first.span, newText: first.newText + rest.map((l) => nl + pad + l).join('') };
  }
  if (first.newText.startsWith(';')) return { span: first.span, newText: first.newText + rest.map((l) => `; ${l}`).join('') };
  return { span: first.span, newText: ` ${add.join('; ')} ` };
}

/** Edits of one file with overlapping ones merged into one edit that does what they do in order. */
function disjoint(file: string, text: string | undefined, edits: FileEdit[]): FileEdit[] {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.i - b.i);
  const out: FileEdit[] = [];
  let group: FileEdit[] = [];
  const flush = () => {
    if (group.length === 1 || text === undefined) out.push(...group);
    else if (group.length) {
      const start = Math.min(...group.map((e) => e.span.start));
      const end = Math.max(...group.map((e) => e.span.end));
      const shifted = group.map((e) => ({ span: { start: e.span.start - start, end: e.span.end - start }, newText: e.newText }));
      out.push({ file, span: { start, end }, newText: applyEdits(text.slice(start, end), shifted) });
    }
    group = [];
  };
  for (const { e } of sorted) {
    const end = group.length ? Math.max(...group.map((g) => g.span.end)) : -1;
    // Touching edits (one ends where the next starts) do not overlap; clients accept them.
    if (group.length && e.span.start >= end) flush();
    group.push(e);
  }
  flush();
  return out;
}

/** Deletes a statement: its whole line when it stands alone, else it and one `;` beside it. */
export function removeStatement(text: string, span: Span): { span: Span; newText: string } {
  let a = span.start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  let b = span.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  const aloneBefore = a === 0 || text[a - 1] === '\n' || text[a - 1] === '\r';
  const restEnd = lineEndAt(text, b);
  // A comment after it is the author's words: it stays, on the line the statement leaves.
  if (aloneBefore && text[b] === '#') return { span: { start: span.start, end: b }, newText: '' };
  if (aloneBefore && b === restEnd) {
    let end = restEnd;
    if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
    else if (end < text.length) end += 1;
    return { span: { start: a, end }, newText: '' };
  }
  if (text[b] === ';') {
    b++;
    while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
    return { span: { start: span.start, end: b }, newText: '' };
  }
  if (a > 0 && text[a - 1] === ';') return { span: { start: a - 1, end: span.end }, newText: '' };
  return { span: { start: span.start, end: b }, newText: '' };
}

function lineEndAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function indentOf(text: string, lineStart: number): string {
  let i = lineStart;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(lineStart, i);
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * `eolOf(tree.text)`, remembered per tree: a fix asks it for each finding, and looking for a CR
 * in a large file that has none reads all of it (7 MB at 100,000 lines).
 */
export function eolOfTree(tree: SyntaxTree): string {
  let eol = EOLS.get(tree);
  if (eol === undefined) EOLS.set(tree, (eol = eolOf(tree.text)));
  return eol;
}

const EOLS = new WeakMap<SyntaxTree, string>();

/** One edit covering only what differs, widened to whole lines so clients keep the cursor. */
export function minimalEdit(a: string, b: string): { span: Span; newText: string } {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  while (p > 0 && a[p - 1] !== '\n') p--;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  while (s > 0 && a[a.length - s - 1] !== '\n') s--;
  return { span: { start: p, end: a.length - s }, newText: b.slice(p, b.length - s) };
}

import { LoadedAccount } from './load';
import { AccountIndex } from './lookup';
import { ExpectLine, RoleDefinition, UserDefinition } from './model';
import { findPermission, PERMISSIONS } from './permissions';
import { sdfChangeEdits } from './sdf/changes';
import { ModelChange } from './suggest';
import { Statement, SyntaxTree } from './syntax';
import { Span } from './text';

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
  return { edits: w.edits };
}

class Writer {
  readonly edits: FileEdit[] = [];
  private readonly index: AccountIndex;

  constructor(private readonly loaded: LoadedAccount) {
    this.index = new AccountIndex(loaded.model);
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
    return this.addLine(role, `permission ${info ? quoteName(info.name) : id} full`);
  }

  private assignment(userName: string, roleName: string, assign: boolean): string | undefined {
    const user = this.index.user(userName);
    if (!user) return `No user '${userName}' is defined.`;
    const role = this.index.role(roleName);
    if (!role) return `No role '${roleName}' is defined.`;
    const refs = user.roles.filter((r) => this.index.role(r) === role);
    if (assign) return refs.length ? undefined : this.addLine(user, `role ${quoteName(role.name)}`);
    const tree = this.tree(user.loc.file);
    for (const ref of refs) {
      const s = tree && innerStatementAt(tree, ref.loc.span.start);
      if (s) this.remove(user.loc.file, s.span);
    }
    return undefined;
  }

  private flag(decl: RoleDefinition | UserDefinition, current: { loc: { file: string; span: Span } } | undefined, keyword: string, value: boolean): string | undefined {
    if (value) return current ? undefined : this.addLine(decl, keyword);
    if (current) this.remove(current.loc.file, current.loc.span);
    return undefined;
  }

  private tree(file: string): SyntaxTree | undefined {
    return this.loaded.trees.get(file);
  }

  private addLine(decl: { name: string; loc: { file: string; span: Span } }, line: string): string | undefined {
    const tree = this.tree(decl.loc.file);
    const stmt = tree?.statements.find((s) => s.span.start === decl.loc.span.start);
    const edit = tree && stmt && insertIntoBlock(tree, stmt, line);
    if (!edit) return `The block of '${decl.name}' is not closed; fix the syntax first.`;
    this.edits.push({ file: decl.loc.file, ...edit });
    return undefined;
  }

  private remove(file: string, span: Span): void {
    const tree = this.tree(file);
    if (tree) this.edits.push({ file, ...removeStatement(tree.text, span) });
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

/** Adds a property line at the end of a block, keeping its layout (one line or one per line). */
export function insertIntoBlock(tree: SyntaxTree, stmt: Statement, line: string): { span: Span; newText: string } | undefined {
  const block = stmt.block;
  if (!block?.close) return undefined;
  const { text, lines } = tree;
  const last = block.statements[block.statements.length - 1];
  const closeLine = lines.position(block.close.start).line;
  if (!last) {
    if (lines.position(block.open.start).line === closeLine) return { span: { start: block.open.end, end: block.close.start }, newText: ` ${line} ` };
    return { span: { start: block.open.end, end: block.open.end }, newText: `${eolOf(text)}${indentOf(text, lines.lineStart(lines.position(stmt.span.start).line))}  ${line}` };
  }
  const anchor = lines.position(last.span.end).line;
  if (anchor === closeLine) return { span: { start: last.span.end, end: last.span.end }, newText: `; ${line}` };
  const at = lineEndAt(text, last.span.end);
  const indent = indentOf(text, lines.lineStart(lines.position(last.span.start).line));
  const sameLineAsHeader = lines.position(last.span.start).line === lines.position(block.open.start).line;
  const pad = sameLineAsHeader ? indentOf(text, lines.lineStart(lines.position(stmt.span.start).line)) + '  ' : indent;
  return { span: { start: at, end: at }, newText: `${eolOf(text)}${pad}${line}` };
}

/** Deletes a statement: its whole line when it stands alone, else it and one `;` beside it. */
export function removeStatement(text: string, span: Span): { span: Span; newText: string } {
  let a = span.start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  let b = span.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  const aloneBefore = a === 0 || text[a - 1] === '\n' || text[a - 1] === '\r';
  const restEnd = lineEndAt(text, b);
  const aloneAfter = b === restEnd || text[b] === '#';
  if (aloneBefore && aloneAfter) {
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

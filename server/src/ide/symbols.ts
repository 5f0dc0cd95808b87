import type { AccountModel, Span } from '../engine';
import { type Analysis, treeOf } from './analysis';

export type SymbolKind = 'account' | 'role' | 'user' | 'integration' | 'token' | 'expect' | 'include' | 'permission' | 'role-ref';

/** An outline entry: the whole declaration, the name to select, and what it contains. */
export interface SymbolNode {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selection: Span;
  children: SymbolNode[];
}

/** The outline of the analysis' file, in the order written. */
export function documentSymbols(a: Analysis): SymbolNode[] {
  return fileSymbols(a.loaded.model, a.file, treeOf(a)?.text ?? '');
}

/** The declarations a file makes, from any model that has read it. */
export function fileSymbols(m: AccountModel, file: string, text: string): SymbolNode[] {
  const mine = (l: { file: string }) => l.file === file;
  const out: SymbolNode[] = [];
  const node = (kind: SymbolKind, name: string, span: Span, selection: Span, detail?: string, children: SymbolNode[] = []): SymbolNode => ({
    name: name || '(unnamed)',
    kind,
    span,
    selection,
    detail,
    children,
  });
  for (const x of m.accounts.filter((d) => mine(d.loc))) {
    out.push(node('account', x.name, x.loc.span, x.nameLoc.span, x.tba?.value === false ? 'TBA disabled' : 'TBA enabled'));
  }
  for (const r of m.roles.filter((d) => mine(d.loc))) {
    const perms = r.permissions.map((g) => node('permission', g.info?.name ?? g.ref, g.loc.span, g.refLoc.span, g.level));
    const detail = [r.id?.value, r.administrator && 'administrator', r.inactive && 'inactive'].filter(Boolean).join(' · ');
    out.push(node('role', r.name, r.loc.span, r.nameLoc.span, detail || undefined, perms));
  }
  for (const u of m.users.filter((d) => mine(d.loc))) {
    const roles = u.roles.map((ref) => node('role-ref', ref.name, ref.loc.span, ref.loc.span));
    out.push(node('user', u.name, u.loc.span, u.nameLoc.span, u.inactive ? 'inactive' : undefined, roles));
  }
  for (const i of m.integrations.filter((d) => mine(d.loc))) out.push(node('integration', i.name, i.loc.span, i.nameLoc.span, i.state?.value));
  for (const t of m.tokens.filter((d) => mine(d.loc))) {
    const detail = t.user && t.role ? `${t.user.name} as ${t.role.name}` : undefined;
    out.push(
      node(
        'token',
        t.name,
        t.loc.span,
        t.nameLoc.span,
        t.revoked || t.inactive ? [detail, t.revoked ? 'revoked' : 'inactive'].filter(Boolean).join(' · ') : detail,
      ),
    );
  }
  for (const i of m.includes.filter((d) => mine(d.loc))) out.push(node('include', i.path, i.loc.span, i.loc.span));
  for (const e of m.expects.filter((d) => mine(d.loc))) {
    out.push(node('expect', text.slice(e.loc.span.start, e.loc.span.end).replace(/^expect\s+/, ''), e.loc.span, e.loc.span));
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/**
 * The first `max` items of an outline, in the order written (each symbol before what it
 * contains), and how many it has in all. As `json.maxItemsComputed` does for JSON: a 100,000-line
 * file has ~88,000 items, 12 MB for the server to write and the editor to read after every edit.
 */
export function limitSymbols(nodes: SymbolNode[], max: number): { shown: SymbolNode[]; total: number } {
  let total = 0;
  const count = (n: SymbolNode): void => {
    total++;
    for (const c of n.children) count(c);
  };
  for (const n of nodes) count(n);
  if (total <= max) return { shown: nodes, total };
  let left = max;
  const take = (list: SymbolNode[]): SymbolNode[] => {
    const out: SymbolNode[] = [];
    for (const n of list) {
      if (left <= 0) break;
      left--;
      out.push(n.children.length ? { ...n, children: take(n.children) } : n);
    }
    return out;
  };
  return { shown: take(nodes), total };
}

/** Whether a symbol name matches a workspace-symbol query: its characters in order, any case. */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  let i = 0;
  for (const c of query.toLowerCase()) {
    i = n.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

import {
  type Action,
  type Channel,
  contains,
  type ExpectLine,
  type IncludeDirective,
  ignoreComments,
  type NameRef,
  nameKey,
  type PermissionGrant,
  type RoleDefinition,
  type RoleRef,
  type Span,
} from '../engine';
import { type Analysis, resolveRole, treeOf } from './analysis';

/** A named thing of the account: what navigation, rename and hover are about. */
export type Entity =
  | { kind: 'role'; key: string; name: string; via: 'name' | 'id'; role?: RoleDefinition }
  | { kind: 'user' | 'integration' | 'token'; key: string; name: string };

/** What sits at an offset of a file. */
export type Target =
  | { kind: 'entity'; entity: Entity; span: Span; decl: boolean }
  | { kind: 'permission'; grant: PermissionGrant; span: Span }
  | { kind: 'action'; action: Action; span: Span }
  | { kind: 'channel'; channel: Channel; span: Span }
  | { kind: 'expect'; expect: ExpectLine; span: Span }
  | { kind: 'ignore-rule'; id: string; span: Span }
  | { kind: 'include'; include: IncludeDirective; span: Span }
  | { kind: 'keyword'; keyword: string; span: Span };

/** The most specific thing at `offset` in the analysis' file. */
export function targetAt(a: Analysis, offset: number): Target | undefined {
  // The shortest span containing the offset; among equally short ones, the first of targets().
  let best: Target | undefined;
  for (const t of targets(a, offset)) {
    if (!contains(t.span, offset)) continue;
    if (!best || t.span.end - t.span.start < best.span.end - best.span.start) best = t;
  }
  return best;
}

/**
 * Every target in the analysis' file, in no particular order; with `at`, only those of the
 * declarations, statements and comments containing that offset. A hover then looks at one
 * declaration, not the whole account: no index of every target to build after each keystroke.
 */
export function targets(a: Analysis, at?: number): Target[] {
  const m = a.loaded.model;
  const mine = (loc: { file: string; span: Span }) => loc.file === a.file && (at === undefined || contains(loc.span, at));
  const out: Target[] = [];
  const entity = (kind: 'user' | 'integration' | 'token', ref: NameRef | undefined, decl: boolean) => {
    if (ref && mine(ref.loc)) out.push({ kind: 'entity', entity: { kind, key: ref.key, name: ref.name }, span: ref.loc.span, decl });
  };
  const role = (ref: RoleRef | undefined) => {
    if (ref && mine(ref.loc)) out.push({ kind: 'entity', entity: roleEntity(a, ref), span: ref.loc.span, decl: false });
  };
  for (const r of m.roles) {
    // A role object's location is its root element, which half-typed XML can end before the
    // children it holds: those roles are not filtered by it (a file holds one role).
    if (r.origin === 'sdf' ? r.loc.file !== a.file : !mine(r.loc)) continue;
    out.push({ kind: 'entity', entity: { kind: 'role', key: r.key, name: r.name, via: 'name', role: r }, span: r.nameLoc.span, decl: true });
    if (r.id)
      out.push({ kind: 'entity', entity: { kind: 'role', key: nameKey(r.id.value), name: r.id.value, via: 'id', role: r }, span: r.id.loc.span, decl: true });
    for (const g of r.permissions) {
      out.push({ kind: 'permission', grant: g, span: g.refLoc.span });
      if (g.levelLoc) out.push({ kind: 'permission', grant: g, span: g.levelLoc.span });
    }
  }
  for (const u of m.users) {
    if (!mine(u.loc)) continue;
    entity('user', { name: u.name, key: u.key, loc: u.nameLoc }, true);
    u.roles.forEach(role);
  }
  for (const i of m.integrations) if (mine(i.loc)) entity('integration', { name: i.name, key: i.key, loc: i.nameLoc }, true);
  for (const t of m.tokens) {
    if (!mine(t.loc)) continue;
    entity('token', { name: t.name, key: t.key, loc: t.nameLoc }, true);
    entity('user', t.user, false);
    role(t.role);
    entity('integration', t.integration, false);
    entity('user', t.createdBy, false);
  }
  for (const e of m.expects) {
    if (!mine(e.loc)) continue;
    out.push({ kind: 'expect', expect: e, span: e.loc.span });
    entity('user', e.actor, false);
    role(e.role);
    out.push({ kind: 'action', action: e.action.value, span: e.action.loc.span });
    if (e.target) {
      entity('user', e.target.user, false);
      role(e.target.role);
    }
    if (e.channel) out.push({ kind: 'channel', channel: e.channel.value, span: e.channel.loc.span });
  }
  for (const i of m.includes) if (mine(i.loc)) out.push({ kind: 'include', include: i, span: i.loc.span });
  const tree = treeOf(a);
  if (tree) {
    const here = (span: Span) => at === undefined || contains(span, at);
    for (const c of ignoreComments(a.file, tree)) {
      if (here(c.span)) for (const id of c.ids) out.push({ kind: 'ignore-rule', id: id.id, span: id });
    }
    for (const s of tree.statements) {
      if (!here(s.span)) continue;
      // Expect keywords explain the whole line; other keywords explain themselves.
      if (s.keyword !== 'expect') out.push({ kind: 'keyword', keyword: s.keyword, span: s.keywordSpan });
      for (const x of s.block?.statements ?? []) out.push({ kind: 'keyword', keyword: x.keyword, span: x.keywordSpan });
    }
  }
  return out;
}

/** The role a reference names, or the unresolved name itself. */
export function roleEntity(a: Analysis, ref: RoleRef): Entity {
  const r = resolveRole(a.index, ref);
  if (!r) return { kind: 'role', key: ref.key, name: ref.name, via: ref.bare ? 'id' : 'name' };
  return r.via === 'name'
    ? { kind: 'role', key: r.role.key, name: r.role.name, via: 'name', role: r.role }
    : { kind: 'role', key: nameKey(r.role.id!.value), name: r.role.id!.value, via: 'id', role: r.role };
}

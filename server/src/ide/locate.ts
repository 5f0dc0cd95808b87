import {
  Action,
  Channel,
  contains,
  ExpectLine,
  IncludeDirective,
  ignoreComments,
  NameRef,
  nameKey,
  PermissionGrant,
  RoleDefinition,
  RoleRef,
  Span,
} from '../engine';
import { Analysis, resolveRole, treeOf } from './analysis';

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
  const { list, order, reach } = sortedTargets(a);
  // The last target starting at or before the offset; earlier ones can contain the offset only
  // while the furthest end reached so far is at or after it.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // The shortest span containing the offset; among equally short ones, the first of targets().
  let best = -1;
  for (let i = lo - 1; i >= 0 && reach[i] >= offset; i--) {
    const t = list[i];
    if (!contains(t.span, offset)) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const len = t.span.end - t.span.start;
    const bestLen = list[best].span.end - list[best].span.start;
    if (len < bestLen || (len === bestLen && order[i] < order[best])) best = i;
  }
  return best < 0 ? undefined : list[best];
}

interface SortedTargets {
  /** targets(a), by span start. */
  list: Target[];
  /** Each target's position in targets(a). */
  order: number[];
  /** The furthest span end among list[0..i]. */
  reach: number[];
}

// Built once per Analysis (which is cached per account generation), so a hover is a binary search.
const sorted = new WeakMap<Analysis, SortedTargets>();

function sortedTargets(a: Analysis): SortedTargets {
  const hit = sorted.get(a);
  if (hit) return hit;
  const all = targets(a);
  const idx = all.map((_, i) => i).sort((x, y) => all[x].span.start - all[y].span.start || x - y);
  const list = idx.map((i) => all[i]);
  const reach: number[] = new Array(list.length);
  let far = -Infinity;
  for (let i = 0; i < list.length; i++) reach[i] = far = Math.max(far, list[i].span.end);
  const s = { list, order: idx, reach };
  sorted.set(a, s);
  return s;
}

/** Every target in the analysis' file, in no particular order. */
export function targets(a: Analysis): Target[] {
  const m = a.loaded.model;
  const mine = (loc: { file: string }) => loc.file === a.file;
  const out: Target[] = [];
  const entity = (kind: 'user' | 'integration' | 'token', ref: NameRef | undefined, decl: boolean) => {
    if (ref && mine(ref.loc)) out.push({ kind: 'entity', entity: { kind, key: ref.key, name: ref.name }, span: ref.loc.span, decl });
  };
  const role = (ref: RoleRef | undefined) => {
    if (ref && mine(ref.loc)) out.push({ kind: 'entity', entity: roleEntity(a, ref), span: ref.loc.span, decl: false });
  };
  for (const r of m.roles) {
    if (!mine(r.loc)) continue;
    out.push({ kind: 'entity', entity: { kind: 'role', key: r.key, name: r.name, via: 'name', role: r }, span: r.nameLoc.span, decl: true });
    if (r.id)
      out.push({ kind: 'entity', entity: { kind: 'role', key: nameKey(r.id.value), name: r.id.value, via: 'id', role: r }, span: r.id.loc.span, decl: true });
    for (const g of r.permissions) {
      out.push({ kind: 'permission', grant: g, span: g.refLoc.span });
      if (g.levelLoc) out.push({ kind: 'permission', grant: g, span: g.levelLoc.span });
    }
  }
  for (const u of m.users) {
    entity('user', { name: u.name, key: u.key, loc: u.nameLoc }, true);
    u.roles.forEach(role);
  }
  for (const i of m.integrations) entity('integration', { name: i.name, key: i.key, loc: i.nameLoc }, true);
  for (const t of m.tokens) {
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
    for (const c of ignoreComments(a.file, tree)) for (const id of c.ids) out.push({ kind: 'ignore-rule', id: id.id, span: id });
    for (const s of tree.statements) {
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

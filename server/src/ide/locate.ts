import {
  type AccountModel,
  type Action,
  type Channel,
  contains,
  type ExpectLine,
  firstIndex,
  type IgnoreComment,
  type IncludeDirective,
  ignoreComment,
  ignoreComments,
  type IntegrationDefinition,
  type NameRef,
  nameKey,
  type PermissionGrant,
  type RoleDefinition,
  type RoleRef,
  type Span,
  type Statement,
  type SyntaxTree,
  type TokenDefinition,
  type UserDefinition,
} from '../engine';
import { type Analysis, declarationAt, resolveRole, treeOf } from './analysis';

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
  const tree = treeOf(a);
  if (at !== undefined && tree) return targetsNear(a, tree, at);
  const m = a.loaded.model;
  const c = new Collector(a, at);
  for (const r of m.roles) {
    // A role object's location is its root element, which half-typed XML can end before the
    // children it holds: those roles are not filtered by it (a file holds one role).
    if (r.origin === 'sdf' ? r.loc.file === a.file : c.mine(r.loc)) c.role(r);
  }
  for (const u of m.users) if (c.mine(u.loc)) c.user(u);
  for (const i of m.integrations) if (c.mine(i.loc)) c.integration(i);
  for (const t of m.tokens) if (c.mine(t.loc)) c.token(t);
  for (const e of m.expects) if (c.mine(e.loc)) c.expect(e);
  for (const i of m.includes) if (c.mine(i.loc)) c.include(i);
  if (tree) {
    for (const x of ignoreComments(a.file, tree)) c.ignore(x);
    for (const s of tree.statements) c.statement(s);
  }
  return c.out;
}

/**
 * The targets at `at` in a role file, found by binary search: the top-level statements and
 * comments containing it, and the model entries bound from those statements. At 100,000 lines
 * a walk of every entry took 3 ms a hover, and 10 ms before the walk was compiled.
 */
function targetsNear(a: Analysis, tree: SyntaxTree, at: number): Target[] {
  const c = new Collector(a, at);
  for (const s of containing(tree.statements, at)) {
    const b = BINDINGS.get(s.keyword);
    const e = b && boundFrom(a, b.list(a.loaded.model), s);
    if (b && e) b.add(c, e);
    c.statement(s);
  }
  for (const comment of containing(tree.comments, at)) {
    const x = ignoreComment(a.file, tree, comment);
    if (x) c.ignore(x);
  }
  return c.out;
}

type Bound = RoleDefinition | UserDefinition | IntegrationDefinition | TokenDefinition | ExpectLine | IncludeDirective;

/** A keyword whose top-level statements bind entries: the model's list of them, and their targets. */
interface Binding {
  list: (m: AccountModel) => readonly Bound[];
  add: (c: Collector, e: Bound) => void;
}

/** A binding typed by its own entries; the lookup hands `add` only entries of its own list. */
function binding<T extends Bound>(b: { list: (m: AccountModel) => readonly T[]; add: (c: Collector, e: T) => void }): Binding {
  return { list: b.list, add: b.add as Binding['add'] };
}

const BINDINGS: ReadonlyMap<string, Binding> = new Map([
  ['role', binding({ list: (m) => m.roles, add: (c, r) => c.role(r) })],
  ['user', binding({ list: (m) => m.users, add: (c, u) => c.user(u) })],
  ['integration', binding({ list: (m) => m.integrations, add: (c, i) => c.integration(i) })],
  ['token', binding({ list: (m) => m.tokens, add: (c, t) => c.token(t) })],
  ['expect', binding({ list: (m) => m.expects, add: (c, e) => c.expect(e) })],
  ['include', binding({ list: (m) => m.includes, add: (c, i) => c.include(i) })],
]);

/** The entry of `list` bound from statement `s`, if any (the binder shares the statement's span). */
function boundFrom(a: Analysis, list: readonly Bound[], s: Statement): Bound | undefined {
  const e = declarationAt(a, list, s.start);
  return e && e.loc.span === s.span ? e : undefined;
}

/** The items of a list sorted by start, with spans that do not overlap, whose span contains `at`. */
function containing<T extends { span: Span }>(list: readonly T[], at: number): T[] {
  const lo = firstIndex(list.length, (i) => list[i].span.end >= at);
  const out: T[] = [];
  // Touching spans (`a; b` with the cursor between) both contain the offset.
  for (let i = lo; i < list.length && list[i].span.start <= at; i++) if (contains(list[i].span, at)) out.push(list[i]);
  return out;
}

/** Turns entries, statements and comments into targets, keeping those at `at` if given. */
class Collector {
  readonly out: Target[] = [];

  constructor(
    readonly a: Analysis,
    readonly at: number | undefined,
  ) {}

  mine(loc: { file: string; span: Span }): boolean {
    return loc.file === this.a.file && this.here(loc.span);
  }

  here(span: Span): boolean {
    return this.at === undefined || contains(span, this.at);
  }

  private named(kind: 'user' | 'integration' | 'token', ref: NameRef | undefined, decl: boolean): void {
    if (ref && this.mine(ref.loc)) this.out.push({ kind: 'entity', entity: { kind, key: ref.key, name: ref.name }, span: ref.loc.span, decl });
  }

  private roleRef(ref: RoleRef | undefined): void {
    if (ref && this.mine(ref.loc)) this.out.push({ kind: 'entity', entity: roleEntity(this.a, ref), span: ref.loc.span, decl: false });
  }

  role(r: RoleDefinition): void {
    this.out.push({ kind: 'entity', entity: { kind: 'role', key: r.key, name: r.name, via: 'name', role: r }, span: r.nameLoc.span, decl: true });
    if (r.id)
      this.out.push({
        kind: 'entity',
        entity: { kind: 'role', key: nameKey(r.id.value), name: r.id.value, via: 'id', role: r },
        span: r.id.loc.span,
        decl: true,
      });
    for (const g of r.permissions) {
      this.out.push({ kind: 'permission', grant: g, span: g.refLoc.span });
      if (g.levelLoc) this.out.push({ kind: 'permission', grant: g, span: g.levelLoc.span });
    }
  }

  user(u: UserDefinition): void {
    this.named('user', { name: u.name, key: u.key, loc: u.nameLoc }, true);
    for (const r of u.roles) this.roleRef(r);
  }

  integration(i: IntegrationDefinition): void {
    this.named('integration', { name: i.name, key: i.key, loc: i.nameLoc }, true);
  }

  token(t: TokenDefinition): void {
    this.named('token', { name: t.name, key: t.key, loc: t.nameLoc }, true);
    this.named('user', t.user, false);
    this.roleRef(t.role);
    this.named('integration', t.integration, false);
    this.named('user', t.createdBy, false);
  }

  expect(e: ExpectLine): void {
    this.out.push({ kind: 'expect', expect: e, span: e.loc.span });
    this.named('user', e.actor, false);
    this.roleRef(e.role);
    this.out.push({ kind: 'action', action: e.action.value, span: e.action.loc.span });
    if (e.target) {
      this.named('user', e.target.user, false);
      this.roleRef(e.target.role);
    }
    if (e.channel) this.out.push({ kind: 'channel', channel: e.channel.value, span: e.channel.loc.span });
  }

  include(i: IncludeDirective): void {
    this.out.push({ kind: 'include', include: i, span: i.loc.span });
  }

  ignore(c: IgnoreComment): void {
    if (this.here(c.span)) for (const id of c.ids) this.out.push({ kind: 'ignore-rule', id: id.id, span: id });
  }

  statement(s: Statement): void {
    if (!this.here(s.span)) return;
    // Expect keywords explain the whole line; other keywords explain themselves.
    if (s.keyword !== 'expect') this.out.push({ kind: 'keyword', keyword: s.keyword, span: s.keywordSpan });
    for (const x of s.block?.statements ?? []) this.out.push({ kind: 'keyword', keyword: x.keyword, span: x.keywordSpan });
  }
}

/** The role a reference names, or the unresolved name itself. */
export function roleEntity(a: Analysis, ref: RoleRef): Entity {
  const r = resolveRole(a.index, ref);
  if (!r) return { kind: 'role', key: ref.key, name: ref.name, via: ref.bare ? 'id' : 'name' };
  return r.via === 'name'
    ? { kind: 'role', key: r.role.key, name: r.role.name, via: 'name', role: r.role }
    : { kind: 'role', key: nameKey(r.role.id!.value), name: r.role.id!.value, via: 'id', role: r.role };
}

import {
  ACTION_DOCS,
  ATM,
  LOGIN,
  UAT,
  ACTIONS,
  BLOCK_KEYWORDS,
  CHANNEL_DOCS,
  CENTER_TYPES,
  CHANNELS,
  findPermission,
  INTEGRATION_STATES,
  isTokenAction,
  LEVELS,
  permissionKey,
  PERMISSIONS,
  quoteName,
  type RoleDefinition,
  sdfLevelsFor,
  RULES,
  type Span,
  type Statement,
  type SyntaxTree,
  type Token,
  tokenize,
  TOP_KEYWORDS,
} from '../engine';
import { type Analysis, treeOf } from './analysis';
import { capabilitySummary, RESOLVE_DECISIONS, roleCapabilities } from './capabilities';
import { permissionDoc } from './hover';
import { KEYWORD_DOCS } from './vocabularyDocs';
import { snippetsFor } from './snippets';
import { COMPLETION_LIMIT, keptIndices, narrow } from './narrow';

/** One completion proposal, in plain terms; convert.ts makes it an LSP CompletionItem. */
export interface CompletionEntry {
  label: string;
  kind: 'keyword' | 'snippet' | 'role' | 'user' | 'integration' | 'permission' | 'value' | 'action' | 'channel' | 'file' | 'rule';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  snippet?: boolean;
  /** The text the proposal replaces: the partly typed word or string, or nothing. */
  replace: Span;
  filterText?: string;
  sortText?: string;
  /** A permission whose documentation completionItem/resolve adds (too much to send for every one). */
  permission?: { id: string; sdf?: boolean };
}

export interface CompletionOptions {
  snippets: boolean;
  /** Other role files, as paths relative to this file, for `include`. */
  includePaths?: string[];
  /** The most proposals returned (COMPLETION_LIMIT by default). */
  limit?: number;
}

/** The proposals at a place, and whether the list was cut (the editor then asks again as the user types). */
export interface Completions {
  entries: CompletionEntry[];
  incomplete: boolean;
}

// Keywords a block holds at most once: they are not proposed again.
const SINGLE = new Set([
  'administrator',
  'id',
  'two-factor',
  'web-services-only',
  'single-sign-on-only',
  'center',
  'inactive',
  'token-based-authentication',
  'state',
  'authorization-flow',
  'callback-url',
  'issuetoken-endpoint',
  'user',
  'integration',
  'created-by',
  'revoked',
]);

/** What has been typed of the statement the cursor is in. */
interface Context {
  a: Analysis;
  tree: SyntaxTree;
  offset: number;
  /** The block the cursor is in (its statement), if any. */
  block?: Statement;
  keyword?: string;
  /** Arguments typed before the cursor, complete. */
  args: Token[];
  partial?: Token;
  replace: Span;
  opts: CompletionOptions;
  limit: number;
  /** Set by a kind of proposal that cut its own list (to describe only those it keeps). */
  cut: { cut: boolean };
}

/** The proposals at `offset`, at most `opts.limit` of them: see `narrow`. */
export function complete(a: Analysis, offset: number, opts: CompletionOptions): Completions {
  const tree = treeOf(a);
  if (!tree) return { entries: [], incomplete: false };
  const cut = { cut: false };
  const { entries, incomplete } = narrow(proposalsAt(a, tree, offset, opts, cut), tree.text, offset, opts.limit);
  return { entries, incomplete: incomplete || cut.cut };
}

function proposalsAt(a: Analysis, tree: SyntaxTree, offset: number, opts: CompletionOptions, cut: { cut: boolean }): CompletionEntry[] {
  const lineStart = tree.lines.lineStart(tree.lines.position(offset).line);
  const tokens = tokenize(tree.text.slice(lineStart, offset)).map((t) => ({ ...t, span: { start: t.span.start + lineStart, end: t.span.end + lineStart } }));
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'comment') return ignoreIds(last, offset);
  let seg = tokens;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const k = tokens[i].kind;
    if (k === 'lbrace' || k === 'rbrace' || k === 'semi') {
      seg = tokens.slice(i + 1);
      break;
    }
  }
  const partialTok =
    last && last.span.end === offset && seg.includes(last) && (last.kind === 'word' || (last.kind === 'string' && last.error)) ? last : undefined;
  if (last && last.span.end === offset && last.kind === 'string' && !last.error) return [];
  const typed = partialTok ? seg.slice(0, -1) : seg;
  const replace = { start: partialTok?.span.start ?? offset, end: offset };
  if (partialTok?.kind === 'string' && tree.text[offset] === '"') replace.end = offset + 1;
  const limit = opts.limit ?? COMPLETION_LIMIT;
  const ctx: Context = {
    a,
    tree,
    offset,
    block: blockAt(tree, offset),
    keyword: typed[0]?.value,
    args: typed.slice(1),
    partial: partialTok,
    replace,
    opts,
    limit,
    cut,
  };
  if (!typed.length) return keywordItems(ctx);
  if (typed[0].kind !== 'word') return [];
  return ctx.block ? blockArgs(ctx, ctx.block.keyword) : topArgs(ctx);
}

function blockAt(tree: SyntaxTree, offset: number): Statement | undefined {
  const list = tree.statements;
  for (let i = 0; i < list.length; i++) {
    const b = list[i].block;
    if (!b || offset < b.contentStart) continue;
    const end = b.closeOffset ?? list[i + 1]?.span.start ?? tree.text.length;
    if (offset <= end) return list[i];
  }
  return undefined;
}

function keywordItems(ctx: Context): CompletionEntry[] {
  const kind = ctx.block?.keyword;
  const present = new Set(
    (ctx.block?.block?.statements ?? []).filter((s) => !(s.span.start <= ctx.offset && ctx.offset <= s.span.end + 1)).map((s) => s.keyword),
  );
  const words = kind ? (BLOCK_KEYWORDS[kind] ?? []).filter((k) => !(SINGLE.has(k) && present.has(k))) : TOP_KEYWORDS;
  if (kind === 'token' && present.has('revoked')) present.add('inactive');
  const items: CompletionEntry[] = words.map((k) => ({
    label: k,
    kind: 'keyword',
    documentation: KEYWORD_DOCS[k],
    insertText: k,
    replace: ctx.replace,
    sortText: `1${k}`,
  }));
  if (!kind && ctx.opts.snippets) items.push(...snippetsFor(ctx.a).map((s) => ({ ...s, replace: ctx.replace, sortText: `2${s.label}` })));
  return items;
}

function topArgs(ctx: Context): CompletionEntry[] {
  const n = ctx.args.length;
  if (ctx.keyword === 'include' && n === 0) {
    return (ctx.opts.includePaths ?? []).map((p) => quoted(ctx, p, 'file', { detail: 'role file' }));
  }
  if (ctx.keyword !== 'expect') return [];
  const v = ctx.args.map((t) => t.value);
  if (n === 0 || (n === 6 && v[5] === 'for')) return users(ctx);
  if (n === 1 || (n === 7 && v[5] === 'for')) return words(ctx, ['as'], 'keyword');
  if (n === 2) return roles(ctx, v[0]);
  if (n === 8 && v[5] === 'for') return roles(ctx, v[6]);
  if (n === 3) return words(ctx, ['can', 'cannot'], 'keyword');
  if (n === 4) return ACTIONS.map((x) => item(ctx, x, 'action', { documentation: ACTION_DOCS[x] }));
  const token = (ACTIONS as readonly string[]).includes(v[4]) && isTokenAction(v[4] as (typeof ACTIONS)[number]);
  // After the action: [for "U" as "R"] (token actions), then `via CHANNEL` and `with "INTEGRATION"` in any order.
  let i = 5;
  if (token && v[5] === 'for') {
    if (n < 9) return [];
    i = 9;
  }
  const used = new Set<string>();
  for (; i < n; i += 2) {
    if ((v[i] !== 'via' && v[i] !== 'with') || used.has(v[i])) return [];
    used.add(v[i]);
    if (n === i + 1) {
      if (v[i] === 'with') return [...ctx.a.index.integrations.values()].map((x) => quoted(ctx, x.name, 'integration'));
      return token ? CHANNELS.map((x) => item(ctx, x, 'channel', { documentation: CHANNEL_DOCS[x] })) : [];
    }
  }
  const next = [...(token && n === 5 ? ['for'] : []), ...(token && !used.has('via') ? ['via'] : []), ...(used.has('with') ? [] : ['with'])];
  return words(ctx, next, 'keyword');
}

function blockArgs(ctx: Context, kind: string): CompletionEntry[] {
  const n = ctx.args.length;
  const k = ctx.keyword;
  if (kind === 'role') {
    if (k === 'permission' && n === 0) return permissions(ctx);
    if (k === 'permission' && n === 1) {
      const levels = findPermission(ctx.args[0].value)?.levels ?? LEVELS;
      return words(ctx, [...levels], 'value');
    }
    if (k === 'two-factor' && n === 0) return words(ctx, ['required', 'not-required'], 'value');
    if (k === 'center' && n === 0) return words(ctx, [...CENTER_TYPES], 'value');
    if (k === 'id' && n === 0) return words(ctx, [suggestedId(ctx.block!)], 'value');
    return [];
  }
  if (n !== 0) return [];
  if (kind === 'user' && k === 'role') return roles(ctx, undefined, heldBy(ctx));
  if (kind === 'token') {
    if (k === 'user' || k === 'created-by') return users(ctx);
    if (k === 'integration') return [...ctx.a.index.integrations.values()].map((i) => quoted(ctx, i.name, 'integration'));
    if (k === 'role') return roles(ctx, tokenUser(ctx));
  }
  if (k === 'token-based-authentication' || (kind === 'integration' && (k === 'authorization-flow' || k === 'issuetoken-endpoint')))
    return words(ctx, ['enabled', 'disabled'], 'value');
  if (kind === 'integration' && k === 'state') return words(ctx, [...INTEGRATION_STATES], 'value');
  return [];
}

/** Roles already assigned in the user block being edited. */
function heldBy(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const s of ctx.block?.block?.statements ?? []) {
    if (s.keyword === 'role' && s.args[0] && !(s.span.start <= ctx.offset && ctx.offset <= s.span.end)) out.add(s.args[0].value.trim().toLowerCase());
  }
  return out;
}

function tokenUser(ctx: Context): string | undefined {
  const s = ctx.block?.block?.statements.find((x) => x.keyword === 'user' && x.args[0]);
  return s?.args[0].value;
}

function suggestedId(block: Statement): string {
  const name = block.args[0]?.value ?? 'role';
  return (
    'customrole_' +
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
  );
}

function ignoreIds(comment: Token, offset: number): CompletionEntry[] {
  const m = /^#\s*nsroles-ignore\b/.exec(comment.value);
  if (!m || comment.span.start + m[0].length > offset) return [];
  const before = comment.value.slice(0, offset - comment.span.start);
  const word = /[^\s,]*$/.exec(before)![0];
  const replace = { start: offset - word.length, end: offset };
  return RULES.map((r) => ({ label: r.id, kind: 'rule', detail: r.title, insertText: r.id, replace }));
}

function words(ctx: Context, list: string[], kind: CompletionEntry['kind']): CompletionEntry[] {
  return list.map((w) => item(ctx, w, kind, {}));
}

function item(ctx: Context, text: string, kind: CompletionEntry['kind'], extra: Partial<CompletionEntry>): CompletionEntry {
  return { label: text, kind, insertText: text, replace: ctx.replace, ...extra };
}

/** A name inserted as a string; filtered by what was typed, with or without the quote. */
function quoted(ctx: Context, name: string, kind: CompletionEntry['kind'], extra: Partial<CompletionEntry> = {}): CompletionEntry {
  const insertText = quoteName(name);
  const filterText = ctx.partial?.kind === 'string' ? insertText : name;
  return { label: name, kind, insertText: insertText + padOf(ctx), filterText, replace: ctx.replace, ...extra };
}

/** Before a closing brace (the editor closes `{` as it is typed), a space keeps the brace apart. */
function padOf(ctx: Context): string {
  return ctx.tree.text[ctx.replace.end] === '}' ? ' ' : '';
}

/** Users, each described by the roles it holds; a long list is cut first, so only those kept are described. */
function users(ctx: Context): CompletionEntry[] {
  const list = [...ctx.a.index.users.values()];
  const all = list.map((u) => quoted(ctx, u.name, 'user'));
  const kept = keptIndices(all, ctx.tree.text, ctx.offset, ctx.limit);
  if (kept) ctx.cut.cut = true;
  return (kept ?? all.map((_, i) => i)).map((i) => {
    const roles = ctx.a.index.rolesOf(list[i]).map((r) => r.name);
    all[i].detail = roles.length ? roles.join(', ') : 'no role';
    return all[i];
  });
}

/** Role names; those the given user holds come first, and roles in `exclude` are left out. */
function roles(ctx: Context, holder: string | undefined, exclude: Set<string> = new Set()): CompletionEntry[] {
  const user = holder ? ctx.a.index.user(holder) : undefined;
  const held = new Set(user ? ctx.a.index.rolesOf(user) : []);
  const out: CompletionEntry[] = [];
  const pad = padOf(ctx);
  const heldBy = user && `held by ${user.name}`;
  const notHeldBy = user && `not held by ${user.name}`;
  for (const r of ctx.a.index.roles.values()) {
    if (exclude.has(r.key) || (r.id && exclude.has(r.id.value.toLowerCase()))) continue;
    const first = held.has(r) ? 0 : 1;
    const detail = user ? (first === 0 ? heldBy : notHeldBy) : r.id?.value;
    const w = roleWords(r);
    // Made whole here, not through `quoted` and a spread: this runs for every role on every request.
    const filterText = ctx.partial?.kind === 'string' ? w.quoted : r.name;
    out.push({ label: r.name, kind: 'role', insertText: w.quoted + pad, filterText, replace: ctx.replace, detail, sortText: w.sort[first] });
    if (r.id && ctx.partial?.kind === 'word') out.push(item(ctx, r.id.value, 'role', { detail: r.name, sortText: `${first}${r.id.value}` }));
  }
  return out;
}

// A role's name quoted and its sort texts, made once per role rather than for every role on
// every request: a 100k-line account's 1,667 roles made ~1 MB of strings per completion.
const ROLE_WORDS = new WeakMap<RoleDefinition, { quoted: string; sort: [string, string] }>();
function roleWords(r: RoleDefinition): { quoted: string; sort: [string, string] } {
  let w = ROLE_WORDS.get(r);
  if (!w) {
    const lower = r.name.toLowerCase();
    ROLE_WORDS.set(r, (w = { quoted: quoteName(r.name), sort: [`0${lower}`, `1${lower}`] }));
  }
  return w;
}

/**
 * The documentation completionItem/resolve adds to a role proposal: what the role can do, as its
 * hover says. Asked for the one proposal shown, not for every role on every request.
 */
export function roleProposalDoc(a: Analysis, label: string, decisions = RESOLVE_DECISIONS): string | undefined {
  const r = a.index.role(label);
  return r && capabilitySummary(roleCapabilities(a, r, { budget: { decisions } }));
}

function permissions(ctx: Context): CompletionEntry[] {
  const string = ctx.partial?.kind === 'string';
  return permissionProposals().map((p) => {
    const insertText = p.byName ? quoteName(p.label) : p.label;
    return {
      label: p.label,
      kind: 'permission',
      detail: p.detail,
      insertText,
      filterText: string ? insertText : p.label,
      replace: ctx.replace,
      sortText: p.sortText,
      permission: { id: p.key },
    };
  });
}

/** One way to write a permission: its name, an alias or its ID. */
export interface PermissionProposal {
  label: string;
  /** A name or alias (written in quotes in role files), not the ID. */
  byName: boolean;
  /** The permission's ID, or its name where it has none. */
  key: string;
  id: string;
  detail: string;
  sortText: string;
}

let proposals: PermissionProposal[] | undefined;
const TBA_ORDER = [ATM, UAT, LOGIN];

/** Every permission by name, alias and ID, built once: the three TBA permissions first, then the list's order. */
export function permissionProposals(): readonly PermissionProposal[] {
  if (proposals) return proposals;
  proposals = [];
  PERMISSIONS.forEach((p, i) => {
    const sort = `${p.tba ? TBA_ORDER.indexOf(p.id) : 9}${String(i).padStart(4, '0')}`;
    const where = p.category ? ` · ${p.category.label}` : '';
    const key = permissionKey(p);
    proposals!.push({ label: p.name, byName: true, key, id: p.id, detail: `${p.id || 'no ID'}${where}`, sortText: `${sort}a` });
    p.aliases.forEach((alias, k) =>
      proposals!.push({ label: alias, byName: true, key, id: p.id, detail: `${p.id || 'no ID'} · also called ${p.name}`, sortText: `${sort}b${k}` }),
    );
    if (p.id) proposals!.push({ label: p.id, byName: false, key, id: p.id, detail: `${p.name}${where}`, sortText: `${sort}c` });
  });
  return proposals;
}

/** The documentation completionItem/resolve adds to a permission proposal. */
export function permissionProposalDoc(key: string, sdf = false): string | undefined {
  const p = findPermission(key);
  return p && permissionDoc(p, undefined, sdf ? sdfLevelsFor(p) : p.levels);
}

/**
 * The access delta between two versions of an account: every (user, held role) × action ×
 * target whose decision differs, and the edited lines that flipped each one. Decisions depend
 * only on the account's TBA switch and the facts of the actor's and the target's user and
 * role, so only cells touching a user or role whose facts changed are decided again: the
 * work is at most the matrix's size, and for an ordinary edit far less.
 */
import type { AccessChange, AccessDelta, SourceLine, UserRole } from '../../../shared/protocol/wire';
import { decide, type DecisionRequest, type Verdict } from './decide';
import { type Facts, factsOf, type ModelFacts, type RoleFacts, type UserFacts } from './facts';
import { type Hunk, lineHunks, splitLines } from './linediff';
import { linesOf, type LoadedAccount, ParseCache } from './load';
import { accountIndexOf } from './lookup';
import type { Location } from './text';
import { type Action, ACTIONS, isTokenAction, nameKey } from './vocabulary';

/** One version of an account, as the delta reads it. */
export interface DeltaSide {
  /** The text of a file on this side; undefined when it does not exist there. */
  read(file: string): string | undefined;
  /**
   * Reads the account from `read` (entry, includes, SuiteCloud role objects), parsing through
   * `cache`. The engine calls it again with one edit reverted, to find which edits flipped a
   * decision; the cache makes that a re-read of the edited lines only.
   */
  load(read: (file: string) => string | undefined, cache: ParseCache): LoadedAccount;
  /** How a file is named in `changes` (a path relative to the repository, a URI). Default: as is. */
  label?(file: string): string;
}

interface Pair {
  user: string;
  role: string;
  userKey: string;
  roleKey: string;
}

interface Cell {
  actor: Pair;
  action: Action;
  /** Null: login actions. For token actions the actor's own pair is the target of the own-token cell. */
  target: Pair | null;
  before: 'allow' | 'deny';
  after: Verdict;
}

interface Version {
  loaded: LoadedAccount;
  facts: ModelFacts;
  pairs: Map<string, Pair>;
}

const pairKey = (userKey: string, roleKey: string) => `${userKey}\u0000${roleKey}`;

function versionOf(loaded: LoadedAccount): Version {
  const index = accountIndexOf(loaded.model);
  const facts = factsOf(loaded.model, index);
  const pairs = new Map<string, Pair>();
  for (const u of index.users.values()) {
    for (const r of index.rolesOf(u)) pairs.set(pairKey(u.key, r.key), { user: u.name, role: r.name, userKey: u.key, roleKey: r.key });
  }
  return { loaded, facts, pairs };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  // By content: a role's near misses are a new Map in every version, and compared by identity
  // every role with a mistyped permission would count as changed and be decided against every target.
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || b.get(k) !== v) return false;
    return true;
  }
  return a === b;
}

/**
 * Whether two facts objects decide alike: every field but the name compared, so a fact a
 * later rule adds to RoleFacts or UserFacts takes part without a change here.
 */
export function sameFacts(a: RoleFacts | UserFacts | undefined, b: RoleFacts | UserFacts | undefined): boolean {
  if (!a || !b) return a === b;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) if (k !== 'name' && !sameValue(x[k], y[k])) return false;
  return true;
}

function request(actor: Pair, action: Action, target: Pair | null): DecisionRequest {
  const req: DecisionRequest = { user: actor.user, role: actor.role, action };
  if (target && isTokenAction(action)) req.target = { user: target.user, role: target.role };
  return req;
}

/** The decision of a cell in a version: a pair that does not exist there is denied (not held). No trace is built. */
function decision(facts: Facts, req: DecisionRequest): 'allow' | 'deny' {
  return decide(facts, req, true).decision;
}

/**
 * Every cell whose decision differs between the versions. Cells are the matrix's: every
 * (user, held role) on either side × action, and for token actions every (user, held role)
 * target (the actor's own pair for its own token).
 */
function flippedCells(before: Version, after: Version): Cell[] {
  const pairs = new Map(before.pairs);
  for (const [k, p] of after.pairs) pairs.set(k, p);
  const all = [...pairs.values()];
  const everything = before.facts.tbaEnabled !== after.facts.tbaEnabled;
  const dirtyUsers = new Set<string>();
  const dirtyRoles = new Set<string>();
  for (const p of all) {
    if (!dirtyUsers.has(p.userKey) && !sameFacts(before.facts.userByKey(p.userKey), after.facts.userByKey(p.userKey))) dirtyUsers.add(p.userKey);
    if (!dirtyRoles.has(p.roleKey) && !sameFacts(before.facts.roleByKey(p.roleKey), after.facts.roleByKey(p.roleKey))) dirtyRoles.add(p.roleKey);
  }
  const dirty = (p: Pair) => everything || dirtyUsers.has(p.userKey) || dirtyRoles.has(p.roleKey);
  const out: Cell[] = [];
  const check = (actor: Pair, action: Action, target: Pair | null) => {
    const req = request(actor, action, target);
    const b = decision(before.facts, req);
    // The full verdict (trace, rule) only for the cells that flipped.
    if (decision(after.facts, req) !== b) out.push({ actor, action, target, before: b, after: decide(after.facts, req) });
  };
  const changed = all.filter(dirty);
  for (const actor of all) {
    const actorDirty = dirty(actor);
    for (const action of ACTIONS) {
      if (!isTokenAction(action)) {
        if (actorDirty) check(actor, action, null);
        continue;
      }
      // Every target when the actor changed; otherwise only the targets that changed.
      for (const target of actorDirty ? all : changed) check(actor, action, target);
    }
  }
  return out;
}

interface FileDiff {
  file: string;
  before: string[];
  after: string[];
  hunks: Hunk[];
}

function fileDiffs(before: DeltaSide, after: DeltaSide, files: Iterable<string>): FileDiff[] {
  const out: FileDiff[] = [];
  for (const file of files) {
    const b = before.read(file) ?? '';
    const a = after.read(file) ?? '';
    if (a === b) continue;
    const bl = splitLines(b);
    const al = splitLines(a);
    const hunks = lineHunks(bl, al);
    if (hunks.length) out.push({ file, before: bl, after: al, hunks });
  }
  return out;
}

function filesOf(loaded: LoadedAccount): string[] {
  return [...loaded.model.files, ...(loaded.sdf?.keys() ?? [])];
}

/** The after text of a file with one hunk put back as it was before. */
function reverted(d: FileDiff, h: Hunk): string {
  return [...d.after.slice(0, h.afterStart), ...d.before.slice(h.beforeStart, h.beforeEnd), ...d.after.slice(h.afterEnd)].join('\n') + '\n';
}

/** The before text of a file with only this hunk applied. */
function applied(d: FileDiff, h: Hunk): string {
  return [...d.before.slice(0, h.beforeStart), ...d.after.slice(h.afterStart, h.afterEnd), ...d.before.slice(h.beforeEnd)].join('\n') + '\n';
}

/** Where each user, role (by key and by id) and account block is declared, per loaded account. */
const declarations = new WeakMap<LoadedAccount, Map<string, Location[]>>();

function declarationsOf(loaded: LoadedAccount): Map<string, Location[]> {
  let map = declarations.get(loaded);
  if (map) return map;
  map = new Map();
  const add = (k: string, l: Location) => {
    const list = map!.get(k);
    if (list) list.push(l);
    else map!.set(k, [l]);
  };
  const m = loaded.model;
  for (const a of m.accounts) add('a', a.loc);
  for (const u of m.users) add(`u${u.key}`, u.loc);
  for (const r of m.roles) {
    add(`r${r.key}`, r.loc);
    if (r.id) add(`r${nameKey(r.id.value)}`, r.loc);
  }
  declarations.set(loaded, map);
  return map;
}

/** Lines (0-based) of a file that the declarations of the cell's users and roles, or an account block, cover. */
function relevantLines(loaded: LoadedAccount, file: string, cell: Cell): Set<number> {
  const decl = declarationsOf(loaded);
  const keys = ['a', `u${cell.actor.userKey}`, `r${cell.actor.roleKey}`];
  if (cell.target) keys.push(`u${cell.target.userKey}`, `r${cell.target.roleKey}`);
  const out = new Set<number>();
  const lines = linesOf(loaded, file);
  if (!lines) return out;
  for (const k of keys) {
    for (const l of decl.get(k) ?? []) {
      if (l.file !== file) continue;
      const from = lines.position(l.span.start).line;
      const to = lines.position(Math.max(l.span.start, l.span.end - 1)).line;
      for (let i = from; i <= to; i++) out.add(i);
    }
  }
  return out;
}

function isNoise(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#') || t === '}' || t.startsWith('<!--');
}

/** The lines of a hunk to consider for a cell: those inside the cell's declarations when there are any, else every line that says something. */
function candidateLines(loaded: LoadedAccount, d: FileDiff, lines: string[], start: number, end: number, cell: Cell): number[] {
  const relevant = relevantLines(loaded, d.file, cell);
  const picked: number[] = [];
  for (let i = start; i < end; i++) if (relevant.has(i) && !isNoise(lines[i])) picked.push(i);
  if (!picked.length) for (let i = start; i < end; i++) if (!isNoise(lines[i])) picked.push(i);
  return picked.length || end <= start ? picked : [start];
}

/** Hunks of more lines than this are not probed line by line. */
const MAX_PROBED_LINES = 40;

/** The changed lines behind each flipped cell, found by re-deciding it with one hunk reverted (or alone applied) at a time. */
function attribute(before: DeltaSide, after: DeltaSide, vb: Version, va: Version, cells: Cell[], cache: ParseCache): SourceLine[][] {
  const files = new Set([...filesOf(vb.loaded), ...filesOf(va.loaded)]);
  const diffs = fileDiffs(before, after, files);
  const hunks = diffs.flatMap((d) => d.hunks.map((h) => ({ d, h })));
  const causes: number[][] = cells.map(() => []);
  const redecide = (side: DeltaSide, file: string, text: string): Facts => {
    const loaded = side.load((f) => (f === file ? text : side.read(f)), cache);
    return factsOf(loaded.model);
  };
  const flipsBack = (facts: Facts, c: Cell) => decision(facts, request(c.actor, c.action, c.target)) === c.before;
  hunks.forEach(({ d, h }, i) => {
    const facts = redecide(after, d.file, reverted(d, h));
    cells.forEach((c, j) => flipsBack(facts, c) && causes[j].push(i));
  });
  // A cell no single revert flips back has several sufficient edits: take each that flips it alone.
  const open = cells.map((_, j) => j).filter((j) => causes[j].length === 0);
  if (open.length) {
    hunks.forEach(({ d, h }, i) => {
      const facts = redecide(before, d.file, applied(d, h));
      for (const j of open) if (decision(facts, request(cells[j].actor, cells[j].action, cells[j].target)) === cells[j].after.decision) causes[j].push(i);
    });
  }
  // Within a hunk of several lines, keep the lines whose removal alone flips the cell back (the
  // role line of a rewritten user block, not the block's other lines); one load per line probed.
  const probes = new Map<string, Facts>();
  const withoutLine = (d: FileDiff, line: number): Facts => {
    const key = `${d.file}\u0000${line}`;
    let f = probes.get(key);
    if (!f) probes.set(key, (f = redecide(after, d.file, [...d.after.slice(0, line), ...d.after.slice(line + 1)].join('\n') + '\n')));
    return f;
  };
  return cells.map((c, j) => {
    const picked = causes[j].length ? causes[j] : hunks.map((_, i) => i);
    return picked.flatMap((i) => {
      const { d, h } = hunks[i];
      const onAfter = h.afterEnd > h.afterStart;
      const side = onAfter ? after : before;
      const lines = onAfter ? d.after : d.before;
      let chosen = onAfter
        ? candidateLines(va.loaded, d, lines, h.afterStart, h.afterEnd, c)
        : candidateLines(vb.loaded, d, lines, h.beforeStart, h.beforeEnd, c);
      if (onAfter && chosen.length > 1 && chosen.length <= MAX_PROBED_LINES) {
        const decisive = chosen.filter((line) => flipsBack(withoutLine(d, line), c));
        // Without a block's opening line the rest of the block reads differently: prefer the lines inside.
        const inner = decisive.filter((line) => !lines[line].trimEnd().endsWith('{'));
        if (decisive.length) chosen = inner.length ? inner : decisive;
      }
      const label = side.label ? side.label(d.file) : d.file;
      return chosen.map((line): SourceLine => ({ file: label, line: line + 1, text: lines[line].trim(), ...(onAfter ? {} : { base: true as const }) }));
    });
  });
}

function change(c: Cell, changes: SourceLine[]): AccessChange {
  const target: UserRole | null = c.target ? { user: c.target.user, role: c.target.role } : null;
  const last = c.after.trace[c.after.trace.length - 1] ?? '';
  return { user: c.actor.user, role: c.actor.role, action: c.action, target, rule: c.after.rule, because: last, changes };
}

/** Who gains and who loses token access between two versions of an account, and which edited lines did it. */
export function accessDelta(before: DeltaSide, after: DeltaSide): AccessDelta {
  // One cache for both versions: files they share are parsed once, edited ones re-read where they differ.
  const cache = new ParseCache();
  const vb = versionOf(before.load((f) => before.read(f), cache));
  const va = versionOf(after.load((f) => after.read(f), cache));
  const cells = flippedCells(vb, va);
  const lines = cells.length ? attribute(before, after, vb, va, cells, cache) : [];
  const delta: AccessDelta = { granted: [], revoked: [] };
  cells.forEach((c, i) => (c.after.decision === 'allow' ? delta.granted : delta.revoked).push(change(c, lines[i])));
  return delta;
}

/** Only the decisions, without reading the account again: for a caller that has both models and needs no lines. */
export function accessDeltaOfModels(before: LoadedAccount, after: LoadedAccount): AccessDelta {
  const cells = flippedCells(versionOf(before), versionOf(after));
  const delta: AccessDelta = { granted: [], revoked: [] };
  for (const c of cells) (c.after.decision === 'allow' ? delta.granted : delta.revoked).push(change(c, []));
  return delta;
}

import { evaluateExpect, firstIndex, type Span } from '../engine';
import { type Analysis, declarationAt } from './analysis';
import { capabilitySummary, roleCapabilities } from './capabilities';

/** Decisions all role lenses of one file may take together (a few hundred milliseconds). */
export const LENS_DECISIONS = 250_000;

/** The client command that opens the simulator preset to a user and role. */
export const OPEN_SIMULATOR = 'nsroles.openSimulator';

/** A code lens in plain terms; an empty command id means the lens only informs. */
export interface Lens {
  span: Span;
  title: string;
  command: string;
  args?: unknown[];
}

/** What a lens is on; `at` is where that declaration or expect line starts. */
export type LensKind = 'expect' | 'users' | 'token' | 'integration' | 'role';
export interface LensSite {
  kind: LensKind;
  span: Span;
}

/** Lenses on expect lines (pass/fail), users (simulate), tokens and integrations (troubleshoot), and roles (holders and capabilities). */
export function lenses(a: Analysis, uri: string): Lens[] {
  // Each role asks about every (user, role) target: in a huge account that is quadratic, and
  // clients ask for lenses on every edit. Past the budget, lenses leave it to the hover.
  const budget = { decisions: LENS_DECISIONS };
  return lensSites(a).map((site) => lensOf(a, uri, site, budget)!);
}

/** Where the lenses of the analysis' file go, without working out what they say. */
export function lensSites(a: Analysis): LensSite[] {
  const m = a.loaded.model;
  const mine = (l: { file: string }) => l.file === a.file;
  const out: LensSite[] = [];
  for (const e of m.expects) if (mine(e.loc)) out.push({ kind: 'expect', span: e.loc.span });
  // One "Simulate…" per run of user declarations (a lens per line doubles their height),
  // preset to the run's first user; the simulator's user list reaches the others.
  const statements = a.loaded.trees.get(a.file)?.statements ?? [];
  let prevUserAt = -2;
  for (const u of m.users) {
    if (!mine(u.loc)) continue;
    const at = statementIndex(statements, u.loc.span.start);
    const continues = at >= 0 && at === prevUserAt + 1;
    prevUserAt = at;
    if (!continues) out.push({ kind: 'users', span: u.loc.span });
  }
  // A failed login starts from a token or an integration: open the Troubleshoot tab on it.
  for (const t of m.tokens) if (mine(t.loc)) out.push({ kind: 'token', span: t.loc.span });
  for (const i of m.integrations) if (mine(i.loc)) out.push({ kind: 'integration', span: i.loc.span });
  for (const r of m.roles) if (mine(r.loc) && a.index.roles.get(r.key) === r) out.push({ kind: 'role', span: r.loc.span });
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** The index of the top-level statement starting at `start` (they are in order), or -1. */
function statementIndex(statements: readonly { start: number }[], start: number): number {
  const i = firstIndex(statements.length, (k) => statements[k].start >= start);
  return statements[i]?.start === start ? i : -1;
}

/**
 * The lens of one site, worked out on its own: the declaration of that kind starting where the
 * site does (undefined if the file no longer has one there). Role lenses take decisions from
 * `budget`, shared by the caller's lenses.
 */
export function lensOf(a: Analysis, uri: string, site: { kind: LensKind; span: { start: number } }, budget: { decisions: number }): Lens | undefined {
  const m = a.loaded.model;
  const here = <T extends { loc: { file: string; span: Span } }>(list: readonly T[]) => declarationAt(a, list, site.span.start);
  switch (site.kind) {
    case 'expect': {
      const e = here(m.expects);
      if (!e) return undefined;
      const r = evaluateExpect(e, m, a.index);
      const title = !r
        ? '? not decided: it names an undefined user or role'
        : r.pass
          ? `✓ passes: ${r.verdict.decision.toUpperCase()} (${r.verdict.rule})`
          : `✗ fails: the decision is ${r.verdict.decision.toUpperCase()} (${r.verdict.rule})`;
      const role = a.index.role(e.role);
      return { span: e.loc.span, title, command: OPEN_SIMULATOR, args: [{ uri, user: e.actor.name, role: role?.name ?? e.role.name }] };
    }
    case 'users': {
      const u = here(m.users);
      if (!u) return undefined;
      const first = a.index.rolesOf(u)[0];
      return { span: u.loc.span, title: 'Simulate…', command: OPEN_SIMULATOR, args: [first ? { uri, user: u.name, role: first.name } : { uri, user: u.name }] };
    }
    case 'token': {
      const t = here(m.tokens);
      return t && { span: t.loc.span, title: 'Troubleshoot…', command: OPEN_SIMULATOR, args: [{ uri, troubleshoot: { token: t.name } }] };
    }
    case 'integration': {
      const i = here(m.integrations);
      return i && { span: i.loc.span, title: 'Troubleshoot…', command: OPEN_SIMULATOR, args: [{ uri, troubleshoot: { integration: i.name } }] };
    }
    case 'role': {
      const r = here(m.roles);
      if (!r || a.index.roles.get(r.key) !== r) return undefined;
      const c = budget.decisions > 0 ? roleCapabilities(a, r, { budget }) : undefined;
      const holders = a.index.holders.get(r.key) ?? [];
      const n = holders.length;
      // A SuiteCloud role with no role file around it: users are not known, so nothing is said.
      const unknownUsers = r.origin === 'sdf' && !m.files.length;
      const who = unknownUsers
        ? ''
        : n
          ? `${n} user${n === 1 ? '' : 's'}: ${holders
              .slice(0, 3)
              .map((h) => plain(h.name))
              .join(', ')}${n > 3 ? ', …' : ''}`
          : 'no users';
      const what = c && !c.partial ? capabilitySummary(c) : 'what it can do: see the hover';
      return { span: r.loc.span, title: who ? `${who} · ${what}` : what, command: '' };
    }
  }
}

/** VS Code draws `$(name)` in a lens title as an icon; `\$(name)` shows the text as written. */
export function plain(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

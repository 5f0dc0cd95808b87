import { actorPairs, evaluateExpect, type Span } from '../engine';
import type { Analysis } from './analysis';
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

/** Lenses on expect lines (pass/fail), users (simulate), tokens and integrations (troubleshoot), and roles (holders and capabilities). */
export function lenses(a: Analysis, uri: string): Lens[] {
  const m = a.loaded.model;
  const mine = (l: { file: string }) => l.file === a.file;
  const out: Lens[] = [];
  for (const e of m.expects.filter((x) => mine(x.loc))) {
    const r = evaluateExpect(e, m, a.index);
    const title = !r
      ? '? not decided: it names an undefined user or role'
      : r.pass
        ? `✓ passes: ${r.verdict.decision.toUpperCase()} (${r.verdict.rule})`
        : `✗ fails: the decision is ${r.verdict.decision.toUpperCase()} (${r.verdict.rule})`;
    const role = a.index.role(e.role);
    out.push({ span: e.loc.span, title, command: OPEN_SIMULATOR, args: [{ uri, user: e.actor.name, role: role?.name ?? e.role.name }] });
  }
  // One "Simulate…" per run of user declarations (a lens per line doubles their height),
  // preset to the run's first user; the simulator's user list reaches the others.
  const users = m.users.filter((x) => mine(x.loc));
  const indexOf = new Map((a.loaded.trees.get(a.file)?.statements ?? []).map((s, i) => [s.span.start, i]));
  let prevUserAt = -2;
  for (const u of users) {
    const at = indexOf.get(u.loc.span.start) ?? -1;
    const continues = at >= 0 && at === prevUserAt + 1;
    prevUserAt = at;
    if (continues) continue;
    const first = a.index.rolesOf(u)[0];
    out.push({
      span: u.loc.span,
      title: 'Simulate…',
      command: OPEN_SIMULATOR,
      args: [first ? { uri, user: u.name, role: first.name } : { uri, user: u.name }],
    });
  }
  // A failed login starts from a token or an integration: open the Troubleshoot tab on it.
  for (const t of m.tokens.filter((x) => mine(x.loc)))
    out.push({ span: t.loc.span, title: 'Troubleshoot…', command: OPEN_SIMULATOR, args: [{ uri, troubleshoot: { token: t.name } }] });
  for (const i of m.integrations.filter((x) => mine(x.loc)))
    out.push({ span: i.loc.span, title: 'Troubleshoot…', command: OPEN_SIMULATOR, args: [{ uri, troubleshoot: { integration: i.name } }] });
  // Each role asks about every (user, role) target: in a huge account that is quadratic, and
  // clients ask for lenses on every edit. Past the budget, lenses leave it to the hover.
  const pairs = actorPairs(m, a.index);
  const budget = { decisions: LENS_DECISIONS };
  for (const r of m.roles.filter((x) => mine(x.loc))) {
    if (a.index.roles.get(r.key) !== r) continue;
    const c = budget.decisions > 0 ? roleCapabilities(a, r, { pairs, budget }) : undefined;
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
    out.push({ span: r.loc.span, title: who ? `${who} · ${what}` : what, command: '' });
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** VS Code draws `$(name)` in a lens title as an icon; `\$(name)` shows the text as written. */
export function plain(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

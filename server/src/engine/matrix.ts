import type { MatrixRow, TargetCount } from '../../../shared/protocol/wire';
import type { Citation } from './citations';
import { decide, type DecisionRequest } from './decide';
import { factsOf, ResolvedFacts } from './facts';
import { type AccountIndex, accountIndexOf } from './lookup';
import type { AccountModel } from './model';
import { type Action, ACTIONS, type Channel, isTokenAction } from './vocabulary';

// A matrix cell is the protocol's MatrixRow: the server sends the engine's cells as they are.
export type { MatrixRow, TargetCount } from '../../../shared/protocol/wire';

/** Every (user, held role) pair, in declaration order. */
export function actorPairs(model: AccountModel, index = accountIndexOf(model)): { user: string; role: string }[] {
  return [...eachActorPair(index)];
}

/** The same pairs one at a time, for a caller that may stop early. */
export function* eachActorPair(index: AccountIndex): Generator<{ user: string; role: string }> {
  for (const u of index.users.values()) for (const r of index.rolesOf(u)) yield { user: u.name, role: r.name };
}

export interface MatrixOptions {
  /** Token actions also for every other (user, held role) as target (default: own tokens only). */
  expandTargets?: boolean;
  /**
   * With `expandTargets`: only these (user, role) actors get the other targets (the simulator's
   * expanded rows). Every target of every actor is millions of cells at a few thousand users.
   */
  targetsFor?: readonly { user: string; role: string }[];
  actions?: readonly Action[];
}

/**
 * Every (user, held role) × action. Token actions are decided for the actor's own token and,
 * with `expandTargets`, also for every other (user, held role) target.
 */
export function buildMatrix(model: AccountModel, options: MatrixOptions = {}): MatrixRow[] {
  return [...eachMatrixRow(model, options)];
}

/**
 * `buildMatrix` one cell at a time, in the same order, decided as it is asked for: with every
 * target, a few thousand users make millions of cells, which a caller can write out as they
 * come instead of holding them all.
 */
export function* eachMatrixRow(model: AccountModel, options: MatrixOptions = {}): Generator<MatrixRow> {
  const index = accountIndexOf(model);
  const facts = factsOf(model, index);
  const pairs = actorPairs(model, index);
  const only = options.targetsFor && new Set(options.targetsFor.map((p) => JSON.stringify([p.user, p.role])));
  // Each pair's facts looked up once: with every target, a lookup by name per cell was a third
  // of the time of millions of cells.
  const known = pairs.map((p) => ({ user: facts.user(p.user), role: facts.role(p.role) }));
  const decideFor = (req: DecisionRequest, i: number, j?: number) => {
    const t = j === undefined ? undefined : known[j];
    return decide(new ResolvedFacts(facts, req, known[i].user, known[i].role, t?.user, t?.role), req, true);
  };
  for (let i = 0; i < pairs.length; i++) {
    const a = pairs[i];
    const expand = options.expandTargets === true && (!only || only.has(JSON.stringify([a.user, a.role])));
    for (const action of options.actions ?? ACTIONS) {
      const req: DecisionRequest = { user: a.user, role: a.role, action };
      const own = decideFor(req, i);
      // Cells are written out, not spread from `a`: the matrix makes one per decision.
      yield { user: a.user, role: a.role, action, target: own.target, decision: own.decision, rule: own.rule };
      if (!expand || !isTokenAction(action)) continue;
      for (let j = 0; j < pairs.length; j++) {
        const t = pairs[j];
        if (t.user === a.user && t.role === a.role) continue;
        const other: DecisionRequest = { user: a.user, role: a.role, action, target: t };
        const v = decideFor(other, i, j);
        yield { user: a.user, role: a.role, action, target: { user: t.user, role: t.role }, decision: v.decision, rule: v.rule };
      }
    }
  }
}

/**
 * For each (user, held role) and token action, the number of other (user, held role) targets
 * it may act for, without listing every target. A token for another user turns on the target's
 * role and whether that user is active (names only word the trace), so alike targets share one
 * decision, and alike actors (same role, same activity) share their answers; once a decision
 * says the role may act for no other user (TBA-OTHERS-NEED-ATM), no other target is tried.
 */
export function tokenTargetCounts(model: AccountModel, index = accountIndexOf(model)): TargetCount[] {
  const counter = tokenTargetCounter(model, index);
  return counter.pairs.flatMap((p) => counter.countsOf(p.user, p.role));
}

/**
 * `tokenTargetCounts` one actor at a time, for a caller that writes rows as they are decided:
 * `countsOf` answers for one (user, held role), sharing the decisions made for earlier actors.
 */
export function tokenTargetCounter(
  model: AccountModel,
  index = accountIndexOf(model),
): { pairs: readonly { user: string; role: string }[]; countsOf(user: string, role: string): TargetCount[] } {
  const facts = factsOf(model, index);
  interface Pair {
    user: string;
    role: string;
    userKey: string;
    kind: string;
  }
  const pairs: Pair[] = [];
  const byUser = new Map<string, Pair[]>();
  const byName = new Map<string, Pair>();
  for (const u of index.users.values()) {
    // A role listed twice for a user (or two roles of one name) is one pair, as the matrix has it.
    const mine: Pair[] = [];
    for (const r of index.rolesOf(u)) {
      const kind = `${u.inactive ? 1 : 0}${r.key}`;
      if (mine.some((p) => p.kind === kind)) continue;
      const p = { user: u.name, role: r.name, userKey: u.key, kind };
      mine.push(p);
      if (!byName.has(JSON.stringify([p.user, p.role]))) byName.set(JSON.stringify([p.user, p.role]), p);
    }
    byUser.set(u.key, mine);
    pairs.push(...mine);
  }
  // Kinds of target: (activity, role), with an example and how many pairs each.
  const kinds = new Map<string, { example: Pair; count: number }>();
  for (const p of pairs) {
    const kind = kinds.get(p.kind);
    if (kind) kind.count++;
    else kinds.set(p.kind, { example: p, count: 1 });
  }
  const answers = new Map<string, Map<string, boolean> | 'none'>();
  const countsOf = (user: string, role: string): TargetCount[] => {
    const a = byName.get(JSON.stringify([user, role]));
    if (!a) return [];
    const mine = byUser.get(a.userKey)!;
    const out: TargetCount[] = [];
    for (const action of ACTIONS) {
      if (!isTokenAction(action)) continue;
      const allows = (target: Pair) => decide(facts, { user: a.user, role: a.role, action, target }, true).decision === 'allow';
      let allowed = 0;
      // The actor's own other roles: the same user, decided one by one.
      for (const p of mine) if (p !== a && allows(p)) allowed++;
      const memoKey = `${action}\n${a.kind}`;
      let memo = answers.get(memoKey);
      if (!memo) answers.set(memoKey, (memo = new Map()));
      let sum = 0;
      for (const [k, { example, count }] of kinds) {
        if (memo === 'none') break;
        // Pairs of this kind held by the actor's own user are not other users' targets.
        const others = mine.some((p) => p.kind === k) ? count - 1 : count;
        if (others <= 0) continue;
        let yes = memo.get(k);
        if (yes === undefined) {
          const target = example.userKey === a.userKey ? pairs.find((p) => p.userKey !== a.userKey && p.kind === k)! : example;
          const v = decide(facts, { user: a.user, role: a.role, action, target }, true);
          // No allow comes before this rule: the role may act for no other user.
          if (v.rule === 'TBA-OTHERS-NEED-ATM') {
            answers.set(memoKey, (memo = 'none'));
            break;
          }
          memo.set(k, (yes = v.decision === 'allow'));
        }
        if (yes) sum += others;
      }
      if (memo !== 'none') allowed += sum;
      out.push({ user: a.user, role: a.role, action, allowed, total: pairs.length - 1 });
    }
    return out;
  };
  return { pairs, countsOf };
}

/** Every (user, held role) for which the decision is allow, each with the citations of that allow. */
export function whoCan(
  model: AccountModel,
  query: { action: Action; target?: { user: string; role: string }; channel?: Channel; integration?: string },
): { user: string; role: string; citations: Citation[] }[] {
  const index = accountIndexOf(model);
  const facts = factsOf(model, index);
  const out: { user: string; role: string; citations: Citation[] }[] = [];
  for (const a of actorPairs(model, index)) {
    const req: DecisionRequest = { user: a.user, role: a.role, action: query.action };
    if (query.target && isTokenAction(query.action)) req.target = query.target;
    if (query.channel) req.channel = query.channel;
    if (query.integration !== undefined) req.integration = query.integration;
    const v = decide(facts, req);
    if (v.decision === 'allow') out.push({ user: a.user, role: a.role, citations: v.citations });
  }
  return out;
}

import type { MatrixRow } from '../../../shared/protocol/wire';
import { Citation } from './citations';
import { decide, DecisionRequest } from './decide';
import { factsOf } from './facts';
import { AccountIndex, accountIndexOf } from './lookup';
import { AccountModel } from './model';
import { Action, ACTIONS, Channel, isTokenAction } from './vocabulary';

// A matrix cell is the protocol's MatrixRow: the server sends the engine's cells as they are.
export type { MatrixRow } from '../../../shared/protocol/wire';

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
  for (const a of pairs) {
    for (const action of options.actions ?? ACTIONS) {
      const own = decide(facts, { user: a.user, role: a.role, action }, true);
      // Cells are written out, not spread from `a`: the matrix makes one per decision.
      yield { user: a.user, role: a.role, action, target: own.target, decision: own.decision, rule: own.rule };
      if (!options.expandTargets || !isTokenAction(action)) continue;
      for (const t of pairs) {
        if (t.user === a.user && t.role === a.role) continue;
        const v = decide(facts, { user: a.user, role: a.role, action, target: t }, true);
        yield { user: a.user, role: a.role, action, target: { user: t.user, role: t.role }, decision: v.decision, rule: v.rule };
      }
    }
  }
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

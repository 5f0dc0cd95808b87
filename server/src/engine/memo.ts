import { decide, type DecisionRequest, otherTargetClass, type Verdict } from './decide';
import { type FactsCache, FACTS_ID_LIMIT, type ModelFacts, ResolvedFacts } from './facts';
import { ACTIONS, CHANNELS } from './vocabulary';

/** nameKey of the request's names: the caller has them from references, so none is normalized again. */
export interface RequestKeys {
  user: string;
  role: string;
  target?: { user: string; role: string };
}

/**
 * `decide` for lint, remembered from one lint to the next. With every name defined, a verdict
 * depends only on the facts objects of the actor, acting role and target (reused by identity
 * while their entries are), the feature switch, the action and the channel; their ids make the
 * key, except that an outcome alone about another user's token is keyed by the kind of target
 * (`otherTargetClass`). A request naming something undefined is not remembered: its verdict
 * quotes the request. Only model facts take part, never overlays. Verdicts are frozen: one
 * serves many findings.
 */
export class DecisionMemo {
  // By (actor id, role id, switch/action/channel), then by (target user id, target role id), or
  // by the kind of another user's target (a negative key) for outcomes alone.
  private readonly table = new Map<number, Bucket>();
  private generation = 0;
  /** The facts cache whose ids the table's keys are, and its numbering then. */
  private owner: FactsCache | undefined;
  private epoch = 0;
  /** Whether the verdicts held say the feature is assumed enabled (their first step words it). */
  private assumed: boolean | undefined;

  /** Starts a lint, dropping what neither of the last two lints used. */
  nextGeneration(): void {
    const stale = ++this.generation - 2;
    for (const [k1, b] of this.table) {
      if (b.more) for (const [k2, e] of b.more) if (e.used < stale) b.more.delete(k2);
      if (b.e.used >= stale) continue;
      // The first entry is stale: another takes its place, or the bucket goes.
      const next = b.more?.entries().next();
      if (!next || next.done) this.table.delete(k1);
      else {
        b.k2 = next.value[0];
        b.e = next.value[1];
        b.more!.delete(b.k2);
      }
    }
  }

  clear(): void {
    this.table.clear();
  }

  /** How many lints of its account have started (`nextGeneration`), this one included. */
  get lints(): number {
    return this.generation;
  }

  /** `decide(facts, req)`, remembered. */
  decide(facts: ModelFacts, req: DecisionRequest, keys: RequestKeys): Verdict {
    return this.entry(facts, req, keys, true)?.verdict ?? decide(facts, req);
  }

  /** `decide(facts, req).decision`, remembered without the verdict (most questions need no more). */
  decision(facts: ModelFacts, req: DecisionRequest, keys: RequestKeys): 'allow' | 'deny' {
    return this.entry(facts, req, keys, false)?.decision ?? decide(facts, req).decision;
  }

  /** The question's entry, with its verdict if `full`; undefined if it is not to be remembered. */
  private entry(facts: ModelFacts, req: DecisionRequest, keys: RequestKeys, full: boolean): Entry | undefined {
    if (this.owner !== facts.cache || this.epoch !== facts.epoch) {
      // Other ids, or ids numbered again: the table's keys mean other facts now (or the facts are stale).
      if (facts.epoch !== facts.cache.epoch) return undefined;
      this.clear();
      this.owner = facts.cache;
      this.epoch = facts.epoch;
    }
    if (this.assumed !== facts.tbaAssumed) {
      this.clear();
      this.assumed = facts.tbaAssumed;
    }
    const actor = facts.knownUser(keys.user);
    const role = facts.knownRole(keys.role);
    const tu = keys.target ? facts.knownUser(keys.target.user) : NO_TARGET;
    const tr = keys.target ? facts.knownRole(keys.target.role) : NO_TARGET;
    const slot = SLOTS.get(req.action)! + (req.channel ? SLOTS.get(req.channel)! : 0) + (facts.tbaEnabled ? 32 : 0);
    // A name is undefined, and the verdict quotes the request; a named integration is not keyed.
    if (!actor || !role || !tu || !tr || slot !== slot || req.integration !== undefined) return undefined;
    const k1 = (actor.id * ID_LIMIT + role.id) * 64 + slot;
    // Asked only for the outcome, a question about another user's token is the same for every
    // target alike in what the decision reads of it: one per kind of target, not per target
    // (a cold lint of a 100k-line account asked 21,800 questions, 7,200 of them distinct this way).
    const k2 = !full && keys.target && tu !== actor ? -1 - otherTargetClass(tu.facts!, tr.facts!) : tu.id * ID_LIMIT + tr.id;
    const bucket = this.table.get(k1);
    let e = bucket && (bucket.k2 === k2 ? bucket.e : bucket.more?.get(k2));
    if (e) {
      e.used = this.generation;
      if (full && !e.verdict) e.verdict = freeze(decide(new ResolvedFacts(facts, req, actor.facts, role.facts, tu.facts, tr.facts), req));
      return e;
    }
    // Brief unless the verdict is kept: most questions need only the outcome, not the trace.
    const v = decide(new ResolvedFacts(facts, req, actor.facts, role.facts, tu.facts, tr.facts), req, !full);
    // Verdicts are large (their trace names everyone): kept only when asked for.
    e = { decision: v.decision, verdict: full ? freeze(v) : undefined, used: this.generation };
    // Most buckets hold one question (an actor's role asked about one target): no Map for those.
    if (!bucket) this.table.set(k1, { k2, e });
    else (bucket.more ??= new Map()).set(k2, e);
    return e;
  }
}

const ID_LIMIT = FACTS_ID_LIMIT;
const NO_TARGET = { facts: undefined, id: 0 };

/** The entries of one (actor, role, slot): the first inline, any others by target key. */
interface Bucket {
  k2: number;
  e: Entry;
  more?: Map<number, Entry>;
}

interface Entry {
  decision: 'allow' | 'deny';
  verdict: Verdict | undefined;
  /** The last generation (lint) that asked for it. */
  used: number;
}

// Actions take bits 3-4 of a slot, channels (or none) bits 0-2, the feature switch bit 5.
const SLOTS = new Map<string, number>([...ACTIONS.map((x, i) => [x, i * 8] as const), ...CHANNELS.map((x, i) => [x, i + 1] as const)]);

function freeze(v: Verdict): Verdict {
  for (const c of v.citations) Object.freeze(c);
  Object.freeze(v.citations);
  Object.freeze(v.trace);
  Object.freeze(v.actor);
  if (v.target) Object.freeze(v.target);
  return Object.freeze(v);
}

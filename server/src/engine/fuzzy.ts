// Edit distance by the bit-parallel algorithm (Myers): each candidate costs about its length.
import { distance as levenshtein } from 'fastest-levenshtein';
import { compareNames } from './text';

/** The candidates closest to `name` (case-insensitive), best first; only plausible ones. */
export function closest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const list = Array.isArray(candidates) ? (candidates as readonly string[]) : [...candidates];
  return closestIn(
    name,
    list,
    list.map((c) => c.toLowerCase()),
    max,
  );
}

/** `closest` over candidates already lower-cased (`lowered[i]` is `candidates[i]` in lower case). */
export function closestIn(name: string, candidates: readonly string[], lowered: readonly string[], max: number): string[] {
  return best(scoredIn(name, candidates, lowered), max).map((s) => s.c);
}

/** A plausible candidate and its distance (containment counts as one edit). */
interface Scored {
  c: string;
  d: number;
}

/** Every plausible candidate for `name`, unsorted. */
function scoredIn(name: string, candidates: readonly string[], lowered: readonly string[]): Scored[] {
  const q = name.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(q.length / 3));
  const slack = Math.max(3, q.length / 2);
  const scored: Scored[] = [];
  for (let i = 0; i < lowered.length; i++) {
    const k = lowered[i];
    const apart = Math.abs(k.length - q.length);
    if (apart > slack) continue;
    // Containment counts as one edit. One name inside the other is exactly |length difference|
    // edits apart, so only then is it worth searching for. Past `limit`, the distance (at least
    // the length difference) cannot qualify, so only containment can: no distance to compute.
    if (apart > limit) {
      if (k.includes(q) || q.includes(k)) scored.push({ c: candidates[i], d: 1 });
      continue;
    }
    const e = levenshtein(q, k);
    const d = e <= 1 || (e === apart && (k.includes(q) || q.includes(k))) ? 1 : e;
    if (d <= limit) scored.push({ c: candidates[i], d });
  }
  return scored;
}

/**
 * The `max` best, nearest first, then by name (equal ones in the order given, as a stable sort
 * leaves them). Picked in one pass: a common name can have thousands of plausible candidates,
 * and sorting them all to keep three was half the cost of a did-you-mean.
 */
function best(scored: Scored[], max: number): Scored[] {
  const top: Scored[] = [];
  for (const s of scored) {
    let i = top.length;
    while (i > 0 && (s.d - top[i - 1].d || compareNames(s.c, top[i - 1].c)) < 0) i--;
    if (i >= max) continue;
    top.splice(i, 0, s);
    if (top.length > max) top.pop();
  }
  return top;
}

/**
 * Remembers `closest` answers for a list of candidates that changes little between calls: the
 * language server lints the account on every keystroke, and the same unknown names would
 * otherwise be compared with every name again each time (the one quadratic cost of a lint).
 * When the list changes, each answer is brought up to date from the difference: a name added
 * is compared with each remembered name, and only an answer that held a name removed is worked
 * out again (the best three of a set that lost none of them are still its best three).
 */
export class ClosestMemo {
  private array: readonly string[] | undefined;
  /** How often each candidate occurs in the list the answers are for. */
  private counts = new Map<string, number>();
  /** The candidates in lower case, computed once per list rather than once per name asked. */
  private lowered: readonly string[] = [];
  private readonly answers = new Map<string, Scored[]>();

  closest(name: string, candidates: readonly string[]): string[] {
    if (candidates !== this.array) this.update(candidates);
    let answer = this.answers.get(name);
    if (!answer) {
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      answer = best(scoredIn(name, candidates, this.lowered), MAX);
      this.answers.set(name, answer);
    }
    return answer.map((s) => s.c);
  }

  private update(candidates: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const c of candidates) counts.set(c, (counts.get(c) ?? 0) + 1);
    // The difference, as counts: what the new list has more of, and fewer of.
    const added: string[] = [];
    const removed = new Set<string>();
    for (const [c, n] of counts) for (let i = this.counts.get(c) ?? 0; i < n; i++) added.push(c);
    for (const [c, n] of this.counts) if ((counts.get(c) ?? 0) < n) removed.add(c);
    this.array = candidates;
    this.counts = counts;
    // Positions may differ even when the names do not.
    this.lowered = candidates.map((c) => c.toLowerCase());
    if (!added.length && !removed.size) return;
    if (added.length + removed.size > MAX_DELTA) {
      this.answers.clear();
      return;
    }
    const addedLower = added.map((c) => c.toLowerCase());
    for (const [name, answer] of this.answers) {
      if (answer.some((s) => removed.has(s.c))) this.answers.delete(name);
      else if (added.length) this.answers.set(name, best([...answer, ...scoredIn(name, added, addedLower)], MAX));
    }
  }
}

/** Suggestions per name. */
const MAX = 3;
const MAX_ANSWERS = 10_000;
/** Past this many names added and removed, working every answer out again costs less. */
const MAX_DELTA = 64;

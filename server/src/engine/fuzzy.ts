// Edit distance by the bit-parallel algorithm (Myers): each candidate costs about its length.
import { distance as levenshtein } from 'fastest-levenshtein';

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
  const q = name.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(q.length / 3));
  const slack = Math.max(3, q.length / 2);
  const scored: { c: string; d: number }[] = [];
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
  return scored
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

/**
 * Remembers `closest` answers for one list of candidates, across calls with equal lists: the
 * language server lints the account on every keystroke, and the same unknown names would
 * otherwise be compared with every name again each time (the one quadratic cost of a lint).
 */
export class ClosestMemo {
  private array: readonly string[] | undefined;
  private list = '';
  /** The candidates in lower case, computed once per list rather than once per name asked. */
  private lowered: readonly string[] = [];
  private readonly answers = new Map<string, string[]>();

  closest(name: string, candidates: readonly string[]): string[] {
    if (candidates !== this.array) {
      // A new array: keep the answers only if it holds exactly the same names.
      const list = candidates.join('\n');
      if (list !== this.list) {
        this.answers.clear();
        this.lowered = candidates.map((c) => c.toLowerCase());
      }
      this.array = candidates;
      this.list = list;
    }
    let answer = this.answers.get(name);
    if (!answer) {
      if (this.answers.size >= 10_000) this.answers.clear();
      answer = closestIn(name, candidates, this.lowered, 3);
      this.answers.set(name, answer);
    }
    return answer.slice();
  }
}

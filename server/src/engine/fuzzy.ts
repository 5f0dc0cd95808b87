/** Edit distance, for did-you-mean suggestions. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

// Reused rows for boundedDistance: closest runs it once per candidate, thousands per lint.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance if it is at most `limit`, else `limit + 1`. Stops as soon as a whole row
 * exceeds the limit, so unlike names cost a few characters instead of a full table.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(2 * (n + 1));
    rowB = new Int32Array(2 * (n + 1));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n], limit + 1);
}

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
    if (Math.abs(k.length - q.length) > slack) continue;
    const d = k.includes(q) || q.includes(k) ? 1 : boundedDistance(q, k, limit);
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

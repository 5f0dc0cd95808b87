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

/** The candidates closest to `name` (case-insensitive), best first; only plausible ones. */
export function closest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const q = name.trim().toLowerCase();
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const k = c.toLowerCase();
    if (Math.abs(k.length - q.length) > Math.max(3, q.length / 2)) continue;
    const d = k.includes(q) || q.includes(k) ? 1 : distance(q, k);
    if (d <= Math.max(2, Math.floor(q.length / 3))) scored.push({ c, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

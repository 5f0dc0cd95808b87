/** Summaries of repeated timings, and the growth exponent of time against size. */
import * as v8 from 'v8';
import * as vm from 'vm';

export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(xs: number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  // Nearest-rank percentile: with few runs p95 is the slowest run, never an interpolation.
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, p95: rank(0.95), min: s[0], max: s[s.length - 1], runs: s.length };
}

export interface RepeatOptions {
  /** Untimed runs first, so the JIT has warmed up. */
  warmup?: number;
  min: number;
  max: number;
  /** Stop after this much wall time once `min` runs are done. */
  budgetMs: number;
}

/** Times `fn` repeatedly (milliseconds). */
export async function repeat(fn: () => unknown, o: RepeatOptions): Promise<Summary> {
  for (let i = 0; i < (o.warmup ?? 1); i++) await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < o.max && (times.length < o.min || performance.now() - start < o.budgetMs)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return summarize(times);
}

/** Wall time of each run, and the server's own CPU time for it when `cpu` can tell. */
export interface Timed {
  wall: Summary;
  cpu?: Summary;
  /** Time the server waited for a CPU: how busy the machine was. */
  wait?: Summary;
}

/** Like `repeat`, also reading a process's CPU clock around each run. */
export async function repeatTimed(fn: () => unknown, cpu: () => { run: number; wait: number } | undefined, o: RepeatOptions): Promise<Timed> {
  for (let i = 0; i < (o.warmup ?? 1); i++) await fn();
  const wall: number[] = [];
  const run: number[] = [];
  const wait: number[] = [];
  const start = performance.now();
  while (wall.length < o.max && (wall.length < o.min || performance.now() - start < o.budgetMs)) {
    const c0 = cpu();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const c1 = cpu();
    if (c0 && c1) {
      run.push(c1.run - c0.run);
      wait.push(c1.wait - c0.wait);
    }
  }
  return { wall: summarize(wall), ...(run.length === wall.length ? { cpu: summarize(run), wait: summarize(wait) } : {}) };
}

/** Least-squares slope of log(time) against log(lines): 1 is linear, 2 quadratic. */
export function fitExponent(points: { lines: number; ms: number }[]): number | null {
  const ps = points.filter((p) => p.lines > 0 && p.ms > 0);
  if (ps.length < 2) return null;
  const xs = ps.map((p) => Math.log(p.lines));
  const ys = ps.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den ? num / den : null;
}

let collect: (() => void) | undefined;

/**
 * Collects the bench process's own garbage before a server is timed. The engine measures leave
 * hundreds of MB of it (455 MB after the 100k account); collected later, during a server's
 * timing, that showed up as client pauses in the wall times and as a collector competing with
 * the server for the two cores.
 */
export function settle(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

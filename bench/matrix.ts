/**
 * `nsroles matrix` through the built CLI, as a user runs it: rows per second and the process's
 * peak memory. A run with every token target at 10k or 100k lines would take minutes (millions of
 * rows), so each run reads for a fixed time and then closes the pipe, as `| head` does; the CLI
 * must then stop quietly. Peak memory that stays flat from 1k to 100k lines is the point.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accountDir, ENTRY, type GeneratedAccount } from './generate';
import { settle } from './stats';

export interface MatrixFigures {
  label: string;
  targets: 'all' | 'none';
  format: 'csv' | 'json';
  rows: number;
  /** From the first row to the last one read. */
  rowsPerS: number;
  /** Spawn to the first row: loading the account. */
  firstRowMs: number;
  /** The CLI's peak resident memory (MB of 10^6 bytes). */
  peakMB: number;
  /** It wrote every row before the time ran out (otherwise the pipe was closed on it). */
  complete: boolean;
  /** Exit code, signal and stderr when it did not exit cleanly. */
  problem?: string;
}

// Preloaded into the CLI: reports its peak RSS (kB) on exit, which /proc cannot once it has gone.
const PRELOAD = `process.on('exit', () => { try { require('fs').writeFileSync(process.env.NSROLES_BENCH_PEAK, String(process.resourceUsage().maxRSS)); } catch {} });`;

function runOnce(
  root: string,
  file: string,
  args: string[],
  budgetMs: number,
  label: string,
  targets: 'all' | 'none',
  format: 'csv' | 'json',
): Promise<MatrixFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-bench-matrix-'));
  const preload = path.join(dir, 'peak.js');
  const peakFile = path.join(dir, 'peak');
  fs.writeFileSync(preload, PRELOAD);
  const start = performance.now();
  const child = spawn(process.execPath, ['--require', preload, path.join(root, 'dist', 'cli.js'), 'matrix', file, ...args], {
    env: { ...process.env, NSROLES_BENCH_PEAK: peakFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let rows = 0;
  let first = NaN;
  let last = NaN;
  let stopped = false;
  let stderr = '';
  let polled = 0;
  const poll = setInterval(() => {
    try {
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      polled = Math.max(polled, kb);
    } catch {
      // Exited between polls.
    }
  }, 25);
  const stop = setTimeout(() => {
    stopped = true;
    child.stdout.destroy();
  }, budgetMs);
  child.stdout.on('data', (d: Buffer) => {
    const now = performance.now();
    if (!rows) first = now;
    last = now;
    for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) rows++;
  });
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(stop);
      let reported = 0;
      try {
        reported = Number(fs.readFileSync(peakFile, 'utf8'));
      } catch {
        // Killed before its exit handler ran: the polled peak stands.
      }
      fs.rmSync(dir, { recursive: true, force: true });
      // The header line (csv), or the object's first and last lines (json), are not rows.
      const dataRows = Math.max(0, rows - (format === 'json' && !stopped ? 2 : 1));
      const clean = code === 0 && !stderr.trim();
      resolve({
        label,
        targets,
        format,
        rows: dataRows,
        rowsPerS: dataRows / (Math.max(1, last - first) / 1000),
        firstRowMs: first - start,
        peakMB: (Math.max(polled, reported) * 1024) / 1e6,
        complete: !stopped,
        ...(clean ? {} : { problem: `exit ${code ?? signal}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}` }),
      });
    });
  });
}

/** csv with every target (and own tokens only at every size), json with every target at 10k. */
export async function matrixFigures(
  root: string,
  accounts: GeneratedAccount[],
  dataDir: string,
  quick: boolean,
  log: (s: string) => void,
): Promise<MatrixFigures[]> {
  const budget = quick ? 3_000 : 8_000;
  const out: MatrixFigures[] = [];
  settle();
  for (const acc of accounts) {
    const file = path.join(accountDir(dataDir, acc), ENTRY.nsroles);
    for (const [targets, format] of [['all', 'csv'], ['none', 'csv'], ...(acc.label === '10k' ? [['all', 'json']] : [])] as [
      'all' | 'none',
      'csv' | 'json',
    ][]) {
      log(`${acc.label}: matrix --format ${format} --targets ${targets}`);
      const r = await runOnce(root, file, ['--format', format, '--targets', targets], budget, acc.label, targets, format);
      if (r.problem) log(`  matrix: ${r.problem}`);
      out.push(r);
    }
  }
  return out;
}

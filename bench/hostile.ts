/**
 * Budgets for hostile input, measured here rather than asserted in tests (a timed test fails on a
 * busy machine and passes a regression on a fast one): code lenses on a 5 MB file, and a file
 * that includes devices and a FIFO. test/server/hostile.test.ts checks the answers themselves.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileUri, LspClient } from './lsp';
import { oursSpec } from './servers';

export interface HostileFigures {
  fiveMegabyteLensesMs: number;
  lensCount: number;
  deviceIncludesMs: number;
  budgetMs: number;
}

/** The same budget the tests once asserted: an answer within the harness's 5 s wait. */
export const HOSTILE_BUDGET_MS = 5_000;

/** About 5 MB of roles and users, one unknown permission in a thousand (shared with the test). */
export function fiveMegabyteAccount(): string {
  const unit = (i: number) =>
    `role "R${i}" { permission ${i % 1000 ? 'ADMI_LOGIN_OAUTH' : 'ADMI_FLY'} }\nuser "u${i}" { role "R${i}" }\n# a comment line that takes up some room\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  return parts.join('');
}

export async function hostileFigures(root: string): Promise<HostileFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-bench-hostile-'));
  const client = new LspClient(oursSpec(root));
  try {
    await client.initialize(dir);
    const big = fileUri(path.join(dir, 'five-megabytes.nsroles'));
    await client.open(big, 'nsroles', fiveMegabyteAccount());
    let started = performance.now();
    const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: big } });
    const fiveMegabyteLensesMs = performance.now() - started;
    await client.close(big);

    const includes = ['/dev/zero', '/dev/urandom', '/dev/null', '/dev/stdin', '/proc/self/fd/0'].map((t) => `include ${JSON.stringify(t)}`);
    const devices = fileUri(path.join(dir, 'devices.nsroles'));
    started = performance.now();
    await client.open(devices, 'nsroles', includes.join('\n') + '\nuser "u" { role "R" }\n');
    const deviceIncludesMs = performance.now() - started;
    return { fiveMegabyteLensesMs, lensCount: lenses.length, deviceIncludesMs, budgetMs: HOSTILE_BUDGET_MS };
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The budget table printed after the main report. */
export function hostileTable(h: HostileFigures): string {
  const row = (what: string, msTaken: number) => `| ${what} | ${msTaken.toFixed(0)} ms | ${msTaken <= h.budgetMs ? 'met' : 'missed'} |`;
  return [
    `| hostile input (budget ≤ ${h.budgetMs / 1000} s each) | measured | verdict |`,
    '|---|---:|---:|',
    row(`5 MB file: code lenses (${h.lensCount} lenses)`, h.fiveMegabyteLensesMs),
    row('includes of /dev/zero, /dev/urandom, /dev/stdin …: open → diagnostics', h.deviceIncludesMs),
  ].join('\n');
}

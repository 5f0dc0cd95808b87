/** Runs the built CLI (dist/cli.js) as a user's shell would, for the CLI test suites. */
import { spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.join(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** `nsroles ARGS` in `cwd` (the repository by default), with `env` added to this process's. */
export function run(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Splits a command line into words; `"…"` quotes a word with spaces (no other shell syntax). */
export function argv(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

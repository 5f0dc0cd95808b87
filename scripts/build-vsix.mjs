#!/usr/bin/env node
// Builds nsroles.vsix from the working tree without touching the repository's dist/: the
// production build and vsce run in a staging copy (node_modules linked in), as
// test/client/vsix.test.ts does, because other suites or a watch build may be using dist/.
// Usage: node scripts/build-vsix.mjs [--out FILE]   (default .cache/e2e/nsroles.vsix)
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// No input to packaging: dependencies are linked, build output is rebuilt, the rest is state.
const NOT_COPIED = new Set(['node_modules', '.git', '.cache', 'test-results', 'nsroles.vsix', 'dist', 'out', '.vscode-test']);

/** Where the .vsix goes unless --out says otherwise. */
export function defaultVsixPath() {
  return join(process.env.NSROLES_E2E_CACHE ? resolve(process.env.NSROLES_E2E_CACHE) : join(repoRoot, '.cache', 'e2e'), 'nsroles.vsix');
}

/** Packages the working tree into `out` and returns its absolute path. */
export function buildVsix(out = defaultVsixPath()) {
  const started = Date.now();
  const staging = mkdtempSync(join(tmpdir(), 'nsroles-vsix-'));
  try {
    cpSync(repoRoot, staging, { recursive: true, filter: (src) => !NOT_COPIED.has(relative(repoRoot, src).split(sep)[0]) });
    symlinkSync(join(repoRoot, 'node_modules'), join(staging, 'node_modules'), 'dir');
    try {
      execFileSync('npm', ['run', '--silent', 'package'], { cwd: staging, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    } catch (error) {
      // Only a failure's output is worth reading; it goes to stderr, so stdout stays the path.
      process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw new Error(`npm run package failed in the staging copy (exit ${error.status})`);
    }
    const target = resolve(out);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(staging, 'nsroles.vsix'), target);
    console.error(`[build-vsix] ${relative(process.cwd(), target) || target}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--out');
  console.log(buildVsix(i > 0 ? process.argv[i + 1] : undefined));
}

// `npm run test:vscode`: the e2e scenario in VS Code itself (Electron), with @vscode/test-electron.
// It uses VSCODE_EXECUTABLE when set; otherwise it downloads VS Code, if the download site
// answers. Where neither works (machines without the internet) it says "skipped" in one line:
// locally that exits 0 (`npm run test:e2e` runs the same scenario in code-server), under CI
// (CI set) it exits 1, so a pipeline that asked for this suite never passes without running it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { unzipFolder } from './unzip';

const repoRoot = resolve(__dirname, '..', '..');
const DOWNLOAD_CHECK_URL = 'https://update.code.visualstudio.com/api/releases/stable';
const DOWNLOAD_CHECK_MS = 5_000;

/** Why VS Code cannot be downloaded, or undefined when the download site answers. */
async function downloadBlocked(): Promise<string | undefined> {
  try {
    const response = await fetch(DOWNLOAD_CHECK_URL, { signal: AbortSignal.timeout(DOWNLOAD_CHECK_MS) });
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError') return `no answer within ${DOWNLOAD_CHECK_MS / 1000} s`;
    return e.cause?.code ?? e.message;
  }
}

/** The suite as one CommonJS file under out/, where `require('mocha')` finds node_modules. */
async function bundleSuite(): Promise<string> {
  const outfile = join(repoRoot, 'out', 'vscode-test', 'suite', 'index.js');
  await esbuild.build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

/** One line that says the suite did not run; a failure under CI, where a skip must not pass. */
export function skipped(reason: string, env: NodeJS.ProcessEnv = process.env): number {
  const underCi = Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
  const line = `test:vscode skipped: ${reason}.`;
  if (underCi) {
    console.error(`${line} Under CI this is a failure: set VSCODE_EXECUTABLE to a local VS Code.`);
    return 1;
  }
  console.log(`${line} npm run test:e2e runs this scenario in code-server.`);
  return 0;
}

async function main(): Promise<number> {
  const executable = process.env.VSCODE_EXECUTABLE;
  if (executable && !existsSync(executable)) {
    console.error(`test:vscode: VSCODE_EXECUTABLE=${executable} does not exist`);
    return 1;
  }
  if (!executable) {
    const blocked = await downloadBlocked();
    if (blocked) {
      return skipped(`VSCODE_EXECUTABLE is not set and VS Code cannot be downloaded (${new URL(DOWNLOAD_CHECK_URL).host}: ${blocked})`);
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('test:vscode: no DISPLAY; VS Code needs one on Linux (run it as `xvfb-run -a npm run test:vscode`).');
  }

  const temp = mkdtempSync(join(tmpdir(), 'nsroles-vscode-test-'));
  try {
    // The packaged extension, as a user installs it, unpacked for --extensionDevelopmentPath.
    const vsix = join(temp, 'nsroles.vsix');
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-vsix.mjs'), '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
    const extension = join(temp, 'extension');
    unzipFolder(vsix, 'extension/', extension);
    // A copy of examples/, so the quick fix never edits the repository.
    const workspace = join(temp, 'examples');
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    mkdirSync(join(temp, 'user-data'));
    mkdirSync(join(temp, 'extensions'));

    return await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: 'stable' }),
      extensionDevelopmentPath: extension,
      extensionTestsPath: await bundleSuite(),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        '--user-data-dir',
        join(temp, 'user-data'),
        '--extensions-dir',
        join(temp, 'extensions'),
      ],
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`test:vscode failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );

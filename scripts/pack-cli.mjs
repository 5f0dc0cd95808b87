#!/usr/bin/env node
// `npm run pack:cli`: the nsroles CLI alone as an npm package, nsroles-VERSION.tgz, for a
// repository's devDependencies (no nsroles package is published). It holds one bundled file,
// cli.js, and has no dependencies, so installing it needs no registry and runs no scripts.
// Usage: node scripts/pack-cli.mjs [--out FOLDER]   (default: the repository root)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds and packs the CLI into `out`; returns the tarball's path. */
export async function packCli(out = repoRoot) {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const stage = mkdtempSync(join(tmpdir(), 'nsroles-pack-cli-'));
  try {
    await esbuild.build({
      entryPoints: [join(repoRoot, 'server/src/cli.ts')],
      outfile: join(stage, 'cli.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    });
    const manifest = {
      name: pkg.name,
      version: pkg.version,
      description: 'The nsroles command-line interface: lint and simulate NetSuite token-based authentication roles.',
      license: pkg.license,
      bin: { nsroles: 'cli.js' },
      files: ['cli.js'],
      engines: { node: pkg.engines.node },
    };
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    copyFileSync(join(repoRoot, 'LICENSE'), join(stage, 'LICENSE'));
    writeFileSync(
      join(stage, 'README.md'),
      `# nsroles CLI ${pkg.version}\n\nRun \`npx nsroles --help\`. Built from the nsroles repository with \`npm run pack:cli\`; see its README, "Use the CLI in your repository".\n`,
    );
    mkdirSync(out, { recursive: true });
    const name = execFileSync('npm', ['pack', '--pack-destination', resolve(out), '--loglevel=error'], { cwd: stage, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    return join(resolve(out), name);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--out');
  const tarball = await packCli(i > 0 ? process.argv[i + 1] : undefined);
  console.log(tarball);
}

// Bundles the extension host, the language server, the CLI and the webview.
// `--production` minifies for the .vsix; development builds keep source maps.
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { writeCodicons } from './scripts/codicons.mjs';
import { generate } from './scripts/gen-permissions.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

const builds = [
  {
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', target: 'node18' },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (existsSync('client/webview/main.ts')) {
  builds.push({ ...common, entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' });
}

// The engine's permission table, generated from Oracle's list before anything imports it.
generate();
mkdirSync('dist', { recursive: true });
if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  if (existsSync('client/webview/style.css')) cpSync('client/webview/style.css', 'dist/webview.css');
  // The simulator webview's icons, served from dist/: only those it draws.
  if (existsSync('node_modules/@vscode/codicons/dist/codicon.css')) await writeCodicons();
}

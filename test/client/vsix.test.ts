import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PERMISSIONS, RULES } from '../../server/src/engine';
import { hasPermissionPage } from '../../server/src/ide/hover';
import { manifest, ROOT } from './manifest';

// Not copied into the staging folder: dependencies are linked, the rest is no input to packaging.
const NOT_COPIED = new Set(['node_modules', '.git', '.cache', 'test-results', 'nsroles.vsix']);

/**
 * A copy of the working tree (stale dist/ files and all, so they are tested too) with
 * node_modules linked in. Packaging there leaves the repository's dist/ alone, which other
 * suites, a watch build or a concurrent run may be using.
 */
function stagingCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-vsix-'));
  fs.cpSync(ROOT, dir, { recursive: true, filter: (src) => !NOT_COPIED.has(path.relative(ROOT, src).split(path.sep)[0]) });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Name and size of every entry of a zip file, read from its central directory. */
export function listZip(zip: Buffer): { name: string; size: number }[] {
  // The end-of-central-directory record is the last 22 bytes, unless a comment follows it.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: { name: string; size: number }[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    out.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

function run(cwd: string, command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

// What the .vsix may hold: vsce's own manifest files, and the runtime files of .vscodeignore.
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE(\.txt)?|language-configuration\.json)$/i,
  /^extension\/dist\/(extension|server|webview)\.js$/,
  /^extension\/dist\/webview\.css$/,
  /^extension\/dist\/codicons\/codicon\.(css|ttf)$/,
  /^extension\/syntaxes\/nsroles\.tmLanguage\.json$/,
  /^extension\/schemas\/nsroles-config\.schema\.json$/,
  /^extension\/docs\/rules\/[A-Za-z0-9-]+\.md$/,
  /^extension\/docs\/permissions\/[A-Z0-9_]+\.md$/,
  /^extension\/media\/[\w.-]+\.(png|svg)$/,
  /^extension\/media\/walkthrough\/[\w.-]+\.(md|svg)$/,
];

// What must never leak in, named so a failure says what went wrong.
const FORBIDDEN: [RegExp, string][] = [
  [/\.tsx?$/, 'TypeScript source'],
  [/\.map$/, 'source map'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/(^|\/)(test|tests|__tests__)\//, 'tests'],
  [/\.test\.|\.spec\./, 'tests'],
  [/(^|\/)examples\//, 'examples'],
  [/(^|\/)(client|server|shared|scripts|bench|\.cache|\.ci|\.git)\//, 'sources or tooling'],
  [/\.vsix$/, 'a package inside the package'],
  [/(tsconfig\.json|esbuild\.mjs|\.mocharc\.json|package-lock\.json|\.vscodeignore)$/, 'build configuration'],
];

describe('packaging: npm run package builds a .vsix of runtime files only', function () {
  // A production build plus vsce walking the repository.
  this.timeout(240_000);
  let entries: { name: string; size: number }[] = [];
  let staging = '';

  before(() => {
    staging = stagingCopy();
    run(staging, 'npm', ['run', 'package']);
    const zip = fs.readFileSync(path.join(staging, 'nsroles.vsix'));
    entries = listZip(zip);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const unpacked = entries.reduce((s, e) => s + e.size, 0);
    console.log(`      nsroles.vsix: ${kb(zip.length)} (${entries.length} files, ${kb(unpacked)} unpacked)`);
    for (const e of [...entries].sort((a, b) => b.size - a.size).slice(0, 5)) console.log(`        ${kb(e.size).padStart(10)}  ${e.name}`);
  });

  after(() => {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
  });

  it('holds nothing but runtime files', () => {
    const leaks = entries.flatMap((e) => FORBIDDEN.filter(([re]) => re.test(e.name)).map(([, what]) => `${e.name} (${what})`));
    assert.deepEqual(leaks, []);
    assert.deepEqual(
      entries.map((e) => e.name).filter((n) => !ALLOWED.some((re) => re.test(n))),
      [],
      'files outside the allow-list',
    );
  });

  it('holds every runtime file the manifest and the client need', () => {
    const names = new Set(entries.map((e) => e.name));
    const m = manifest();
    const required = [
      'extension/package.json',
      'extension/readme.md', // vsce writes the readme and changelog in lower case
      `extension/${m.main.replace(/^\.\//, '')}`,
      'extension/dist/server.js',
      'extension/language-configuration.json',
      ...m.contributes.grammars.map((g: { path: string }) => `extension/${g.path.replace(/^\.\//, '')}`),
      `extension/${m.icon}`,
      ...RULES.map((r) => `extension/docs/rules/${r.id}.md`),
      // The pages permission hovers link to.
      ...PERMISSIONS.filter(hasPermissionPage).map((p) => `extension/docs/permissions/${p.id}.md`),
    ];
    if (fs.existsSync(path.join(ROOT, 'client/webview/main.ts')))
      required.push('extension/dist/webview.js', 'extension/dist/codicons/codicon.css', 'extension/dist/codicons/codicon.ttf');
    // Walkthrough media: the markdown (or svg) each step shows.
    for (const w of m.contributes.walkthroughs ?? []) for (const s of w.steps) required.push(`extension/${s.media.markdown ?? s.media.svg}`);
    if (fs.existsSync(path.join(ROOT, 'client/webview/style.css'))) required.push('extension/dist/webview.css');
    assert.deepEqual(
      required.filter((f) => !names.has(f)),
      [],
    );
    assert.ok(
      [...names].some((n) => /^extension\/LICENSE(\.txt)?$/.test(n)),
      'LICENSE',
    );
  });

  it('ships minified bundles', () => {
    const ext = entries.find((e) => e.name === 'extension/dist/extension.js')!;
    const text = fs.readFileSync(path.join(staging, 'dist/extension.js'), 'utf8');
    assert.ok(ext.size > 0);
    assert.ok(!text.includes('//# sourceMappingURL'), 'the production bundle points at no source map');
  });
});

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// The layers the protocol module draws: the webview sees only its own folder and shared/, the
// protocol depends on nothing of the project, the engine takes only plain data types from it.
const ROOT = path.join(__dirname, '../..');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(rel));
    else if (rel.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Every module a file imports (static `import … from`, `export … from`, side-effect `import '…'`), as written. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm)].map((m) => m[1] ?? m[2]);
}

/** A relative import as a repository path (no extension), or the package name. */
function resolve(file: string, spec: string): string {
  return spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : `package:${spec}`;
}

function violations(files: string[], allowed: (target: string) => boolean): string[] {
  return files.flatMap((f) => importsOf(f).flatMap((s) => (allowed(resolve(f, s)) ? [] : [`${f} imports ${s}`])));
}

describe('layers', () => {
  it('the webview imports only client/webview/ and shared/', () => {
    const files = tsFiles('client/webview');
    assert.ok(files.length > 5);
    assert.deepEqual(
      violations(files, (t) => t.startsWith('client/webview/') || t.startsWith('shared/')),
      [],
    );
  });

  it('shared/ depends on nothing of the project; the protocol only on valibot and the LSP protocol package', () => {
    const files = tsFiles('shared');
    assert.deepEqual(
      violations(files, (t) => t.startsWith('shared/') || t === 'package:valibot' || t === 'package:vscode-languageserver-protocol'),
      [],
    );
  });

  it('the engine takes only the vocabulary and the wire types from shared/', () => {
    const files = tsFiles('server/src/engine');
    const shared = files.flatMap((f) => importsOf(f).map((s) => resolve(f, s))).filter((t) => t.startsWith('shared/'));
    assert.ok(shared.length > 0, 'the engine no longer imports the vocabulary from shared/protocol');
    assert.deepEqual(
      [...new Set(shared)].filter((t) => t !== 'shared/protocol/vocabulary' && t !== 'shared/protocol/wire'),
      [],
    );
  });

  it('the built webview bundle holds no engine, server or extension-host code', () => {
    const bundle = path.join(ROOT, 'dist/webview.js');
    const map = path.join(ROOT, 'dist/webview.js.map');
    assert.ok(fs.existsSync(bundle) && fs.existsSync(map), 'dist/webview.js or its map is missing: run npm run build (npm test does)');
    const js = fs.readFileSync(bundle, 'utf8');
    // The map belongs to this bundle (a production build writes none, and would leave an old one).
    assert.match(js, /\n\/\/# sourceMappingURL=webview\.js\.map\s*$/, 'dist/webview.js is not a development build: run npm run build');
    // A development build marks each module it bundles with a `// path` line; they are the map's sources.
    const modules = [...js.matchAll(/^\s*\/\/ (\S+\.(?:ts|js|mjs|cjs))$/gm)].map((m) => m[1]);
    const sources: string[] = JSON.parse(fs.readFileSync(map, 'utf8')).sources.map((s: string) => path.posix.normalize(path.posix.join('dist', s)));
    assert.deepEqual([...modules].sort(), [...sources].sort());
    assert.ok(modules.includes('client/webview/main.ts'));
    assert.deepEqual(
      modules.filter((s) => !s.startsWith('client/webview/') && !s.startsWith('shared/') && !s.includes('node_modules/valibot/')),
      [],
    );
  });
});

// Writes dist/codicons/: codicons' stylesheet and font cut down to the icons the simulator draws
// (client/webview/icons.ts). The whole set is ~160 KB of a .vsix budgeted at 500 KB.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import subsetFont from 'subset-font';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FROM = join(ROOT, 'node_modules', '@vscode', 'codicons', 'dist');
const OUT = join(ROOT, 'dist', 'codicons');
// One icon per line in codicon.css: `.codicon-NAME:before { content: "\eXXX" }`.
const RULE = /^\.codicon-([a-z0-9-]+):before \{ content: "\\([0-9a-f]+)" \}$/;

/** The names in client/webview/icons.ts, read by bundling it (it is TypeScript). */
async function iconNames() {
  const out = await esbuild.build({ entryPoints: [join(ROOT, 'client', 'webview', 'icons.ts')], bundle: true, format: 'esm', write: false });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return [...mod.ICONS];
}

/** A stylesheet line's icon rule as [name, code point], or undefined for any other line. */
function ruleOf(line) {
  const m = RULE.exec(line.trim());
  return m ? [m[1], parseInt(m[2], 16)] : undefined;
}

/** Each icon's rule in a codicon stylesheet: name → code point. */
export function iconRules(css) {
  const out = new Map();
  for (const line of css.split('\n')) {
    const rule = ruleOf(line);
    if (rule) out.set(...rule);
  }
  return out;
}

/** codicon.css without the rules of other icons, and the code points of those kept. */
export function trimStylesheet(css, names) {
  const want = new Set(names);
  const found = new Map();
  const lines = css.split('\n').filter((line) => {
    const rule = ruleOf(line);
    if (!rule) return true;
    if (!want.has(rule[0])) return false;
    found.set(...rule);
    return true;
  });
  const missing = names.filter((n) => !found.has(n));
  if (missing.length) throw new Error(`client/webview/icons.ts names icons codicons does not have: ${missing.join(', ')}`);
  return { css: lines.join('\n'), codePoints: [...new Set(found.values())] };
}

export async function writeCodicons() {
  const { css, codePoints } = trimStylesheet(readFileSync(join(FROM, 'codicon.css'), 'utf8'), await iconNames());
  const font = await subsetFont(readFileSync(join(FROM, 'codicon.ttf')), String.fromCodePoint(...codePoints), { targetFormat: 'truetype' });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'codicon.css'), css);
  writeFileSync(join(OUT, 'codicon.ttf'), font);
}

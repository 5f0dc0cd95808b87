import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ICONS } from '../../client/webview/icons';

const ROOT = path.join(__dirname, '..', '..');
const FROM = path.join(ROOT, 'node_modules', '@vscode', 'codicons', 'dist');
const BUILT = path.join(ROOT, 'dist', 'codicons');

const script = () => import('../../scripts/codicons.mjs');
const read = (dir: string) => fs.readFileSync(path.join(dir, 'codicon.css'), 'utf8');

async function codePointsOf(font: Buffer): Promise<Set<number>> {
  const hb = (await import('harfbuzzjs')) as unknown as {
    Blob: new (b: Uint8Array) => unknown;
    Face: new (b: unknown, i: number) => { collectUnicodes(): Uint32Array };
  };
  return new Set(new hb.Face(new hb.Blob(font), 0).collectUnicodes());
}

describe('codicons in the .vsix: only the icons the simulator draws', () => {
  it('the built stylesheet has a rule for each icon of client/webview/icons.ts and for no other', async () => {
    const { iconRules } = await script();
    const built = iconRules(read(BUILT));
    assert.deepEqual([...built.keys()].sort(), [...ICONS].sort());
    // The same code points as codicons' own stylesheet gives them.
    const full = iconRules(read(FROM));
    assert.ok(full.size > 500, `codicons' own rules: ${full.size}`);
    for (const [name, cp] of built) assert.equal(cp, full.get(name), name);
    assert.match(read(BUILT), /@font-face \{[^}]*codicon\.ttf/);
  });

  it('the built font has a glyph for each of those code points, and is a small part of the whole', async () => {
    const { iconRules } = await script();
    const font = fs.readFileSync(path.join(BUILT, 'codicon.ttf'));
    const has = await codePointsOf(font);
    for (const [name, cp] of iconRules(read(BUILT))) assert.ok(has.has(cp), `no glyph for ${name}`);
    const whole = fs.statSync(path.join(FROM, 'codicon.ttf')).size;
    assert.ok(font.length < whole / 5, `${font.length} bytes of ${whole}`);
  });

  it('names an icon codicons does not have, instead of drawing nothing', async () => {
    const { iconRules, trimStylesheet } = await script();
    const css = read(FROM);
    assert.throws(() => trimStylesheet(css, ['error', 'no-such-icon']), /icons codicons does not have: no-such-icon/);
    assert.deepEqual(iconRules(trimStylesheet(css, ['error']).css), new Map([['error', 0xea87]]));
  });
});

/**
 * What the extension host lets user-written text do. These settings live in code that imports
 * `vscode`, so they are checked in the source: hover Markdown from the server is never trusted
 * (no command links) and never HTML; the simulator webview runs no command URIs and no forms.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './manifest';

function sources(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [{ file: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') }] : [];
  });
}

describe('client: user text is never trusted', () => {
  const client = sources(path.join(ROOT, 'client', 'src'));

  it('the language client renders server Markdown untrusted and without HTML', () => {
    const session = client.find((f) => f.file.endsWith('session.ts'))!;
    assert.match(session.text, /markdown:\s*\{\s*isTrusted:\s*false,\s*supportHtml:\s*false\s*\}/);
  });

  it('nothing in the extension marks Markdown trusted, enables HTML or theme icons in it, or builds a MarkdownString from names', () => {
    for (const { file, text } of client) {
      assert.doesNotMatch(text, /isTrusted\s*[:=]\s*(true|\{)/, file);
      assert.doesNotMatch(text, /supportHtml\s*[:=]\s*true/, file);
      assert.doesNotMatch(text, /supportThemeIcons\s*[:=]\s*true/, file);
      assert.doesNotMatch(text, /new\s+(vscode\.)?MarkdownString\(/, `${file}: a MarkdownString is built in the client; check what it quotes`);
    }
  });

  it('the simulator webview allows scripts only, no command URIs and no forms, and loads only from dist/ and media/', () => {
    const panel = client.find((f) => f.file.endsWith(path.join('simulator', 'panel.ts')))!;
    assert.match(panel.text, /enableCommandUris:\s*false/);
    assert.match(panel.text, /enableForms:\s*false/);
    assert.match(panel.text, /localResourceRoots:\s*\[vscode\.Uri\.joinPath\(extensionUri, 'dist'\), vscode\.Uri\.joinPath\(extensionUri, 'media'\)\]/);
  });
});

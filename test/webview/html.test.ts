import * as assert from 'assert';
import { makeNonce, renderSimulatorHtml, simulatorCsp } from '../../client/src/simulator/html';

const OPTS = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'bm9uY2Utb25l',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.css',
  codiconsUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/codicons/codicon.css',
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
}

describe('simulator webview HTML and CSP', () => {
  it("denies everything by default and allows scripts only by nonce, styles and fonts only from the webview's source", () => {
    const d = directives(simulatorCsp(OPTS));
    assert.deepStrictEqual(d.get('default-src'), ["'none'"]);
    assert.deepStrictEqual(d.get('script-src'), [`'nonce-${OPTS.nonce}'`]);
    assert.deepStrictEqual(d.get('style-src'), [OPTS.cspSource]);
    assert.deepStrictEqual(d.get('font-src'), [OPTS.cspSource]);
    for (const [k, v] of d) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'https:', 'http:']) assert.ok(!v.includes(bad), `${k} allows ${bad}`);
    }
  });

  it('puts the CSP in the page and gives its only script the nonce', () => {
    const html = renderSimulatorHtml(OPTS);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'no CSP meta tag');
    assert.strictEqual(meta[1].replace(/&#39;/g, "'"), simulatorCsp(OPTS));
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)];
    assert.strictEqual(scripts.length, 1);
    assert.ok(scripts[0][1].includes(`nonce="${OPTS.nonce}"`));
    assert.ok(scripts[0][1].includes(`src="${OPTS.scriptUri}"`));
    assert.ok(!/\son[a-z]+=/i.test(html), 'inline event handler');
    assert.ok(!/<style\b|\sstyle=/i.test(html), 'inline style');
    for (const m of html.matchAll(/(?:src|href)="([^"]*)"/g)) assert.ok(m[1].startsWith(OPTS.cspSource), `${m[1]} is not from the extension`);
  });

  it('makes a fresh, unguessable nonce for every render', () => {
    const seen = new Set(Array.from({ length: 200 }, makeNonce));
    assert.strictEqual(seen.size, 200);
    for (const n of seen) assert.strictEqual(Buffer.from(n, 'base64').length, 16);
  });

  it('escapes what it puts in attributes', () => {
    const html = renderSimulatorHtml({ ...OPTS, scriptUri: 'https://x/"><script>alert(1)</script>' });
    assert.ok(!html.includes('"><script>alert(1)'));
  });
});

/**
 * Loads the built simulator webview in Debian's headless Chromium, as VS Code would serve it:
 * the same HTML (renderSimulatorHtml), the same CSP, resources from dist/ under one origin,
 * theme variables on <html>, and a fake `acquireVsCodeApi` wired to a FakeHost.
 */
import * as fs from 'fs';
import * as path from 'path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { makeNonce, renderSimulatorHtml } from '../../client/src/simulator/html';
import type { HostMessage, SimulatorState } from '../../shared/protocol/webview';
import type { FakeHost } from './fakeHost';
import type { Theme } from './themes';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';

export const ORIGIN = 'https://webview.test';
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'test-results/webview');

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json' };

export function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  for (const f of ['webview.js', 'webview.css', 'codicons/codicon.css', 'codicons/codicon.ttf']) {
    if (!fs.existsSync(path.join(DIST, f))) throw new Error(`dist/${f} is missing: run npm run build first`);
  }
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
}

export interface Webview {
  page: Page;
  host: FakeHost;
  /** CSP violations the page reported. */
  violations(): Promise<string[]>;
  /** Requests for anything but the webview's own origin (must stay empty). */
  foreignRequests: string[];
  /** Uncaught errors and console errors in the page (must stay empty). */
  errors: string[];
  /** What the webview last stored with setState. */
  savedState(): Promise<SimulatorState | undefined>;
}

/** Opens the webview at `width` px with a theme, optionally restoring a saved state. */
export async function openWebview(browser: Browser, host: FakeHost, theme: Theme, opts: { width?: number; state?: unknown } = {}): Promise<Webview> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 400, height: 900 }, colorScheme: theme.colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const html = renderSimulatorHtml({
    cspSource: ORIGIN,
    nonce: makeNonce(),
    scriptUri: `${ORIGIN}/dist/webview.js`,
    styleUri: `${ORIGIN}/dist/webview.css`,
    codiconsUri: `${ORIGIN}/dist/codicons/codicon.css`,
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      foreignRequests.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
    const file = path.join(DIST, url.pathname.replace(/^\/dist\//, ''));
    if (!url.pathname.startsWith('/dist/') || !file.startsWith(DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  host.connect(async (m: HostMessage) => {
    await page.evaluate((msg) => window.postMessage(msg, '*'), m as unknown as Record<string, unknown>);
  });
  await page.exposeBinding('__nsrolesToHost', (_source, raw: unknown) => {
    void host.receive(raw);
  });
  // tsx compiles this file with keepNames, so functions sent to the page may call `__name`.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  // Runs before the webview's own script, outside its CSP, like VS Code's preload does.
  await page.addInitScript(
    ({ state, theme }) => {
      const w = window as unknown as Record<string, unknown>;
      let saved: unknown = state;
      const violations: string[] = [];
      w.__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
      w.__savedState = () => saved;
      w.acquireVsCodeApi = () => ({
        postMessage: (m: unknown) => (w.__nsrolesToHost as (m: unknown) => void)(JSON.parse(JSON.stringify(m))),
        getState: () => saved,
        setState: (s: unknown) => {
          saved = s;
        },
      });
      const paint = () => {
        for (const [k, v] of Object.entries(theme.vars)) document.documentElement.style.setProperty(`--vscode-${k}`, v);
        document.body.classList.add(theme.bodyClass);
      };
      if (document.body) paint();
      else document.addEventListener('DOMContentLoaded', paint);
    },
    { state: opts.state, theme },
  );
  await page.goto(`${ORIGIN}/index.html`);
  return {
    page,
    host,
    foreignRequests,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice()),
    savedState: () => page.evaluate(() => (window as unknown as { __savedState: () => SimulatorState | undefined }).__savedState()),
  };
}

/** Writes a screenshot of the whole panel to test-results/webview/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (injected through the debugger, so the CSP does not apply to it). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

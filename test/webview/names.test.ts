/**
 * Names that try to become links, commands or Markdown, in the simulator: `](command:…)`,
 * `[click](command:…)`, backticks and emphasis, `$(icon)`, `javascript:`. In Chromium they show
 * as text on every tab and nothing becomes a link; in the Markdown export they stay text too.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { matrixToMarkdown } from '../../shared/matrixText';
import type { MatrixRow } from '../../shared/protocol/wire';
import { launch, openWebview } from './browser';
import { FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { choose, openTab, panel, pickUser, waitForVerdict } from './ui';

const ROLE = '](command:workbench.action.terminal.new)';
const MANAGER = '`code` *em* **b** $(alert)';
const USER = '[click](command:workbench.action.terminal.new "x")';
const OTHER = 'javascript:alert(1)';

const q = (s: string) => `"${s.replace(/[\\"]/g, (c) => '\\' + c)}"`;
const TEXT = [
  `role ${q(ROLE)} { permission ADMI_LOGIN_OAUTH }`,
  `role ${q(MANAGER)} { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }`,
  `user ${q(USER)} { role ${q(ROLE)} }`,
  `user ${q(OTHER)} { role ${q(MANAGER)} }`,
  '',
].join('\n');

describe('simulator webview in Chromium: link- and Markdown-shaped names', function () {
  let browser: Browser;
  let dir: string;
  before(async () => {
    browser = await launch();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-webview-names-'));
    fs.writeFileSync(path.join(dir, 'names.nsroles'), TEXT);
  });
  after(async () => {
    await browser?.close();
    // before() may have failed before making the folder.
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('show as text on every tab; nothing becomes a link, markup or a command', async () => {
    const host = new FakeHost(path.join(dir, 'names.nsroles'));
    const w = await openWebview(browser, host, THEMES.dark);
    const { page } = w;
    await pickUser(page, USER);
    await choose(page, 'simulate', 'Action', 'restlet-login');
    await waitForVerdict(page, 'ALLOW', `${USER} as ${ROLE}: restlet-login`);
    await pickUser(page, OTHER);
    await choose(page, 'simulate', 'Action', 'issue-token');
    await waitForVerdict(page, 'DENY', `${OTHER} as ${MANAGER}`);

    await openTab(page, 'Matrix');
    await panel(page, 'matrix').locator('tr.actor-row').first().waitFor();
    const users = await panel(page, 'matrix').locator('.user').allTextContents();
    assert.ok(users.includes(USER) && users.includes(OTHER), JSON.stringify(users));

    await openTab(page, 'Who can');
    await panel(page, 'whoCan').locator('h2').waitFor();

    // No element came from a name: no links at all, no emphasis or code holding a name's pieces.
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepStrictEqual(
      links.filter((h) => /^(command|javascript):/i.test(h ?? '')),
      [],
    );
    assert.strictEqual(await page.locator('em:text-is("em"), code:text-is("code"), strong:text-is("b"), img').count(), 0);
    const body = await page.locator('body').textContent();
    for (const n of [ROLE, MANAGER, USER, OTHER]) assert.ok(body?.includes(n), `${n} is not shown as written`);
    assert.deepStrictEqual(w.foreignRequests, []);
    assert.deepStrictEqual(w.errors, []);
    assert.deepStrictEqual(host.rejected, []);
  });
});

describe('simulator Markdown export: link- and Markdown-shaped names', () => {
  it('renders (markdown-it, HTML on) with no link, image or markup from a name, and shows each name as written', () => {
    const MarkdownIt = require('markdown-it') as new (o: object) => { render(src: string): string };
    const names = [ROLE, MANAGER, USER, OTHER, '<img src=x onerror=alert(1)>', '![x](https://evil.example/x.png)', 'a | b', 'line\nbreak'];
    const rows: MatrixRow[] = names.map((n) => ({ user: n, role: n, action: 'restlet-login', target: null, decision: 'deny', rule: 'TBA-LOGIN' }));
    const html = new MarkdownIt({ html: true, linkify: false }).render(matrixToMarkdown(rows, USER));
    assert.doesNotMatch(html, /<(a|img|em|strong|code|script)\b/, html);
    const text = html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const n of names) assert.ok(text.includes(n.replace(/\n/g, ' ')), `${JSON.stringify(n)} not shown as written`);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { WebviewMessage } from '../../shared/protocol/webview';
import { pathToFileURL } from 'url';
import { ACME, FakeHost } from './fakeHost';
import { axeViolations, launch, openWebview, screenshot, type Webview } from './browser';
import { THEMES } from './themes';
import { isType, openTab, panel } from './ui';

const ROLES = path.join(path.dirname(ACME), 'roles.nsroles');
const acme = fs.readFileSync(ACME, 'utf8');
const roles = fs.readFileSync(ROLES, 'utf8');

/** Line (1-based) of `text` in `file`. */
function lineOf(file: string, text: string): number {
  return file.split('\n').findIndex((l) => l.includes(text)) + 1;
}

/** dave@acme.com loses his one role: every token action he had goes. */
const DAVE_LEAVES = acme.replace('user "dave@acme.com" {\n  role "Developer"\n}', 'user "dave@acme.com" {\n}');
/** The Support Analyst role may now log in with tokens: frank and grace gain RESTlet logins. */
const SUPPORT_LOGS_IN = roles.replace('permission "Log in using Access Tokens" none', 'permission "Log in using Access Tokens" full');

/** The heading and every pair shown: kind, who, action group, and the line links. */
async function shown(page: Page, heading: RegExp): Promise<{ heading: string; pairs: { kind: string; who: string; action: string; lines: string[] }[] }> {
  const results = panel(page, 'changes').locator('.ch-results');
  await page.waitForFunction(
    (re) => {
      const r = document.querySelector('#panel-changes .ch-results');
      return r?.getAttribute('aria-busy') === 'false' && new RegExp(re).test(r.querySelector('h2')?.textContent ?? '');
    },
    heading.source,
    { timeout: 5000 },
  );
  return {
    heading: (await results.locator('h2').textContent()) ?? '',
    pairs: await results.locator('.ch-pair').evaluateAll((items) =>
      items.map((li) => ({
        kind: li.querySelector('.ch-kind .word')?.textContent ?? '',
        who: li.querySelector('.ch-who')?.textContent ?? '',
        action: li.closest('section')?.querySelector('h3 code')?.textContent ?? '',
        lines: Array.from(li.querySelectorAll('.ch-lines li')).map((e) => e.textContent ?? ''),
      })),
    ),
  };
}

/** Clicks a line link and checks what the webview asked the host, and that nothing went wrong on the way. */
async function revealsVia(w: Webview, link: Locator, expected: WebviewMessage): Promise<void> {
  await link.click();
  assert.deepStrictEqual(await w.host.waitForSent(isType('revealLine')), expected);
  assert.deepStrictEqual(w.errors, []);
  assert.deepStrictEqual(w.host.rejected, []);
}

describe('simulator webview in Chromium: the Changes tab', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  it('follows edits as they come, groups pairs by action, and links each to the line that caused it', async () => {
    const host = new FakeHost();
    const w = await openWebview(browser, host, THEMES.light);
    const { page } = w;
    await openTab(page, 'Changes');
    let now = await shown(page, /^\+0 granted, −0 revoked since HEAD$/);
    assert.deepStrictEqual(now.pairs, []);
    assert.strictEqual(await panel(page, 'changes').locator('.ch-results p.hint').textContent(), 'Nobody gains or loses access since HEAD.');

    // An edit in an included file, unsaved: the host pushes the new model and the tab asks again.
    await host.edit(ROLES, SUPPORT_LOGS_IN);
    now = await shown(page, /^\+[1-9]\d* granted, −0 revoked since HEAD$/);
    const restlet = now.pairs.filter((p) => p.action === 'restlet-login');
    assert.deepStrictEqual(
      restlet.map((p) => [p.kind, p.who.replace(/\s+TBA-\S+$/, '')]),
      [
        ['Granted', 'Granted frank@acme.com as Support Analyst'],
        ['Granted', 'Granted grace@acme.com as Support Analyst'],
      ],
    );
    const line = lineOf(SUPPORT_LOGS_IN, 'role "Support Analyst" {') + 2;
    assert.match(SUPPORT_LOGS_IN.split('\n')[line - 1], /"Log in using Access Tokens" full/);
    assert.deepStrictEqual(restlet[0].lines, [`examples/acme/roles.nsroles:${line} permission "Log in using Access Tokens" full`]);
    // Groups come in the vocabulary's order of actions, each once.
    const order = [...new Set(now.pairs.map((p) => p.action))];
    assert.deepStrictEqual(
      order,
      ['issue-token', 'revoke-token', 'restlet-login', 'web-services-login'].filter((a) => order.includes(a)),
    );
    const link = panel(page, 'changes')
      .locator('section', { has: page.locator('h3 code', { hasText: 'restlet-login' }) })
      .locator('.ch-lines button.link')
      .first();
    await revealsVia(w, link, { type: 'revealLine', uri: pathToFileURL(ROLES).toString(), line });
  });

  it('a removed line links to HEAD’s text: the link says so and asks the host for the base version', async () => {
    const host = new FakeHost();
    const w = await openWebview(browser, host, THEMES.dark);
    const { page } = w;
    await host.push({ type: 'preset', changes: true });
    assert.strictEqual(await page.getByRole('tab', { name: 'Changes' }).getAttribute('aria-selected'), 'true');
    await host.edit(ACME, DAVE_LEAVES);
    const now = await shown(page, /^\+0 granted, −[1-9]\d* revoked since HEAD$/);
    assert.ok(now.pairs.length > 0 && now.pairs.every((p) => p.kind === 'Revoked'));
    const own = now.pairs.find((p) => p.action === 'issue-token' && p.who.startsWith('Revoked dave@acme.com as Developer (own token)'));
    assert.ok(own, JSON.stringify(now.pairs));
    const line = lineOf(acme, 'user "dave@acme.com" {') + 1;
    assert.deepStrictEqual(own.lines, [`examples/acme/account.nsroles:${line} (HEAD, removed) role "Developer"`]);
    const link = panel(page, 'changes').locator('.ch-lines li.removed button.link').first();
    await revealsVia(w, link, { type: 'revealLine', uri: pathToFileURL(ACME).toString(), line, base: true });
  });

  it('a failed comparison (no git repository) shows the host’s reason in the tab', async () => {
    const host = new FakeHost();
    const w = await openWebview(browser, host, THEMES.light);
    const { page } = w;
    await openTab(page, 'Changes');
    const asked = await host.waitForSent(isType('accessDelta'));
    // The host answers a later request the way the panel does when the file is in no repository.
    host.sent.length = 0;
    await host.edit(ACME, acme + '\n');
    const again = await host.waitForSent(isType('accessDelta'));
    assert.ok(again.requestId > asked.requestId);
    await host.push({ type: 'notice', level: 'error', message: 'account.nsroles is not in a git repository.', requestId: again.requestId });
    await panel(page, 'changes').getByRole('alert').waitFor();
    assert.strictEqual(await panel(page, 'changes').getByRole('alert').textContent(), 'account.nsroles is not in a git repository.');
    assert.deepStrictEqual(w.errors, []);
  });

  for (const theme of ['light', 'dark', 'hc'] as const) {
    it(`${theme}: no serious or critical axe violation, with granted and revoked pairs on screen`, async () => {
      const host = new FakeHost();
      const w = await openWebview(browser, host, THEMES[theme]);
      const { page } = w;
      await openTab(page, 'Changes');
      await host.edit(ROLES, SUPPORT_LOGS_IN);
      await host.edit(ACME, DAVE_LEAVES);
      const now = await shown(page, /^\+[1-9]\d* granted, −[1-9]\d* revoked since HEAD$/);
      assert.ok(now.pairs.some((p) => p.kind === 'Granted') && now.pairs.some((p) => p.kind === 'Revoked'));
      const found = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepStrictEqual(found, [], JSON.stringify(found, null, 2));
      await screenshot(page, `changes-${theme}`);
      assert.deepStrictEqual(w.errors, []);
    });
  }
});

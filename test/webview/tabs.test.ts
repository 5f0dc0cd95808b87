import * as assert from 'assert';
import type { Browser } from 'playwright-core';
import { actorPairs, tokenTargetCounts, whoCan } from '../../server/src/engine';
import type { ExportMatrixMessage, MatrixMessage } from '../../shared/protocol/webview';
import { launch, openWebview, screenshot } from './browser';
import { FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { choose, isType, openTab, panel, waitForVerdict } from './ui';

describe('simulator webview in Chromium: the Matrix and Who can tabs', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  for (const theme of ['light', 'dark'] as const) {
    it(`matrix (${theme}): a row per (user, held role), cells with icon and word, filter, targets on demand, a cell opens its answer`, async () => {
      const host = new FakeHost();
      const w = await openWebview(browser, host, THEMES[theme]);
      const { page } = w;
      await waitForVerdict(page, 'ALLOW');
      await openTab(page, 'Matrix');
      assert.strictEqual(await page.getByRole('tab', { name: 'Matrix' }).getAttribute('aria-selected'), 'true');
      const rows = panel(page, 'matrix').locator('tr.actor-row');
      await rows.first().waitFor();
      const pairs = actorPairs(host.load().model);
      assert.strictEqual(await rows.count(), pairs.length);
      assert.deepStrictEqual(await panel(page, 'matrix').locator('thead th').allTextContents(), [
        'User as role',
        'Issue own token',
        'Issue for others',
        'Revoke own token',
        'Revoke for others',
        'Log in to a RESTlet',
        'Log in to web services',
      ]);

      // svc-orders can log in through a RESTlet: icon + word, and a label for screen readers.
      const svc = rows.filter({ hasText: 'svc-orders' });
      const restlet = svc.locator('td').nth(4).getByRole('button');
      assert.strictEqual(await restlet.textContent(), 'Allow');
      assert.strictEqual(await restlet.getAttribute('aria-label'), 'svc-orders as RESTlet Integration, Log in to a RESTlet: allowed');
      assert.strictEqual(await restlet.locator('.codicon-pass-filled').count(), 1);

      // A manager of other users' tokens: no own token, tokens for others counted.
      const bob = rows.filter({ hasText: 'bob@acme.com' });
      const counts = tokenTargetCounts(host.load().model).find((c) => c.user === 'bob@acme.com' && c.action === 'issue-token')!;
      assert.ok(counts.allowed > 0 && counts.allowed < counts.total, JSON.stringify(counts));
      assert.strictEqual(await bob.locator('td').nth(0).getByRole('button').textContent(), 'Deny');
      const others = bob.locator('td').nth(1).getByRole('button');
      assert.strictEqual(await others.textContent(), `Allow${counts.allowed} of ${counts.total} others`);
      assert.strictEqual(
        await others.getAttribute('aria-label'),
        `bob@acme.com as Integration Manager, Issue for others: allowed for ${counts.allowed} of ${counts.total} others`,
      );
      await screenshot(page, `matrix-${theme}`);

      await panel(page, 'matrix').getByLabel('Filter').fill('integration manager');
      assert.deepStrictEqual(await rows.locator('.user').allTextContents(), ['bob@acme.com', 'carol@acme.com']);

      // Token actions expand to every other target only when asked.
      assert.ok(host.sent.filter(isType('matrix')).every((m) => !m.expandTargets));
      await rows.filter({ hasText: 'bob@acme.com' }).getByRole('button', { name: 'Token targets for bob@acme.com as Integration Manager' }).click();
      const expanded = (await host.waitForSent((m): m is MatrixMessage => m.type === 'matrix' && m.expandTargets)) as MatrixMessage;
      assert.ok(expanded.expandTargets);
      const target = panel(page, 'matrix').locator('tr.target-row').filter({ hasText: 'svc-orders' }).filter({ hasText: 'RESTlet Integration' });
      await target.first().waitFor();
      assert.strictEqual(await target.count(), 1, 'only the expanded row shows its targets');
      assert.strictEqual(
        await rows
          .filter({ hasText: 'bob@acme.com' })
          .getByRole('button', { name: /^Token targets/ })
          .getAttribute('aria-expanded'),
        'true',
      );
      if (theme === 'light') await screenshot(page, 'matrix-expanded-light');

      await panel(page, 'matrix').getByRole('button', { name: 'Export CSV' }).click();
      const csv = (await host.waitForSent(isType('exportMatrix'))) as ExportMatrixMessage;
      assert.deepStrictEqual(csv, { type: 'exportMatrix', format: 'csv', filter: 'integration manager', expandTargets: true });
      await panel(page, 'matrix').getByRole('button', { name: 'Export Markdown' }).click();
      await host.waitForSent((m): m is ExportMatrixMessage => m.type === 'exportMatrix' && m.format === 'markdown');

      // A cell opens its full answer in the Simulate tab, focused for the keyboard.
      await target.locator('td').nth(1).getByRole('button').click();
      await waitForVerdict(page, 'ALLOW', 'bob@acme.com as Integration Manager: issue-token for svc-orders as RESTlet Integration');
      assert.strictEqual(await page.getByRole('tab', { name: 'Simulate' }).getAttribute('aria-selected'), 'true');
      assert.strictEqual(await page.evaluate(() => document.activeElement?.id), 'verdict');
      assert.deepStrictEqual(w.errors, []);
      assert.deepStrictEqual(host.rejected, []);
    });

    it(`who can (${theme}): every allowed (user, role) for an action and target, each with its citation`, async () => {
      const host = new FakeHost();
      const w = await openWebview(browser, host, THEMES[theme]);
      const { page } = w;
      await waitForVerdict(page, 'ALLOW');
      await openTab(page, 'Who can');
      const items = panel(page, 'whoCan').locator('ul.who-list > li');
      await items.first().waitFor();
      const expected = whoCan(host.load().model, { action: 'restlet-login' });
      assert.strictEqual(await panel(page, 'whoCan').locator('h2').textContent(), `${expected.length} (user, role) pairs can log in to a RESTlet`);
      assert.deepStrictEqual(
        await items.locator('p.who').allTextContents(),
        expected.map((a) => `${a.user} as ${a.role}`),
      );
      assert.deepStrictEqual(
        await items.locator('> figure.citation blockquote').allTextContents(),
        expected.map((a) => a.citations[0].quote),
      );
      await screenshot(page, `whocan-${theme}`);

      await choose(page, 'whoCan', 'Action', 'revoke-token');
      await choose(page, 'whoCan', 'Token for user', 'svc-inventory');
      const forInventory = whoCan(host.load().model, { action: 'revoke-token', target: { user: 'svc-inventory', role: 'SOAP Sync' } });
      await page.waitForFunction((n) => document.querySelectorAll('#panel-whoCan ul.who-list > li').length === n, forInventory.length);
      assert.deepStrictEqual(
        await items.locator('p.who').allTextContents(),
        forInventory.map((a) => `${a.user} as ${a.role}`),
      );
      assert.ok(forInventory.some((a) => a.user === 'carol@acme.com'));

      // Through a blocked integration nobody gets in; the request names it.
      await choose(page, 'whoCan', 'Action', 'restlet-login');
      await choose(page, 'whoCan', 'Integration', 'Legacy EDI');
      assert.deepStrictEqual(whoCan(host.load().model, { action: 'restlet-login', integration: 'Legacy EDI' }), []);
      await panel(page, 'whoCan').locator('h2', { hasText: 'Nobody can log in to a RESTlet through Legacy EDI' }).waitFor();
      assert.strictEqual(await items.count(), 0);
      const sent = [...host.sent].reverse().find(isType('whoCan'));
      assert.strictEqual(sent?.integration, 'Legacy EDI');
      assert.deepStrictEqual(w.errors, []);
      assert.deepStrictEqual(host.rejected, []);
    });
  }

  it('tabs follow the ARIA pattern: arrow keys, Home and End move and select', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page } = w;
    await waitForVerdict(page, 'ALLOW');
    await page.getByRole('tab', { name: 'Simulate' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await page.getByRole('tab', { name: 'Matrix' }).getAttribute('aria-selected'), 'true');
    assert.ok(await panel(page, 'matrix').isVisible());
    assert.ok(!(await panel(page, 'simulate').isVisible()));
    await page.keyboard.press('End');
    assert.strictEqual(await page.evaluate(() => document.activeElement?.textContent), 'Changes');
    await page.keyboard.press('Home');
    assert.strictEqual(await page.getByRole('tab', { name: 'Simulate' }).getAttribute('aria-selected'), 'true');
  });
});

import * as assert from 'assert';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openWebview, screenshot } from './browser';
import { FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { choose, openTab, panel, pickUser, waitForVerdict } from './ui';

async function serious(page: Page, where: string): Promise<void> {
  const found = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepStrictEqual(found, [], `axe in ${where}: ${JSON.stringify(found, null, 2)}`);
}

describe('simulator webview in Chromium: accessibility (axe-core) in light, dark and high contrast', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  for (const theme of ['light', 'dark', 'hc'] as const) {
    it(`${theme}: no serious or critical axe violation on any tab`, async () => {
      const w = await openWebview(browser, new FakeHost(), THEMES[theme]);
      const { page } = w;
      // A question with everything on screen: a role not held, citations, trace and suggestions.
      await pickUser(page, 'svc-inventory');
      await panel(page, 'simulate').getByLabel('Acting role').selectOption('Integration Manager');
      await choose(page, 'simulate', 'Action', 'revoke-token');
      await choose(page, 'simulate', 'Token for user', 'svc-orders');
      await waitForVerdict(page, 'DENY', 'svc-inventory as Integration Manager');
      await serious(page, `${theme} simulate`);
      if (theme === 'hc') await screenshot(page, 'simulate-not-held-hc');

      // The user picker open, with an active option.
      const input = panel(page, 'simulate').getByRole('combobox', { name: 'User', exact: true });
      await input.fill('a');
      await page.keyboard.press('ArrowDown');
      await serious(page, `${theme} user picker`);
      await page.keyboard.press('Escape');

      await openTab(page, 'Matrix');
      await panel(page, 'matrix').locator('tr.actor-row').first().waitFor();
      await panel(page, 'matrix').getByRole('button', { name: 'Token targets for svc-orders as RESTlet Integration' }).click();
      await panel(page, 'matrix').locator('tr.target-row').first().waitFor();
      await serious(page, `${theme} matrix`);

      await openTab(page, 'Who can');
      await panel(page, 'whoCan').locator('ul.who-list > li').first().waitFor();
      await serious(page, `${theme} who can`);
      assert.deepStrictEqual(w.errors, []);
    });
  }

  it('stays usable at 400 px: nothing but the matrix table scrolls sideways', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light, { width: 400 });
    const { page } = w;
    await pickUser(page, 'bob@acme.com');
    await waitForVerdict(page, 'DENY');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.strictEqual(await overflow(), 0, 'the Simulate tab is wider than the panel');
    await openTab(page, 'Matrix');
    await panel(page, 'matrix').locator('tr.actor-row').first().waitFor();
    assert.strictEqual(await overflow(), 0, 'the Matrix tab is wider than the panel');
    await openTab(page, 'Who can');
    await panel(page, 'whoCan').locator('h2').waitFor();
    assert.strictEqual(await overflow(), 0, 'the Who can tab is wider than the panel');
  });
});

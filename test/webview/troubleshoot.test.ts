import * as assert from 'assert';
import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'url';
import { ACME, FakeHost } from './fakeHost';
import { axeViolations, launch, openWebview, screenshot } from './browser';
import { THEMES } from './themes';
import { isType, openTab, panel } from './ui';

async function pickCode(page: Page, typed: string, code: string): Promise<void> {
  const input = panel(page, 'troubleshoot').getByRole('combobox', { name: 'Error NetSuite shows' });
  await input.click();
  await input.fill(typed);
  await page.getByRole('listbox', { name: 'Error NetSuite shows' }).getByRole('option', { name: code }).first().waitFor();
  await input.press('Enter');
}

async function pickToken(page: Page, name: string): Promise<void> {
  const input = panel(page, 'troubleshoot').getByRole('combobox', { name: 'Token' });
  await input.click();
  await input.fill(name);
  await page.getByRole('listbox', { name: 'Token' }).getByRole('option', { name }).first().waitFor();
  await input.press('Enter');
}

/** Each cause shown: its status word and its text. */
async function causes(page: Page): Promise<{ status: string; cause: string; lines: string[] }[]> {
  await panel(page, 'troubleshoot').locator('.ts-results[aria-busy="false"] .ts-cause').first().waitFor();
  return panel(page, 'troubleshoot')
    .locator('.ts-cause')
    .evaluateAll((items) =>
      items.map((li) => ({
        status: li.querySelector('.ts-status .word')?.textContent ?? '',
        cause: (li.querySelector('h3')?.textContent ?? '').replace(/^\S+:\s*/, '').trim(),
        lines: Array.from(li.querySelectorAll('.ts-evidence li')).map((e) => e.textContent ?? ''),
      })),
    );
}

describe('simulator webview in Chromium: the Troubleshoot tab', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  it('completes the code, picks the token, and shows the blocked integration’s line as a link that asks the host to reveal it', async () => {
    const host = new FakeHost();
    const w = await openWebview(browser, host, THEMES.light);
    const { page } = w;
    await openTab(page, 'Troubleshoot');
    await pickCode(page, 'refused', 'consumer_key_refused');
    await pickToken(page, 'edi-prod');
    const shown = await causes(page);
    assert.deepStrictEqual(
      shown.map((c) => c.status),
      ['Present', 'Absent'],
    );
    assert.match(shown[0].cause, /State is Blocked/);
    assert.match(shown[0].lines[0], /^examples\/acme\/account\.nsroles:\d+ state blocked$/);
    const quote = panel(page, 'troubleshoot').locator('.ts-cause').first().locator('figure.citation blockquote');
    assert.strictEqual(await quote.first().textContent(), 'The application is in Blocked state on the integration record.');
    const line = Number(/:(\d+)/.exec(shown[0].lines[0])![1]);
    await panel(page, 'troubleshoot').locator('.ts-evidence button.link').first().click();
    const reveal = await host.waitForSent(isType('revealLine'));
    assert.deepStrictEqual(reveal, { type: 'revealLine', uri: pathToFileURL(ACME).toString(), line });
    assert.deepStrictEqual(w.errors, []);
    assert.deepStrictEqual(host.rejected, []);
  });

  it('a token code lens preset opens the tab on the token; causes the model cannot see are Unknown', async () => {
    const host = new FakeHost();
    const w = await openWebview(browser, host, THEMES.dark);
    const { page } = w;
    await host.push({ type: 'preset', troubleshoot: { token: 'orders-prod' } });
    assert.strictEqual(await page.getByRole('tab', { name: 'Troubleshoot' }).getAttribute('aria-selected'), 'true');
    assert.strictEqual(await panel(page, 'troubleshoot').getByRole('combobox', { name: 'Token' }).inputValue(), 'orders-prod');
    await pickCode(page, 'InvalidSig', 'InvalidSignature');
    const shown = await causes(page);
    assert.deepStrictEqual(
      shown.map((c) => c.status),
      ['Unknown'],
    );
    assert.deepStrictEqual(w.errors, []);
  });

  for (const theme of ['light', 'dark', 'hc'] as const) {
    it(`${theme}: no serious or critical axe violation, with every status on screen`, async () => {
      const w = await openWebview(browser, new FakeHost(), THEMES[theme]);
      const { page } = w;
      await openTab(page, 'Troubleshoot');
      await pickCode(page, 'INVALID_LOGIN_ATT', 'INVALID_LOGIN_ATTEMPT');
      await pickToken(page, 'old-inventory');
      const shown = await causes(page);
      for (const s of ['Present', 'Absent', 'Unknown'])
        assert.ok(
          shown.some((c) => c.status === s),
          s,
        );
      await panel(page, 'troubleshoot').locator('details.ts-citations summary').first().click();
      const found = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepStrictEqual(found, [], JSON.stringify(found, null, 2));
      await screenshot(page, `troubleshoot-${theme}`);
      assert.deepStrictEqual(w.errors, []);
    });
  }
});

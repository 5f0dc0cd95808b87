import * as assert from 'assert';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, openWebview, screenshot } from './browser';
import { ACME, FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { isType } from './ui';

describe('simulator webview in Chromium: no role file bound', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  for (const [name, theme] of [
    ['light', THEMES.light],
    ['dark', THEMES.dark],
  ] as const) {
    it(`a SuiteCloud project without role files (${name}): offers Generate .nsroles from SDF roles, which runs the command`, async () => {
      const host = new FakeHost(ACME, { sdfOnly: true });
      const w = await openWebview(browser, host, theme);
      const { page } = w;
      const header = page.locator('header.file');
      await header.getByText('This workspace has SuiteCloud role objects and no .nsroles file.').waitFor();
      const generate = header.getByRole('button', { name: 'Generate .nsroles from SDF roles' });
      assert.ok(await generate.isVisible());
      const found = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepStrictEqual(found, [], JSON.stringify(found, null, 2));
      await screenshot(page, `unbound-sdf-${name}`);

      await generate.click();
      await host.waitForSent(isType('generateFromSdf'));

      // The generated file becomes the active role file: the panel binds to it.
      await host.push(host.modelMessage());
      await header.getByText('Simulating').waitFor();
      assert.strictEqual(await generate.count(), 0);
      assert.deepStrictEqual(w.errors, []);
      assert.deepStrictEqual(host.rejected, []);
    });
  }

  it('elsewhere: says to open a role file, with no button', async () => {
    const host = new FakeHost(ACME, { sdfOnly: false });
    const w = await openWebview(browser, host, THEMES.light);
    const header = w.page.locator('header.file');
    await header.getByText('Open a .nsroles file: the simulator follows the active role file.').waitFor();
    assert.strictEqual(await header.getByRole('button').count(), 0);
    assert.ok(host.sent.some((m) => m.type === 'ready'));
    assert.deepStrictEqual(w.errors, []);
  });
});

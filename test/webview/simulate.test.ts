import * as assert from 'assert';
import type { Browser } from 'playwright-core';
import type { ApplySuggestionMessage, SaveExpectMessage, SimulateMessage } from '../../shared/protocol/webview';
import { ruleById } from '../../server/src/engine';
import { launch, openWebview, screenshot, type Webview } from './browser';
import { FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { choose, isType, panel, pickUser, waitForVerdict } from './ui';

const BOB_FOR_SVC = {
  user: 'bob@acme.com',
  role: 'Integration Manager',
  action: 'issue-token',
  target: { user: 'svc-orders', role: 'RESTlet Integration' },
} as const;
const ATM_QUOTE = 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.';

function clean(w: Webview): void {
  assert.deepStrictEqual(w.errors, [], 'errors in the page');
  assert.deepStrictEqual(w.host.rejected, [], 'the webview sent a message the host rejects');
  assert.deepStrictEqual(w.foreignRequests, [], 'the webview reached outside its origin');
}

describe('simulator webview in Chromium: the Simulate tab', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  it('answers as soon as it opens, for the first active user', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    await waitForVerdict(w.page, 'ALLOW', 'alice@acme.com as Administrator');
    assert.match((await w.page.locator('header.file').textContent()) ?? '', /Simulating examples\/acme\/account\.nsroles/);
    clean(w);
  });

  it('bob issuing a token for svc-orders: ALLOW, the verbatim quote with its source, basis and rule, and a numbered trace', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page, host } = w;
    await waitForVerdict(page, 'ALLOW');
    await pickUser(page, 'bob@acme.com');
    assert.strictEqual(await panel(page, 'simulate').getByLabel('Acting role').inputValue(), 'Integration Manager', "the user's first role is the default");
    await choose(page, 'simulate', 'Action', 'issue-token');
    await choose(page, 'simulate', 'Token for user', 'svc-orders');
    await waitForVerdict(page, 'ALLOW', 'for svc-orders as RESTlet Integration via access-tokens-page');

    const last = [...host.sent].reverse().find(isType('simulate')) as SimulateMessage;
    assert.deepStrictEqual(last.request, BOB_FOR_SVC);
    const expected = host.simulate(last.request).decision;

    const quotes = await page.locator('figure.citation blockquote').allTextContents();
    assert.ok(quotes.includes(ATM_QUOTE), `no verbatim quote in ${JSON.stringify(quotes)}`);
    assert.deepStrictEqual(
      quotes,
      expected.citations.map((c) => c.quote),
    );
    const first = page.locator('figure.citation').filter({ hasText: ATM_QUOTE });
    assert.strictEqual(await first.locator('cite').textContent(), 'Set Up Token-based Authentication Roles');
    assert.strictEqual(await first.locator('.badge').textContent(), 'documented');
    assert.strictEqual(await first.locator('.rule-id').textContent(), 'TBA-ATM-OTHERS');

    assert.deepStrictEqual(await page.locator('ol.trace > li').allTextContents(), expected.trace);
    assert.strictEqual(
      await page.locator('#expect-line').textContent(),
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
    );
    assert.match((await page.getByRole('status').last().textContent()) ?? '', /^Allowed\. bob@acme\.com as Integration Manager/);
    await screenshot(page, 'simulate-allow-light');
    clean(w);
  });

  it('Apply and "Save as expect line" send the suggestion\'s changes and the question to the host', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.dark);
    const { page, host } = w;
    await pickUser(page, 'bob@acme.com');
    await choose(page, 'simulate', 'Action', 'restlet-login');
    await waitForVerdict(page, 'DENY', 'restlet-login');
    const request = { user: 'bob@acme.com', role: 'Integration Manager', action: 'restlet-login' } as const;
    const expected = host.simulate(request).decision;
    assert.ok(expected.suggestions.length > 0);
    const items = page.locator('ul.suggestions > li');
    assert.deepStrictEqual(
      await items.locator('.suggestion-text > span:first-child').allTextContents(),
      expected.suggestions.map((s) => s.text),
    );
    await screenshot(page, 'simulate-deny-dark');

    await items.first().getByRole('button', { name: 'Apply' }).click();
    const apply = await host.waitForSent(isType('applySuggestion'));
    assert.deepStrictEqual((apply as ApplySuggestionMessage).changes, expected.suggestions[0].changes);
    await page.getByText('Applied to the role file.').waitFor();

    await page.getByRole('button', { name: 'Save as expect line' }).click();
    const save = (await host.waitForSent(isType('saveExpect'))) as SaveExpectMessage;
    assert.deepStrictEqual(save.request, request);
    assert.strictEqual(await page.locator('#expect-line').textContent(), 'expect "bob@acme.com" as "Integration Manager" cannot restlet-login');
    clean(w);
  });

  it('an integration chosen takes part in the answer and in the saved expect line', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page, host } = w;
    await pickUser(page, 'edi-gateway');
    await choose(page, 'simulate', 'Action', 'restlet-login');
    await waitForVerdict(page, 'ALLOW', 'restlet-login');
    const options = await panel(page, 'simulate').getByLabel('Integration', { exact: true }).locator('option').allTextContents();
    assert.deepStrictEqual(options, ['None', ...host.load().model.integrations.map((i) => i.name)]);

    await choose(page, 'simulate', 'Integration', 'Legacy EDI');
    await waitForVerdict(page, 'DENY', 'restlet-login');
    const last = [...host.sent].reverse().find(isType('simulate')) as SimulateMessage;
    assert.deepStrictEqual(last.request, { user: 'edi-gateway', role: 'RESTlet Integration', action: 'restlet-login', integration: 'Legacy EDI' });
    const expected = host.simulate(last.request).decision;
    assert.strictEqual(expected.decision, 'deny');
    assert.strictEqual(await page.locator('figure.citation .rule-id').first().textContent(), expected.citations[0].rule);
    assert.match(expected.citations[0].rule, /INTEGRATION/);
    assert.strictEqual(
      await page.locator('#expect-line').textContent(),
      'expect "edi-gateway" as "RESTlet Integration" cannot restlet-login with "Legacy EDI"',
    );
    assert.match(
      (await panel(page, 'simulate').getByLabel('Integration', { exact: true }).getAttribute('aria-describedby')) ?? '',
      /-hint$/,
      'the picker is described by its hint',
    );

    await choose(page, 'simulate', 'Integration', '');
    await waitForVerdict(page, 'ALLOW', 'restlet-login');
    clean(w);
  });

  it('an inferred rule says from what, under its first citation', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page, host } = w;
    await waitForVerdict(page, 'ALLOW');
    await pickUser(page, 'old-contractor@acme.com');
    await choose(page, 'simulate', 'Action', 'web-services-login');
    await waitForVerdict(page, 'DENY', 'web-services-login');
    const last = [...host.sent].reverse().find(isType('simulate')) as SimulateMessage;
    const inferred = host.simulate(last.request).decision.citations.filter((c) => c.inferredFrom);
    assert.ok(inferred.length > 0, 'the inactive user is denied by an inferred rule');
    const once = inferred.filter((c, i) => inferred.findIndex((x) => x.rule === c.rule) === i);
    assert.deepStrictEqual(
      await page.locator('figure.citation .inference').allTextContents(),
      once.map((c) => `Inferred: ${c.inferredFrom}`),
    );
    // A rule of four quotes (2FA and the issuetoken endpoint) says it under the first only.
    await pickUser(page, 'alice@acme.com');
    await choose(page, 'simulate', 'Action', 'issue-token');
    await choose(page, 'simulate', 'Channel', 'issuetoken-endpoint');
    await waitForVerdict(page, 'ALLOW', 'via issuetoken-endpoint');
    const otp = page.locator('figure.citation').filter({ has: page.locator('.rule-id', { hasText: 'TBA-2FA-OTP' }) });
    assert.ok((await otp.count()) > 1, 'TBA-2FA-OTP is cited with several quotes');
    assert.deepStrictEqual(await otp.locator('.inference').allTextContents(), [`Inferred: ${ruleById('TBA-2FA-OTP')!.inferredFrom}`]);
    assert.strictEqual(await otp.first().locator('.inference').count(), 1);
    clean(w);
  });

  it('a suggestion that only changes the channel changes the question, not the file', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page, host } = w;
    await waitForVerdict(page, 'ALLOW', 'alice@acme.com as Administrator: issue-token (own token) via settings-portlet');
    const item = page.locator('ul.suggestions > li').filter({ hasText: 'Use the access-tokens-page channel instead' });
    await item.getByRole('button', { name: 'Try it' }).click();
    await waitForVerdict(page, 'DENY', 'via access-tokens-page');
    assert.strictEqual(await panel(page, 'simulate').getByLabel('Channel').inputValue(), 'access-tokens-page');
    assert.strictEqual(host.sent.filter(isType('applySuggestion')).length, 0);
    clean(w);
  });

  it('offers the held roles first and flags a role the user does not hold', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page } = w;
    await pickUser(page, 'grace@acme.com');
    const role = panel(page, 'simulate').getByLabel('Acting role');
    const groups = await role
      .locator('optgroup')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), Array.from(g.querySelectorAll('option'), (o) => o.value)]));
    assert.deepStrictEqual(groups[0], ['Roles of grace@acme.com', ['Developer', 'Support Analyst']]);
    assert.strictEqual(groups[1][0], 'Other roles (not held)');
    await role.selectOption('Administrator');
    await choose(page, 'simulate', 'Action', 'web-services-login');
    await waitForVerdict(page, 'DENY', 'grace@acme.com as Administrator');
    await page.getByText('grace@acme.com does not hold the role Administrator').waitFor();
    assert.match((await panel(page, 'simulate').locator('.hint.flag').textContent()) ?? '', /Not held by grace@acme\.com/);
    clean(w);
  });

  it('is operable by keyboard: the user picker filters, arrows and Enter pick', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page } = w;
    await waitForVerdict(page, 'ALLOW');
    const input = panel(page, 'simulate').getByRole('combobox', { name: 'User', exact: true });
    await input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('svc');
    const options = page.getByRole('listbox', { name: 'User' }).getByRole('option');
    assert.deepStrictEqual(
      (await options.allTextContents()).map((t) => t.split(' ')[0]),
      ['svc-orders', 'svc-inventory', 'svc-payments', 'svc-reports'],
    );
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await input.getAttribute('aria-activedescendant'), await options.nth(1).getAttribute('id'));
    await page.keyboard.press('Enter');
    assert.strictEqual(await input.getAttribute('aria-expanded'), 'false');
    assert.strictEqual(await input.inputValue(), 'svc-inventory');
    // Tab on to the role and the action, and change the action with the keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.strictEqual(await page.evaluate(() => document.activeElement?.id), await panel(page, 'simulate').getByLabel('Action').getAttribute('id'));
    await panel(page, 'simulate').getByLabel('Action').selectOption('web-services-login');
    await waitForVerdict(page, 'ALLOW', 'svc-inventory as SOAP Sync: web-services-login');
    await page.keyboard.press('Escape');
    clean(w);
  });
});

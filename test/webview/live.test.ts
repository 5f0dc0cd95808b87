import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launch, openWebview } from './browser';
import { ACME, FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { choose, openTab, panel, pickUser, waitForVerdict } from './ui';

const ROLES = path.join(path.dirname(ACME), 'roles.nsroles');
const SVC_ORDERS_USER = 'user "svc-orders" { role "RESTlet Integration" }\n';
const ASKED = 'svc-orders as RESTlet Integration: restlet-login';

/** The roles file with the RESTlet role made Web Services Only, which denies its RESTlet login. */
function webServicesOnly(roles: string): string {
  const wso = roles.replace('permission ADMI_LOGIN_OAUTH\n', 'permission ADMI_LOGIN_OAUTH\n  web-services-only\n');
  assert.notStrictEqual(wso, roles);
  return wso;
}

const userBox = (page: Page) => panel(page, 'simulate').getByRole('combobox', { name: 'User', exact: true });

describe('simulator webview in Chromium: live updates, state, safety', function () {
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  /** A simulator answering ALLOW for svc-orders' RESTlet login. */
  async function askingSvcOrders() {
    const host = new FakeHost();
    const w = await openWebview(browser, host, THEMES.light);
    await pickUser(w.page, 'svc-orders');
    await choose(w.page, 'simulate', 'Action', 'restlet-login');
    await waitForVerdict(w.page, 'ALLOW', ASKED);
    return { host, w, page: w.page };
  }

  it('re-evaluates when an included file changes, keeping the selection, and says when the user disappears', async () => {
    const { host, w, page } = await askingSvcOrders();

    // An edit in the included roles file: the role becomes Web Services Only.
    const roles = fs.readFileSync(ROLES, 'utf8');
    await host.edit(ROLES, webServicesOnly(roles));
    await waitForVerdict(page, 'DENY', ASKED);
    assert.ok((await page.locator('.rule-id').allTextContents()).includes('TBA-WSO-RESTLET'));
    assert.strictEqual(await userBox(page).inputValue(), 'svc-orders');
    assert.strictEqual(await panel(page, 'simulate').getByLabel('Action').inputValue(), 'restlet-login');

    // The user is deleted from the entry file: the panel says so and keeps the selection.
    const account = fs.readFileSync(ACME, 'utf8');
    assert.ok(account.includes(SVC_ORDERS_USER));
    await host.edit(ACME, account.replace(SVC_ORDERS_USER, ''));
    const gone = page.getByRole('alert').filter({ hasText: 'The user svc-orders is no longer defined in this file' });
    await gone.waitFor();
    assert.strictEqual(await userBox(page).inputValue(), 'svc-orders');

    // Undo both edits: the answer comes back for the same question.
    await host.edit(ACME, account);
    await host.edit(ROLES, roles);
    await waitForVerdict(page, 'ALLOW', ASKED);
    assert.ok(await gone.isHidden());
    assert.deepStrictEqual(w.errors, []);
    assert.deepStrictEqual(host.rejected, []);
  });

  it('keeps what someone is typing in the User search when the account is read again', async () => {
    const { host, w, page } = await askingSvcOrders();
    const input = userBox(page);
    await input.click();
    await input.fill('carol');
    // An edit elsewhere while the search is open: the answer is worked out again.
    const roles = fs.readFileSync(ROLES, 'utf8');
    await host.edit(ROLES, webServicesOnly(roles));
    await waitForVerdict(page, 'DENY', ASKED);
    assert.strictEqual(await input.inputValue(), 'carol');
    await page.getByRole('listbox', { name: 'User' }).getByRole('option', { name: 'carol@acme.com' }).first().waitFor();
    await input.press('Enter');
    assert.strictEqual(await input.inputValue(), 'carol@acme.com');
    await host.edit(ROLES, roles);
    assert.deepStrictEqual(w.errors, []);
  });

  it('restores its state after a reload (getState/setState) and takes a preset from the user code lens', async () => {
    const host = new FakeHost();
    const first = await openWebview(browser, host, THEMES.light);
    await pickUser(first.page, 'svc-orders');
    await choose(first.page, 'simulate', 'Action', 'web-services-login');
    await waitForVerdict(first.page, 'ALLOW', 'svc-orders as RESTlet Integration: web-services-login');
    await openTab(first.page, 'Matrix');
    await panel(first.page, 'matrix').getByLabel('Filter').fill('svc');
    const saved = await first.savedState();
    assert.ok(saved);
    assert.strictEqual(saved.uri, host.summary().uri);
    assert.strictEqual(saved.tab, 'matrix');
    await first.page.close();

    const again = await openWebview(browser, new FakeHost(), THEMES.light, { state: saved });
    const { page } = again;
    assert.strictEqual(await page.getByRole('tab', { name: 'Matrix' }).getAttribute('aria-selected'), 'true');
    assert.strictEqual(await panel(page, 'matrix').getByLabel('Filter').inputValue(), 'svc');
    await panel(page, 'matrix').locator('tr.actor-row').first().waitFor();
    assert.strictEqual(await panel(page, 'matrix').locator('tr.actor-row').count(), 4);
    await openTab(page, 'Simulate');
    await waitForVerdict(page, 'ALLOW', 'svc-orders as RESTlet Integration: web-services-login');

    await again.host.push({ type: 'preset', user: 'carol@acme.com' });
    await waitForVerdict(page, 'DENY', 'carol@acme.com as Integration Manager: web-services-login');
    assert.deepStrictEqual(again.errors, []);
  });

  it('renders names from the role file as text, never as HTML', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-webview-'));
    const file = path.join(dir, 'evil.nsroles');
    const role = '<b id="bold">Bold</b> & "quoted"';
    const user = '<img src=x onerror="window.__pwned=1">';
    const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
    fs.writeFileSync(file, `role ${q(role)} {\n  permission ADMI_LOGIN_OAUTH\n}\nuser ${q(user)} { role ${q(role)} }\n`);
    try {
      const host = new FakeHost(file);
      const w = await openWebview(browser, host, THEMES.dark);
      const { page } = w;
      await choose(page, 'simulate', 'Action', 'restlet-login');
      await waitForVerdict(page, 'ALLOW', `${user} as ${role}: restlet-login`);
      await openTab(page, 'Matrix');
      await panel(page, 'matrix').locator('tr.actor-row').first().waitFor();
      assert.strictEqual(await panel(page, 'matrix').locator('.user').first().textContent(), user);
      await openTab(page, 'Who can');
      await panel(page, 'whoCan').locator('ul.who-list > li').first().waitFor();
      assert.strictEqual(await page.locator('img, b, #bold').count(), 0);
      assert.strictEqual(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      assert.deepStrictEqual(w.foreignRequests, []);
      assert.deepStrictEqual(w.errors, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs under its CSP: the real UI causes no violation; injected script, style, image and fetch are blocked', async () => {
    const w = await openWebview(browser, new FakeHost(), THEMES.light);
    const { page } = w;
    await pickUser(page, 'bob@acme.com');
    await waitForVerdict(page, 'DENY', 'bob@acme.com as Integration Manager');
    await openTab(page, 'Matrix');
    await panel(page, 'matrix').locator('tr.actor-row').first().waitFor();
    await openTab(page, 'Who can');
    await panel(page, 'whoCan').locator('h2').waitFor();
    assert.deepStrictEqual(await w.violations(), []);
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      let loaded = false;
      document.fonts.forEach((f) => (loaded ||= f.family.includes('codicon') && f.status === 'loaded'));
      return loaded;
    });
    assert.ok(fontLoaded, 'the codicon font loads from the webview origin');
    // The build keeps only the icons of client/webview/icons.ts: each one drawn has its rule.
    const drawn = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.codicon')).map((e) => [e.className, getComputedStyle(e, '::before').content]),
    );
    assert.ok(drawn.length > 5, `icons drawn: ${drawn.length}`);
    assert.deepStrictEqual(
      drawn.filter(([, content]) => content === 'none' || content === ''),
      [],
    );

    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const d = document.createElement('div');
      d.innerHTML = '<img src="https://evil.example/x.png"><span style="color: red">x</span>';
      document.body.append(d);
      const fetched = await fetch('https://evil.example/').then(
        () => true,
        () => false,
      );
      const styled = getComputedStyle(d.querySelector('span')!).color === 'rgb(255, 0, 0)';
      return { inline: w.__inline, fetched, styled };
    });
    assert.deepStrictEqual(ran, { inline: undefined, fetched: false, styled: false });
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 4);
    const v = (await w.violations()).join('\n');
    assert.match(v, /script-src/);
    assert.match(v, /img-src/);
    assert.match(v, /style-src/);
    assert.match(v, /connect-src|default-src/);
  });
});

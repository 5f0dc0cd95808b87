/**
 * The Matrix tab on an account of 2,100 users: the table builds one page of rows, the pager
 * shows the rest, and an expanded row fetches every other target for that row only, so neither
 * the answer nor the page grows with users × targets.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { actorPairs, isTokenAction, ACTIONS } from '../../server/src/engine';
import type { MatrixMessage } from '../../shared/protocol/webview';
import { MAX_EXPANDED_ROWS } from '../../shared/protocol/schemas';
import { MATRIX_PAGE_ROWS as PAGE_ROWS } from '../../shared/matrixText';
import { launch, openWebview } from './browser';
import { FakeHost } from './fakeHost';
import { THEMES } from './themes';
import { openTab, panel } from './ui';

const USERS = 2100;

/** An account of `users` users over 40 roles (every fifth user holds two). */
function bigAccount(dir: string, users = USERS): string {
  const lines = ['account "Big" {', '  token-based-authentication enabled', '}', 'role "Token Admin" {', '  permission "Access Token Management" full', '}'];
  for (let r = 0; r < 40; r++)
    lines.push(`role "Role ${r}" {`, r % 4 === 0 ? '  permission "Log in using Access Tokens" full' : '  permission "User Access Tokens" full', '}');
  lines.push('user "admin@big.example" { role "Token Admin" }');
  for (let u = 1; u < users; u++) {
    const roles = [`role "Role ${u % 40}"`, ...(u % 5 === 0 ? [`role "Role ${(u + 7) % 40}"`] : [])];
    lines.push(`user "user${String(u).padStart(4, '0')}@big.example" { ${roles.join('; ')} }`);
  }
  const file = path.join(dir, `account-${users}.nsroles`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('simulator webview in Chromium: the Matrix tab on 2,100 users', function () {
  let browser: Browser;
  let dir: string;
  before(async () => {
    browser = await launch();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-matrix-paging-'));
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  this.timeout(300_000);

  it('builds one page of rows; Next and Previous show the rest; an expanded row fetches only its own targets', async () => {
    const host = new FakeHost(bigAccount(dir));
    const pairs = actorPairs(host.load().model);
    assert.ok(pairs.length > 2 * USERS * 0.55, `${pairs.length} pairs`);
    const w = await openWebview(browser, host, THEMES.light);
    const { page } = w;
    await openTab(page, 'Matrix');
    const matrix = panel(page, 'matrix');
    const rows = matrix.locator('tbody tr');
    await rows.first().waitFor({ timeout: 120_000 });

    // One page of the pairs, in order; the summary counts them all.
    assert.strictEqual(await rows.count(), PAGE_ROWS);
    assert.strictEqual(await matrix.locator('p.hint[aria-live]').textContent(), `${pairs.length} of ${pairs.length} (user, role) pairs`);
    const users = () => matrix.locator('tr.actor-row .user').allTextContents();
    assert.deepStrictEqual(
      await users(),
      pairs.slice(0, PAGE_ROWS).map((p) => p.user),
    );
    const pager = matrix.getByRole('group', { name: 'Matrix pages' });
    assert.strictEqual(await pager.getByText(`Rows 1–${PAGE_ROWS} of ${pairs.length}`).count(), 1);
    assert.strictEqual(await pager.getByRole('button', { name: 'Previous' }).isDisabled(), true);

    // Next, twice: the third page; Previous: the second.
    await pager.getByRole('button', { name: 'Next' }).click();
    await pager.getByRole('button', { name: 'Next' }).click();
    assert.deepStrictEqual(
      await users(),
      pairs.slice(2 * PAGE_ROWS, 3 * PAGE_ROWS).map((p) => p.user),
    );
    await pager.getByRole('button', { name: 'Previous' }).click();
    assert.deepStrictEqual(
      await users(),
      pairs.slice(PAGE_ROWS, 2 * PAGE_ROWS).map((p) => p.user),
    );
    assert.strictEqual(await rows.count(), PAGE_ROWS);

    // The last page holds the remainder, and Next stops there.
    const pages = Math.ceil(pairs.length / PAGE_ROWS);
    for (let i = 2; i < pages; i++) await pager.getByRole('button', { name: 'Next' }).click();
    assert.deepStrictEqual(
      await users(),
      pairs.slice((pages - 1) * PAGE_ROWS).map((p) => p.user),
    );
    assert.strictEqual(await pager.getByRole('button', { name: 'Next' }).isDisabled(), true);

    // A filter starts again at the first page of what it matches.
    await matrix.getByLabel('Filter').fill('user0042@');
    assert.deepStrictEqual(
      await users(),
      pairs.filter((p) => p.user.includes('user0042@')).map((p) => p.user),
    );
    assert.strictEqual(await pager.isHidden(), true);
    await matrix.getByLabel('Filter').fill('');

    // Expanding a row asks for that row's targets only: the answer is the pairs' own cells
    // plus one row per other pair and token action, not pairs² of them.
    assert.ok(host.sent.filter((m): m is MatrixMessage => m.type === 'matrix').every((m) => !m.expandTargets));
    const first = pairs[0];
    await matrix.getByRole('button', { name: `Token targets for ${first.user} as ${first.role}` }).click();
    const asked = await host.waitForSent((m): m is MatrixMessage => m.type === 'matrix' && m.expandTargets, 30_000);
    assert.deepStrictEqual(asked.targetsFor, [first]);
    const tokenActions = ACTIONS.filter(isTokenAction).length;
    await matrix.locator('tr.target-row').first().waitFor({ timeout: 120_000 });
    assert.strictEqual(host.matrixRows.at(-1), pairs.length * ACTIONS.length + (pairs.length - 1) * tokenActions);
    // The first page: the expanded row and the first of its targets; the rest a page away.
    assert.strictEqual(await rows.count(), PAGE_ROWS);
    assert.strictEqual(await matrix.locator('tr.target-row').count(), PAGE_ROWS - 1);
    assert.strictEqual(await pager.getByText(`Rows 1–${PAGE_ROWS} of ${pairs.length + pairs.length - 1}`).count(), 1);
    await pager.getByRole('button', { name: 'Next' }).click();
    assert.strictEqual(await matrix.locator('tr.target-row').count(), PAGE_ROWS);

    assert.deepStrictEqual(w.errors, []);
    assert.deepStrictEqual(host.rejected, []);
  });

  it(`keeps at most ${MAX_EXPANDED_ROWS} rows expanded: opening one more closes the oldest`, async () => {
    // 300 users: enough for pages of targets, small enough that 21 expanded rows answer quickly.
    const host = new FakeHost(bigAccount(dir, 300));
    const pairs = actorPairs(host.load().model);
    const key = (p: { user: string; role: string }) => JSON.stringify([p.user, p.role]);
    const expanded = pairs.slice(0, MAX_EXPANDED_ROWS + 1).map(key);
    // A state saved with more rows open than that (as an older version could) loads with the newest.
    const w = await openWebview(browser, host, THEMES.light, {
      state: {
        tab: 'matrix',
        simulate: { user: '', role: '', action: 'issue-token', targetUser: '', targetRole: '', channel: '' },
        matrix: { filter: '', expanded },
        whoCan: { action: 'issue-token', targetUser: '', targetRole: '', channel: '' },
      },
    });
    const asked = await host.waitForSent((m): m is MatrixMessage => m.type === 'matrix' && m.expandTargets, 30_000);
    assert.deepStrictEqual(asked.targetsFor, pairs.slice(1, MAX_EXPANDED_ROWS + 1));
    const matrix = panel(w.page, 'matrix');
    await matrix.locator('tr.target-row').first().waitFor({ timeout: 120_000 });
    assert.strictEqual(await matrix.locator('tbody tr').count(), PAGE_ROWS);
    // Opening a row that is not open (the first pair's) closes the oldest open one.
    await matrix.getByRole('button', { name: `Token targets for ${pairs[0].user} as ${pairs[0].role}` }).click();
    const again = await host.waitForSent(
      (m): m is MatrixMessage => m.type === 'matrix' && !!m.targetsFor?.some((t) => t.user === pairs[0].user && t.role === pairs[0].role),
    );
    assert.deepStrictEqual(again.targetsFor, [...pairs.slice(2, MAX_EXPANDED_ROWS + 1), pairs[0]]);
    assert.deepStrictEqual(w.errors, []);
    assert.deepStrictEqual(host.rejected, []);
  });
});

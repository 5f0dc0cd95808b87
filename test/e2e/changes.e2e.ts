// The Changes tab in a real workbench: the examples committed to a git repository, an unsaved
// edit typed into an included role file, the status bar's access count, its click opening the
// simulator's Changes tab with the pairs and their line links. (Clicking a link is checked in
// test/webview/changes.test.ts; here the reveal did not show in the status bar yet.)
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type CodeServer,
  type E2EBrowser,
  ensureCodeServer,
  launchBrowser,
  openFile,
  openWorkbench,
  screenshot,
  startCodeServer,
  type TempWorkspace,
} from './harness';
import { simulatorFrame } from './simulator';
import { buildVsix, type BuiltVsix, examplesWorkspace, goToLine, UI_TIMEOUT_MS } from './workbench';

describe('nsroles in VS Code: access changes since HEAD (code-server + Chromium)', function () {
  let vsix: BuiltVsix | undefined;
  let workspace: TempWorkspace | undefined;
  let server: CodeServer | undefined;
  let browser: E2EBrowser | undefined;
  let page: Page;

  before(async function () {
    ensureCodeServer();
    vsix = buildVsix();
    workspace = examplesWorkspace();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd: workspace!.folder,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'examples');
    // HEAD comes from VS Code's git extension, which the other e2e runs switch off.
    server = await startCodeServer({ folder: workspace.folder, settings: { 'git.enabled': true }, extensionVsix: vsix.path });
    browser = await launchBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openWorkbench(page, server.url);
  });

  after(async function () {
    // Runs after a failure too: every process started here is stopped by its pid.
    await browser?.close();
    await server?.stop();
    workspace?.remove();
    vsix?.remove();
  });

  it('an unsaved edit shows in the status bar and the Changes tab, with the pairs and their line links', async function () {
    await openFile(page, 'acme/roles.nsroles');
    const source = readFileSync(join(workspace!.folder, 'acme', 'roles.nsroles'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.startsWith('role "Support Analyst"')) + 3;
    const before = source[line - 1];
    assert.match(before, /"Log in using Access Tokens" none$/);
    await page.locator('.statusbar-item', { hasText: 'Access: +0 / \u22120 since HEAD' }).waitFor({ timeout: UI_TIMEOUT_MS });
    // Type the edit as a person would: the level `none` becomes `full`, not saved.
    await goToLine(page, line, before.indexOf('none') + 1);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('full');
    const item = page.locator('.statusbar-item', { hasText: /Access: \+[1-9]\d* \/ \u22120 since HEAD/ });
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await item.click();
    const frame = await simulatorFrame(page);
    await frame.getByRole('tab', { name: 'Changes', selected: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    const results = frame.locator('#panel-changes .ch-results[aria-busy="false"]');
    await results.locator('h2', { hasText: /^\+[1-9]\d* granted, −0 revoked since HEAD$/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    const restlet = results.locator('section', { has: frame.locator('h3 code', { hasText: 'restlet-login' }) });
    const pairs = await restlet.locator('.ch-who strong').allTextContents();
    assert.deepEqual(pairs, ['frank@acme.com', 'Support Analyst', 'grace@acme.com', 'Support Analyst']);
    const link = restlet.locator('.ch-lines button.link').first();
    assert.equal(await link.textContent(), `acme/roles.nsroles:${line}`);
    await screenshot(page, 'changes-tab');
  });
});

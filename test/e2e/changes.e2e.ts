// The Changes tab in a real workbench: the examples committed to a git repository, an unsaved
// edit typed into an included role file, the status bar's access count, its click opening the
// simulator's Changes tab with the pairs and their line links; a link's click revealing the
// line in the editor; a commit made with git (HEAD moves, no file changes) updating both.
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
import { buildVsix, type BuiltVsix, examplesWorkspace, goToLine, UI_TIMEOUT_MS, waitForEditorLine } from './workbench';

describe('nsroles in VS Code: access changes since HEAD (code-server + Chromium)', function () {
  let vsix: BuiltVsix | undefined;
  let workspace: TempWorkspace | undefined;
  let server: CodeServer | undefined;
  let browser: E2EBrowser | undefined;
  let page: Page;
  let git: (args: string[], input?: string) => string;
  let failed = false;
  // The edited line and its text, shared by the steps.
  let line = 0;
  let source: string[] = [];

  beforeEach(function () {
    if (failed) this.skip();
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await screenshot(page, `FAILED-changes-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
  });

  before(async function () {
    ensureCodeServer();
    vsix = buildVsix();
    workspace = examplesWorkspace();
    git = (args, input) =>
      execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd: workspace!.folder,
        input,
        encoding: 'utf8',
      });
    git(['init', '-q']);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'examples']);
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
    source = readFileSync(join(workspace!.folder, 'acme', 'roles.nsroles'), 'utf8').split('\n');
    line = source.findIndex((l) => l.startsWith('role "Support Analyst"')) + 3;
    const before = source[line - 1];
    assert.match(before, /"Log in using Access Tokens" none$/);
    await page.locator('.statusbar-item', { hasText: 'Access: +0 / \u22120 since HEAD' }).waitFor({ timeout: UI_TIMEOUT_MS });
    // Type the edit as a person would: the level `none` becomes `full`, not saved.
    await goToLine(page, line, before.indexOf('none') + 1);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('full');
    // The cursor leaves the line, so the link's reveal (next step) shows as a move back to it.
    await goToLine(page, 1, 1);
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

  it("a pair's line link reveals and selects the responsible line in the editor", async function () {
    const frame = await simulatorFrame(page);
    const restlet = frame.locator('#panel-changes .ch-results section', { has: frame.locator('h3 code', { hasText: 'restlet-login' }) });
    await restlet
      .locator('.ch-lines button.link', { hasText: `acme/roles.nsroles:${line}` })
      .first()
      .click();
    // The editor comes forward with the line selected from its first word to its end.
    await page.locator('.tabs-container .tab.active[data-resource-name="roles.nsroles"]').waitFor({ timeout: UI_TIMEOUT_MS });
    const edited = source[line - 1].replace(/none$/, 'full');
    const selected = edited.trimStart().length;
    await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+ \\(${selected} selected\\)$`) }).waitFor({ timeout: UI_TIMEOUT_MS });
    await waitForEditorLine(page, line, edited);
  });

  it('a commit (HEAD moves, no file changes) updates the status bar and the Changes tab', async function () {
    // Save the edit first (the workbench may have saved it already), and let the refresh a save
    // schedules pass: after that, the file does not change, and only HEAD's move can turn the
    // count to +0 / −0.
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    const edited = [...source];
    edited[line - 1] = edited[line - 1].replace(/none$/, 'full');
    assert.equal(readFileSync(join(workspace!.folder, 'acme', 'roles.nsroles'), 'utf8'), edited.join('\n'));
    await page.locator('.statusbar-item', { hasText: /Access: \+[1-9]\d* \/ \u22120 since HEAD/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.waitForTimeout(2_000);
    await page.locator('.statusbar-item', { hasText: /Access: \+[1-9]\d* \/ \u22120 since HEAD/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    git(['add', 'acme/roles.nsroles']);
    git(['commit', '-q', '-m', 'Support Analyst logs in with tokens']);
    await page.locator('.statusbar-item', { hasText: 'Access: +0 / \u22120 since HEAD' }).waitFor({ timeout: UI_TIMEOUT_MS });
    const frame = await simulatorFrame(page);
    const results = frame.locator('#panel-changes .ch-results[aria-busy="false"]');
    await results.locator('h2', { hasText: /^\+0 granted, −0 revoked since HEAD$/ }).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await results.locator('.ch-pair').count(), 0);
  });
});

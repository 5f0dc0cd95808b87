// Smoke test of the e2e harness itself: code-server starts, Chromium shows the workbench,
// Quick Open opens a file and the editor renders its text.
import * as assert from 'node:assert/strict';
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
  tempWorkspace,
  type TempWorkspace,
} from './harness';

const HELLO = 'Hello from the nsroles e2e smoke test';

describe('e2e smoke: code-server + Chromium', function () {
  let workspace: TempWorkspace | undefined;
  let server: CodeServer | undefined;
  let browser: E2EBrowser | undefined;
  let page: Page;

  before(async function () {
    ensureCodeServer();
    workspace = tempWorkspace({ 'hello.txt': `${HELLO}\n` });
    server = await startCodeServer({ folder: workspace.folder });
    browser = await launchBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  after(async function () {
    // Runs after a failure too, so nothing outlives the test.
    await browser?.close();
    await server?.stop();
    workspace?.remove();
  });

  it('opens hello.txt via Quick Open and shows its text', async function () {
    await openWorkbench(page, server!.url);
    await openFile(page, 'hello.txt');
    await page.locator('.view-lines', { hasText: HELLO }).waitFor({ timeout: 30_000 });
    // The editor renders spaces as U+00A0.
    const text = (await page.locator('.view-lines').first().innerText()).replace(/\u00a0/g, ' ');
    assert.ok(text.includes(HELLO), `editor shows: ${text}`);
    await screenshot(page, 'smoke-hello');
  });
});

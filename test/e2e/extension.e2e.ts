// The packaged extension in a real VS Code workbench (code-server), driven with Debian's
// Chromium as a person would: problems, a hover, a quick fix, the simulator, the walkthrough.
// Each step leaves a screenshot in test-results/e2e/. The steps share one workbench and run
// in order; a failing step stops the rest (and leaves a FAILED-… screenshot).
import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { quoteOf } from '../helpers/quotes';
import {
  type CodeServer,
  type E2EBrowser,
  ensureCodeServer,
  launchBrowser,
  openFile,
  openWorkbench,
  RESULTS_DIR,
  runCommand,
  screenshot,
  startCodeServer,
  type TempWorkspace,
} from './harness';
import { choose, citations, pickUser, simulatorFrame, waitForVerdict } from './simulator';
import {
  activeEditor,
  buildVsix,
  type BuiltVsix,
  chooseQuickFix,
  editorLine,
  examplesWorkspace,
  goToLine,
  hoverToken,
  openQuickFix,
  plain,
  runCommandAndPick,
  showProblems,
  UI_TIMEOUT_MS,
  waitForEditorLine,
  waitForPickItem,
  waitForProblemCodes,
} from './workbench';

const MISTAKES = 'mistakes/mistakes.nsroles';
const WALKTHROUGH_STEPS = [
  ['openRoleFile', 'Open a role file'],
  ['fixFinding', 'See a finding and fix it'],
  ['openSimulator', 'Open the simulator'],
  ['askRestlet', 'Can a service user call a RESTlet?'],
  ['saveExpect', 'Save the answer as an expect line'],
  ['troubleshoot', 'When a login fails'],
  ['checkInCi', 'Run nsroles check in CI'],
] as const;
const SOURCES = resolve(__dirname, '..', '..', 'docs', 'sources');

/** The NetSuite documents the rules quote, whitespace collapsed, to check a quote is verbatim. */
function sourceText(): string {
  return ['set-up-tba-roles.txt', 'netsuite-facts.md']
    .map((f) => readFileSync(join(SOURCES, f), 'utf8'))
    .join('\n')
    .replace(/\s+/g, ' ');
}

describe('nsroles in VS Code (code-server + Chromium)', function () {
  let vsix: BuiltVsix | undefined;
  let workspace: TempWorkspace | undefined;
  let server: CodeServer | undefined;
  let browser: E2EBrowser | undefined;
  let page: Page;
  let failed = false;

  before(async function () {
    // This run's screenshots only: a step that fails leaves no older picture of itself behind.
    mkdirSync(RESULTS_DIR, { recursive: true });
    for (const name of readdirSync(RESULTS_DIR, { withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []))) {
      if (/^(\d\d-|FAILED-).*\.png$/.test(name)) rmSync(join(RESULTS_DIR, name));
    }
    ensureCodeServer();
    vsix = buildVsix();
    workspace = examplesWorkspace();
    // As on a first start, the Welcome page opens: it starts the service that records
    // walkthrough progress, so the last step can check what the earlier ones completed.
    server = await startCodeServer({ folder: workspace.folder, extensionVsix: vsix.path, settings: { 'workbench.startupEditor': 'welcomePage' } });
    browser = await launchBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openWorkbench(page, server.url);
    // Progress made before the walkthrough is registered would be dropped (see waitForPickItem).
    await waitForPickItem(page, 'Welcome: Open Walkthrough...', 'Simulate NetSuite token access');
  });

  beforeEach(function () {
    // The steps build on each other: after a failure the rest would only fail confusingly.
    if (failed) this.skip();
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await screenshot(page, `FAILED-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
  });

  after(async function () {
    // Runs after a failure too: every process started here is stopped by its pid.
    await browser?.close();
    await server?.stop();
    workspace?.remove();
    vsix?.remove();
  });

  it('lists the mistakes file’s problems with their rule codes in the Problems panel', async function () {
    await openFile(page, MISTAKES);
    await showProblems(page);
    const rows = await waitForProblemCodes(page, ['TBA-2FA-REQUIRED', 'TBA-PERM-LEVEL', 'NSR-UNKNOWN-REF', 'NSR-EXPECT-FAILED', 'TBA-TOKEN-CREATOR']);
    const perm = rows.find((r) => r.code === 'TBA-PERM-LEVEL');
    assert.ok(perm, JSON.stringify(rows));
    assert.match(perm.message, /takes only the levels none and full, not 'edit'/);
    assert.equal(perm.line, '[Ln 20, Col 43]');
    // The squiggles are in the editor too.
    await activeEditor(page).locator('.squiggly-error').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, '01-problems');
  });

  it('hovering a permission shows NetSuite’s words, verbatim', async function () {
    const hover = await hoverToken(page, '"Access Token Management"');
    const quote = quoteOf('TBA-ATM-OTHERS', 'for other users');
    await hover.locator('blockquote', { hasText: quote }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    const text = plain(await hover.innerText());
    assert.match(text, /Access Token Management · permission ID ADMI_MANAGE_OAUTH_TOKENS/);
    assert.ok(text.includes(quote), `hover lacks the quote:\n${text}`);
    assert.ok(sourceText().includes(quote), `"${quote}" is not word for word in docs/sources`);
    assert.match(text, /— Set Up Token-based Authentication Roles/);
    await screenshot(page, '02-hover-permission');
    // Moving the mouse off the editor closes the hover, as it does for a person.
    await page.locator('.statusbar').hover();
    await hover.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  });

  it('Quick Fix (Ctrl+.) sets the level to full and the problem goes away', async function () {
    await goToLine(page, 20, 43);
    assert.equal(await editorLine(page, 20), '  permission "Log in using Access Tokens" edit');
    const titles = await openQuickFix(page);
    assert.ok(titles.includes('Set the level to full'), `offered: ${JSON.stringify(titles)}`);
    await screenshot(page, '03-quick-fix-menu');
    await chooseQuickFix(page, 'Set the level to full');
    await waitForEditorLine(page, 20, '  permission "Log in using Access Tokens" full');
    await waitForProblemCodes(page, ['TBA-2FA-REQUIRED', 'NSR-EXPECT-FAILED'], ['TBA-PERM-LEVEL']);
    await screenshot(page, '04-quick-fix-applied');
  });

  it('the simulator answers DENY for tina as Token Admin logging in to a RESTlet, citing NetSuite', async function () {
    // Room for the answer: the Problems panel has shown what it had to.
    await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'NetSuite TBA: Open Simulator');
    const frame = await simulatorFrame(page);
    await frame.locator('header.file', { hasText: 'Simulating mistakes/mistakes.nsroles' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await pickUser(frame, 'tina@acme.com');
    assert.equal(await frame.locator('#panel-simulate').getByLabel('Acting role', { exact: true }).inputValue(), 'Token Admin');
    await choose(frame, 'Action', 'restlet-login');
    await waitForVerdict(frame, 'DENY', 'tina@acme.com as Token Admin: restlet-login');
    const quote = quoteOf('TBA-ATM-NO-LOGIN', 'RESTlets');
    const cited = await citations(frame);
    const noLogin = cited.find((c) => c.rule === 'TBA-ATM-NO-LOGIN');
    assert.ok(noLogin, JSON.stringify(cited));
    assert.equal(noLogin.quote, quote);
    assert.equal(noLogin.source, 'Set Up Token-based Authentication Roles');
    assert.ok(sourceText().includes(quote), `"${quote}" is not word for word in docs/sources`);
    assert.equal(await frame.locator('#expect-line').textContent(), 'expect "tina@acme.com" as "Token Admin" cannot restlet-login');
    await screenshot(page, '05-simulator-deny');
  });

  it('"Save as expect line" appends the answer to the role file', async function () {
    const frame = await simulatorFrame(page);
    const line = 'expect "tina@acme.com" as "Token Admin" cannot restlet-login';
    await frame.getByRole('button', { name: 'Save as expect line' }).click();
    await frame.locator('.notice', { hasText: `Added to mistakes.nsroles: ${line}` }).waitFor({ timeout: UI_TIMEOUT_MS });
    // Back in the editor: the new last line is the answer, and it holds (no new problem).
    await page.locator('.tabs-container .tab[data-resource-name="mistakes.nsroles"]').first().click();
    await page.keyboard.press('Control+End');
    await activeEditor(page)
      .locator('.view-line', { hasText: line.replace(/ /g, '\u00a0') })
      .waitFor({ timeout: UI_TIMEOUT_MS });
    // The expect line's code lens runs it: the saved answer holds.
    await activeEditor(page).locator('.codelens-decoration', { hasText: 'passes: DENY (TBA-ATM-NO-LOGIN)' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, '06-expect-saved');
  });

  it('completion offers the keywords on the line after an expect line', async function () {
    // The saved expect line is the file's last: a new line after it, then the first letter.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('e');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: UI_TIMEOUT_MS });
    const labels = (await rows.allTextContents()).map((t) => plain(t).trim());
    assert.ok(
      labels.some((l) => l.startsWith('expect')),
      JSON.stringify(labels),
    );
    await screenshot(page, '07-completion-after-expect');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
  });

  it('Troubleshoot: consumer_key_refused for the token of a blocked integration names its state line, and the link reveals it', async function () {
    await openFile(page, 'acme/account.nsroles');
    // The code lens that opens this tab sits above each token and integration: scroll to one.
    const source = readFileSync(join(workspace!.folder, 'acme', 'account.nsroles'), 'utf8').split('\n');
    await goToLine(page, source.findIndex((l) => l.startsWith('token "edi-prod"')) + 1);
    await activeEditor(page).locator('.codelens-decoration', { hasText: 'Troubleshoot…' }).first().waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
    const frame = await simulatorFrame(page);
    await frame.locator('header.file', { hasText: 'Simulating acme/account.nsroles' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await frame.getByRole('tab', { name: 'Troubleshoot' }).click();
    const tab = frame.locator('#panel-troubleshoot');
    for (const [label, typed, value] of [
      ['Error NetSuite shows', 'refused', 'consumer_key_refused'],
      ['Token', 'edi-prod', 'edi-prod'],
    ] as const) {
      const input = tab.getByRole('combobox', { name: label });
      await input.click();
      await input.fill(typed);
      await frame.getByRole('listbox', { name: label }).getByRole('option', { name: value }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await input.press('Enter');
    }
    const first = tab.locator('.ts-results[aria-busy="false"] .ts-cause').first();
    await first.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await first.locator('.ts-status .word').textContent(), 'Present');
    const evidence = (await first.locator('.ts-evidence li').first().textContent()) ?? '';
    const m = /^acme\/account\.nsroles:(\d+) state blocked$/.exec(evidence);
    assert.ok(m, evidence);
    assert.equal(await first.locator('figure.citation blockquote').first().textContent(), 'The application is in Blocked state on the integration record.');
    await screenshot(page, '08-troubleshoot');
    await first.locator('.ts-evidence button.link').first().click();
    await page.locator('.statusbar-item', { hasText: `Ln ${m[1]}, Col 16 (13 selected)` }).waitFor({ timeout: UI_TIMEOUT_MS });
    await waitForEditorLine(page, Number(m[1]), '  state blocked');
  });

  it('the matrix splits own tokens from tokens for others, with a count', async function () {
    // The Troubleshoot step left the simulator on acme/account.nsroles.
    const frame = await simulatorFrame(page);
    await frame.locator('header.file', { hasText: 'Simulating acme/account.nsroles' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await frame.getByRole('tab', { name: 'Matrix' }).click();
    const matrix = frame.locator('#panel-matrix');
    const heads = (await matrix.locator('thead th').allTextContents()).map((t) => t.trim());
    assert.deepEqual(heads.slice(1, 5), ['Issue own token', 'Issue for others', 'Revoke own token', 'Revoke for others']);
    const bob = matrix.locator('tbody tr.actor-row', { hasText: 'bob@acme.com' }).first();
    await bob.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal((await bob.locator('td').nth(0).textContent())?.trim(), 'Deny');
    assert.match((await bob.locator('td').nth(1).textContent()) ?? '', /^Allow\d+ of \d+ others$/);
    await screenshot(page, '08-matrix-split');
    await frame.getByRole('tab', { name: 'Simulate' }).click();
  });

  it('a rule link in the Problems panel opens the rule page rendered, not its Markdown source', async function () {
    await page.locator('.tabs-container .tab[data-resource-name="mistakes.nsroles"]').first().click();
    await showProblems(page);
    const code = page.locator('.markers-panel .marker-code', { hasText: 'TBA-TOKEN-INTEGRATION' }).first();
    await code.waitFor({ timeout: UI_TIMEOUT_MS });
    const link = code.locator('a').first();
    await ((await link.count()) ? link : code).click();
    await page.locator('.tabs-container .tab', { hasText: 'Preview TBA-TOKEN-INTEGRATION.md' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // The source is not left open in a text editor.
    await page
      .locator('.tabs-container .tab[data-resource-name="TBA-TOKEN-INTEGRATION.md"]:not(:has-text("Preview"))')
      .waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    await screenshot(page, '09-rule-page-rendered');
    await runCommand(page, 'View: Close Editor');
    await runCommand(page, 'View: Hide Panel');
  });

  it('the walkthrough opens with its steps', async function () {
    // The second quick pick lists the walkthroughs; ours is contributed by the extension.
    const picked = await runCommandAndPick(page, 'Welcome: Open Walkthrough...', 'Simulate NetSuite token access');
    assert.match(picked, /NetSuite TBA Roles/);
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.locator('.getting-started-category h2', { hasText: 'Simulate NetSuite token access' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    const steps = walkthrough.locator('.getting-started-step');
    await steps.nth(WALKTHROUGH_STEPS.length - 1).waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
    const shown = await steps.evaluateAll((els) =>
      els.map((e) => ({
        id: (e.getAttribute('data-step-id') ?? '').split('#').pop() ?? '',
        title: e.querySelector('.step-title')?.textContent ?? '',
        done: !!e.querySelector('.codicon.complete'),
      })),
    );
    assert.deepEqual(
      shown.map(({ id, title }) => ({ id, title })),
      WALKTHROUGH_STEPS.map(([id, title]) => ({ id, title })),
    );
    // What the earlier steps did completes these: Problems and Ctrl+., the Open Simulator
    // command, a restlet-login question and a saved expect line (the panel's context keys);
    // opening the mistakes file completes "Open a role file" (resourceLangId is global).
    // The page draws the steps first and their saved progress a moment later, so wait for each mark.
    for (const id of ['openRoleFile', 'fixFinding', 'openSimulator', 'askRestlet', 'saveExpect', 'troubleshoot']) {
      const mark = walkthrough.locator(`.codicon.complete[data-done-step-id$="#${id}"]`);
      const shownDone = await mark
        .waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS })
        .then(() => true)
        .catch(() => false);
      assert.ok(shownDone, `step ${id} is not complete; complete at first paint: ${JSON.stringify(shown.filter((s) => s.done).map((s) => s.id))}`);
    }
    await screenshot(page, '10-walkthrough');
  });
});

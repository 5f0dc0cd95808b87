// Workbench helpers for the extension's end-to-end test: the packaged .vsix, a copy of
// examples/, and the editor, Problems panel, hover and Quick Fix as a person sees them.
// Every wait is on a selector or a condition in the page, with a timeout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { quickInput, runCommand, tempWorkspace, type TempWorkspace, typeInQuickInput } from './harness';

const repoRoot = resolve(__dirname, '..', '..');

/** How long the language server and the workbench get to show a result. */
export const UI_TIMEOUT_MS = 30_000;

export interface BuiltVsix {
  path: string;
  remove(): void;
}

/** Packages the working tree with scripts/build-vsix.mjs (a staging copy: dist/ is left alone). */
export function buildVsix(): BuiltVsix {
  const dir = mkdtempSync(join(tmpdir(), 'nsroles-e2e-vsix-'));
  const out = join(dir, 'nsroles.vsix');
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-vsix.mjs'), '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { path: out, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function filesUnder(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, root, out);
    else out[relative(root, path)] = readFileSync(path, 'utf8');
  }
  return out;
}

/** A temp copy of examples/, so quick fixes and saved expect lines never touch the repository. */
export function examplesWorkspace(): TempWorkspace {
  return tempWorkspace(filesUnder(join(repoRoot, 'examples')));
}

/** The editor shows spaces as U+00A0; compare text with ordinary spaces. */
export function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

// ---- Problems panel ----

const problemsPanel = (page: Page) => page.locator('.markers-panel');

/** Opens the Problems panel through the Command Palette. */
export async function showProblems(page: Page): Promise<void> {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await problemsPanel(page).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** One row of the Problems panel: message, rule code and position, as rendered. */
export interface ProblemRow {
  message: string;
  code: string;
  line: string;
}

/** The rows the Problems panel renders now (it is a virtual list: only rows in view exist). */
export async function problemRows(page: Page): Promise<ProblemRow[]> {
  return problemsPanel(page)
    .locator('.monaco-list-row')
    .evaluateAll((rows) =>
      rows
        .filter((row) => row.querySelector('.marker-message'))
        .map((row) => ({
          message: row.querySelector('.marker-message')?.textContent ?? '',
          code: row.querySelector('.marker-code')?.textContent ?? '',
          line: row.querySelector('.marker-line')?.textContent ?? '',
        })),
    );
}

/**
 * Waits until the Problems panel lists every one of `codes` (and, with `absent`, none of
 * those). The panel is maximized while it is read, so all the file's rows are in view.
 */
export async function waitForProblemCodes(page: Page, codes: string[], absent: string[] = []): Promise<ProblemRow[]> {
  await runCommand(page, 'View: Toggle Maximized Panel');
  try {
    await page.waitForFunction(
      ([want, not]) => {
        const shown = new Set(Array.from(document.querySelectorAll('.markers-panel .marker-code'), (e) => e.textContent ?? ''));
        return want.every((c) => shown.has(c)) && !not.some((c) => shown.has(c));
      },
      [codes, absent] as const,
      { timeout: UI_TIMEOUT_MS },
    );
    return await problemRows(page);
  } finally {
    await runCommand(page, 'View: Toggle Maximized Panel');
  }
}

// ---- Editor ----

/** The active editor's text area. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Moves the cursor with Go to Line (Ctrl+G), as a person would type `:20:43`. */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  const input = await typeInQuickInput(page, 'Control+G', `:${line}:${column}`);
  await input.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The rendered text of line `n` of the active editor, or undefined while it is out of view. */
export async function editorLine(page: Page, n: number): Promise<string | undefined> {
  const text = await activeEditor(page).evaluate((editor, line) => {
    // Line numbers and line contents are separate layers, aligned by their `top`.
    const number = Array.from(editor.querySelectorAll('.margin-view-overlays > div')).find(
      (d) => d.querySelector('.line-numbers')?.textContent?.trim() === String(line),
    ) as HTMLElement | undefined;
    if (!number) return undefined;
    const row = Array.from(editor.querySelectorAll('.view-lines > .view-line')).find((v) => (v as HTMLElement).style.top === number.style.top);
    return row?.textContent ?? undefined;
  }, n);
  return text === undefined ? undefined : plain(text);
}

/** Waits until line `n` of the active editor reads `expected`. */
export async function waitForEditorLine(page: Page, n: number, expected: string): Promise<void> {
  await activeEditor(page).locator('.view-lines').waitFor();
  await page.waitForFunction(
    ([line, want]) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return false;
      const number = Array.from(editor.querySelectorAll('.margin-view-overlays > div')).find(
        (d) => d.querySelector('.line-numbers')?.textContent?.trim() === String(line),
      ) as HTMLElement | undefined;
      const row = number && Array.from(editor.querySelectorAll('.view-lines > .view-line')).find((v) => (v as HTMLElement).style.top === number.style.top);
      return (row?.textContent ?? '').replace(/\u00a0/g, ' ') === want;
    },
    [n, expected] as const,
    { timeout: UI_TIMEOUT_MS },
  );
}

// ---- Hover and Quick Fix ----

/** Moves the mouse onto the first rendered token whose text is `token`; returns the hover. */
export async function hoverToken(page: Page, token: string): Promise<Locator> {
  await activeEditor(page).locator('.view-lines .view-line span span', { hasText: token }).first().hover();
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  return hover;
}

/** Opens Quick Fix (Ctrl+.) at the cursor and returns the titles it offers. */
export async function openQuickFix(page: Page): Promise<string[]> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const deadline = Date.now() + UI_TIMEOUT_MS;
  // A busy language server may answer the first request before it has linted the file
  // ("No code actions available"); a person would press Ctrl+. again, and so do we.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await rows.first().waitFor({ timeout: Math.min(5_000, Math.max(1, deadline - Date.now())) });
      break;
    } catch (error) {
      if (Date.now() >= deadline) throw new Error(`Quick Fix showed no actions after ${attempt} tries: ${(error as Error).message}`);
      await page.keyboard.press('Escape');
    }
  }
  return (await rows.allTextContents()).map((t) => plain(t).trim());
}

/** Picks the Quick Fix titled `title` and waits for the menu to close. */
export async function chooseQuickFix(page: Page, title: string): Promise<void> {
  await page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first().click();
  await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

// ---- Commands that ask a second question ----

function rowLabelled(page: Page, label: string): Locator {
  return quickInput(page)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: label }) });
}

/** Runs the palette command `title`, leaving its second quick pick open. */
async function openSecondPick(page: Page, title: string): Promise<void> {
  await typeInQuickInput(page, 'F1', `>${title}`);
  await rowLabelled(page, title).first().click({ timeout: UI_TIMEOUT_MS });
}

/**
 * Waits until the palette command `title` lists `item` in its second quick pick, asking again
 * until `timeoutMs` has passed, and leaves the quick pick closed. VS Code's walkthrough service
 * registers an extension's walkthrough some seconds after start, and a completion event that
 * comes before that is dropped for the session, so a test of step progress waits for this first.
 */
export async function waitForPickItem(page: Page, title: string, item: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await openSecondPick(page, title);
    const listed = await rowLabelled(page, item)
      .first()
      .waitFor({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
    if (listed) return;
    if (Date.now() > deadline) throw new Error(`"${title}" did not list "${item}" within ${timeoutMs} ms`);
    await page.waitForTimeout(500);
  }
}

/**
 * Runs a palette command that opens a second quick pick (harness.runCommand waits for the
 * quick input to close, which such a command never does), then picks `item` in it.
 * Returns the picked row's text.
 */
export async function runCommandAndPick(page: Page, title: string, item: string): Promise<string> {
  await openSecondPick(page, title);
  const row = rowLabelled(page, item).first();
  await row.waitFor({ timeout: UI_TIMEOUT_MS });
  const text = plain(await row.innerText());
  await row.click();
  await quickInput(page).waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  return text;
}

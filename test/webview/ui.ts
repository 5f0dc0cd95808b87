/** Page helpers for the webview tests: pick inputs the way a user does, wait for answers. */
import type { Locator, Page } from 'playwright-core';
import type { WebviewMessage } from '../../shared/protocol/webview';

export type TabId = 'simulate' | 'matrix' | 'whoCan' | 'troubleshoot' | 'changes';

export function panel(page: Page, tab: TabId): Locator {
  return page.locator(`#panel-${tab}`);
}

/** Types into the searchable user picker and takes the first match with Enter. */
export async function pickUser(page: Page, name: string): Promise<void> {
  const input = panel(page, 'simulate').getByRole('combobox', { name: 'User', exact: true });
  await input.fill(name);
  await page.getByRole('listbox', { name: 'User' }).getByRole('option').first().waitFor();
  await input.press('Enter');
}

/** Chooses an option of a labelled `<select>` in a tab. */
export async function choose(page: Page, tab: TabId, label: string, value: string): Promise<void> {
  await panel(page, tab).getByLabel(label, { exact: true }).selectOption(value);
}

/** Waits until the answer shows `word` (ALLOW or DENY) and, if given, a phrase of its summary. */
export async function waitForVerdict(page: Page, word: 'ALLOW' | 'DENY', phrase = ''): Promise<void> {
  await page.waitForFunction(
    ([w, p]) => {
      const v = document.querySelector('#verdict');
      const answer = document.querySelector('#panel-simulate .answer');
      return !!v && answer?.getAttribute('aria-busy') === 'false' && v.querySelector('.verdict-badge')?.textContent === w && (v.textContent ?? '').includes(p);
    },
    [word, phrase] as const,
    { timeout: 5000 },
  );
}

export async function openTab(page: Page, name: 'Simulate' | 'Matrix' | 'Who can' | 'Troubleshoot' | 'Changes'): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** A type guard for one kind of webview message, for FakeHost.waitForSent. */
export const isType =
  <T extends WebviewMessage['type']>(type: T) =>
  (m: WebviewMessage): m is Extract<WebviewMessage, { type: T }> =>
    m.type === type;

// The simulator panel inside the workbench. A webview is two iframes deep: the workbench's
// `pre/index.html` host frame, and inside it the frame that holds the extension's HTML. The
// inner one is found by its URL (`pre/fake.html`, where the webview's document is written)
// and by its content (the simulator's Simulate tab).
import type { Frame, Page } from 'playwright-core';
import { UI_TIMEOUT_MS } from './workbench';

const WEBVIEW_CONTENT_URL = /\/webview\/browser\/pre\/(fake|index)\.html/;

async function isSimulator(frame: Frame): Promise<boolean> {
  if (frame.isDetached() || !WEBVIEW_CONTENT_URL.test(frame.url())) return false;
  try {
    return (await frame.locator('#panel-simulate').count()) > 0;
  } catch {
    return false; // the frame navigated or was detached while we looked
  }
}

/** Waits for the simulator webview's content frame to render its Simulate tab. */
export async function simulatorFrame(page: Page, timeout = UI_TIMEOUT_MS): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) if (await isSimulator(frame)) return frame;
    if (Date.now() > deadline)
      throw new Error(
        `no simulator webview among the frames: ${page
          .frames()
          .map((f) => f.url())
          .join(', ')}`,
      );
    // A new frame, or a frame's navigation, is what can change the answer.
    await Promise.race([page.waitForEvent('frameattached', { timeout: 1_000 }), page.waitForEvent('framenavigated', { timeout: 1_000 })]).catch(
      () => undefined,
    );
  }
}

/** Types into the searchable User picker and takes the first match with Enter. */
export async function pickUser(frame: Frame, name: string): Promise<void> {
  const input = frame.locator('#panel-simulate').getByRole('combobox', { name: 'User', exact: true });
  await input.click();
  await input.fill(name);
  await frame.getByRole('listbox', { name: 'User' }).getByRole('option', { name }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await input.press('Enter');
}

/** Chooses an option of a labelled `<select>` on the Simulate tab. */
export async function choose(frame: Frame, label: string, value: string): Promise<void> {
  await frame.locator('#panel-simulate').getByLabel(label, { exact: true }).selectOption(value);
}

/** Waits until the answer shows `word` (ALLOW or DENY) and its summary contains `phrase`. */
export async function waitForVerdict(frame: Frame, word: 'ALLOW' | 'DENY', phrase = ''): Promise<void> {
  await frame.waitForFunction(
    ([w, p]) => {
      const v = document.querySelector('#verdict');
      const answer = document.querySelector('#panel-simulate .answer');
      return !!v && answer?.getAttribute('aria-busy') === 'false' && v.querySelector('.verdict-badge')?.textContent === w && (v.textContent ?? '').includes(p);
    },
    [word, phrase] as const,
    { timeout: UI_TIMEOUT_MS },
  );
}

/** The cited rules under the answer: quote, source and rule id of each. */
export async function citations(frame: Frame): Promise<{ quote: string; source: string; rule: string }[]> {
  return frame.locator('#panel-simulate figure.citation').evaluateAll((figures) =>
    figures.map((f) => ({
      quote: f.querySelector('blockquote')?.textContent ?? '',
      source: f.querySelector('cite')?.textContent ?? '',
      rule: f.querySelector('.rule-id')?.textContent ?? '',
    })),
  );
}

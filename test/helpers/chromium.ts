import { findChromium, howToGetChromium } from '../../scripts/ensure-chromium.mjs';

/**
 * The Chromium the webview and end-to-end suites launch: $NSROLES_CHROMIUM, /usr/bin/chromium
 * or one on PATH (scripts/ensure-chromium.mjs, which `npm test` runs first, installs Debian's
 * where none is found). Throws one line saying what to do when there is none.
 */
export function chromiumPath(): string {
  const found = findChromium();
  if (found.path === undefined) throw new Error(howToGetChromium(found.problem));
  return found.path;
}

/** Headless flags that keep Chromium off the network (see shared/docs/machine-facts.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

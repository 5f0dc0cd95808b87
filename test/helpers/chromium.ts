/** Debian's Chromium, as the webview and end-to-end suites launch it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

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

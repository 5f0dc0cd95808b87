/**
 * The simulator webview's HTML. A pure function of its inputs (no `vscode` import) so the
 * browser tests render exactly what the extension serves.
 */
import { randomBytes } from 'crypto';

export interface SimulatorHtmlOptions {
  /** `webview.cspSource`: the only origin styles, fonts and scripts may come from. */
  cspSource: string;
  /** A fresh nonce per render; the only way a script may run. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  codiconsUri: string;
}

/** 128 random bits, base64: unguessable, so injected markup cannot carry a valid nonce. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy the panel runs under. */
export function simulatorCsp(o: Pick<SimulatorHtmlOptions, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `style-src ${o.cspSource}`,
    `font-src ${o.cspSource}`,
    `img-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };

function attr(s: string): string {
  return s.replace(/[&"<>']/g, (c) => ATTR_ESCAPES[c]);
}

/**
 * Only the skeleton is static; the webview script builds the rest with `textContent`, so
 * nothing from the role file is ever parsed as HTML.
 */
export function renderSimulatorHtml(o: SimulatorHtmlOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(simulatorCsp(o))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.codiconsUri)}">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>NetSuite TBA Simulator</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Loading the simulator…</p></main>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}

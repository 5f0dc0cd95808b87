/**
 * What user-written text may do in the extension host. Names in hovers and in the simulator
 * come from role files, which may be hostile: no command links, no HTML, no forms. Kept free of
 * `vscode` so tests read the values the extension really uses.
 */
export const UNTRUSTED_MARKDOWN = Object.freeze({ isTrusted: false, supportHtml: false } as const);

/** The simulator webview runs its own script only; no forms, no command URIs. */
export const WEBVIEW_SAFETY = Object.freeze({ enableScripts: true, enableForms: false, enableCommandUris: false } as const);

/** The only extension folders the webview may load from. */
export const WEBVIEW_RESOURCE_FOLDERS: readonly string[] = Object.freeze(['dist', 'media']);

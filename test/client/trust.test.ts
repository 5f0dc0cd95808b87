/**
 * What the extension host lets user-written text do: the values the client really passes to the
 * language client and to the simulator webview (client/src/trust.ts). That nothing else in the
 * client builds trusted Markdown is an ESLint rule (eslint.config.mjs, client zone).
 */
import { strict as assert } from 'assert';
import { UNTRUSTED_MARKDOWN, WEBVIEW_RESOURCE_FOLDERS, WEBVIEW_SAFETY } from '../../client/src/trust';

describe('client: user text is never trusted', () => {
  it('server Markdown (hovers quoting names) is rendered untrusted and without HTML', () => {
    assert.deepEqual({ ...UNTRUSTED_MARKDOWN }, { isTrusted: false, supportHtml: false });
  });

  it('the simulator webview runs scripts but no command URIs and no forms, from dist/ and media/ only', () => {
    assert.deepEqual({ ...WEBVIEW_SAFETY }, { enableScripts: true, enableForms: false, enableCommandUris: false });
    assert.deepEqual([...WEBVIEW_RESOURCE_FOLDERS], ['dist', 'media']);
  });

  it('the settings cannot be loosened at run time', () => {
    assert.throws(() => Object.assign(UNTRUSTED_MARKDOWN, { isTrusted: true }), TypeError);
    assert.throws(() => Object.assign(WEBVIEW_SAFETY, { enableCommandUris: true }), TypeError);
    assert.throws(() => (WEBVIEW_RESOURCE_FOLDERS as string[]).push('..'), TypeError);
  });
});

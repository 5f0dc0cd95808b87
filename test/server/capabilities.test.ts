import { strict as assert } from 'assert';
import { TestServer } from './harness';

describe('server: initialize', () => {
  it('advertises exactly the capabilities the protocol tests cover', async () => {
    const s = await TestServer.start();
    try {
      assert.deepEqual(s.initializeResult.capabilities, {
        textDocumentSync: { openClose: true, change: 2 }, // diagnostics.test.ts (incremental changes)
        hoverProvider: true, // hover.test.ts
        completionProvider: { triggerCharacters: ['"', ' ', '>'], resolveProvider: true }, // completion.test.ts; '>' in sdf-editor.test.ts
        definitionProvider: true, // navigation.test.ts
        referencesProvider: true, // navigation.test.ts
        renameProvider: { prepareProvider: true }, // navigation.test.ts
        documentHighlightProvider: true, // navigation.test.ts
        documentSymbolProvider: true, // symbols.test.ts
        workspaceSymbolProvider: true, // symbols.test.ts
        foldingRangeProvider: true, // symbols.test.ts
        documentFormattingProvider: true, // formatting.test.ts
        documentRangeFormattingProvider: true, // formatting.test.ts
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.nsroles'], resolveProvider: true }, // codeActions.test.ts
        codeLensProvider: { resolveProvider: true }, // codeLens.test.ts
        executeCommandProvider: { commands: ['nsroles.server.fixAll'] }, // codeActions.test.ts: fix-all for clients that cannot resolve
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } }, // symbols.test.ts
      });
      assert.deepEqual(s.initializeResult.serverInfo, { name: 'nsroles', version: '0.1.0' });
    } finally {
      await s.stop();
    }
  });

  it('shuts down and exits cleanly', async () => {
    const s = await TestServer.start();
    const exit = new Promise<number | null>((r) => s.proc.once('exit', (code) => r(code)));
    await s.stop();
    assert.equal(await exit, 0);
  });
});

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type DocumentSymbol, type FoldingRange, type SymbolInformation, SymbolKind } from 'vscode-languageserver-protocol/node';
import { fileUri, rangeOf, ROOT, TestServer, workspace } from './harness';

const TEXT = `# Roles
# for the sandbox
include "a.nsroles"
include "b.nsroles"
account "Sandbox" { token-based-authentication enabled }
role "Mgr" {
  id customrole_mgr
  permission ADMI_MANAGE_OAUTH_TOKENS full
  two-factor required
}
user "ops" {
  role "Mgr"
  inactive
}
integration "Sync" { state enabled }
token "t" { user "ops"; role "Mgr"; integration "Sync" }
expect "ops" as "Mgr" cannot restlet-login
expect "ops" as "Mgr" cannot web-services-login
`;

describe('server: outline, workspace symbols and folding', () => {
  let s: TestServer;
  const dir = workspace({
    'main.nsroles': TEXT,
    'a.nsroles': 'role "A" {}\n',
    'b.nsroles': 'user "bea" {}\n',
    'deep/c.nsroles': 'user "cecil" {}\nintegration "C Sync" {}\n',
  });
  const uri = fileUri(path.join(dir, 'main.nsroles'));
  before(async () => {
    s = await TestServer.start({ folders: [dir] });
    await s.open(uri, TEXT);
  });
  after(() => s.stop());

  it('outlines the document as a hierarchy in the order written', async () => {
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const brief = (list: DocumentSymbol[]): unknown[] =>
      list.map((x) => [x.name, x.kind, x.detail ?? null, ...(x.children?.length ? [brief(x.children)] : [])]);
    assert.deepEqual(brief(symbols), [
      ['a.nsroles', SymbolKind.File, null],
      ['b.nsroles', SymbolKind.File, null],
      ['Sandbox', SymbolKind.Namespace, 'TBA enabled'],
      ['Mgr', SymbolKind.Class, 'customrole_mgr', [['Access Token Management', SymbolKind.Property, 'full']]],
      ['ops', SymbolKind.Object, 'inactive', [['Mgr', SymbolKind.Field, null]]],
      ['Sync', SymbolKind.Interface, 'enabled'],
      ['t', SymbolKind.Key, 'ops as Mgr'],
      ['"ops" as "Mgr" cannot restlet-login', SymbolKind.Event, null],
      ['"ops" as "Mgr" cannot web-services-login', SymbolKind.Event, null],
    ]);
    const mgr = symbols[3];
    assert.deepEqual(mgr.range, { start: { line: 5, character: 0 }, end: { line: 9, character: 1 } });
    assert.deepEqual(mgr.selectionRange, rangeOf(TEXT, '"Mgr"'));
    assert.deepEqual(mgr.children![0].selectionRange, rangeOf(TEXT, 'ADMI_MANAGE_OAUTH_TOKENS'));
  });

  it('finds declarations in every role file of the workspace, open or not', async () => {
    const all = await s.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.deepEqual(
      all.map((x) => [x.name, path.relative(dir, new URL(x.location.uri).pathname)]),
      [
        ['A', 'a.nsroles'],
        ['bea', 'b.nsroles'],
        ['cecil', 'deep/c.nsroles'],
        ['C Sync', 'deep/c.nsroles'],
        ['Sandbox', 'main.nsroles'],
        ['Mgr', 'main.nsroles'],
        ['ops', 'main.nsroles'],
        ['Sync', 'main.nsroles'],
        ['t', 'main.nsroles'],
      ],
    );
    const sync = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'sync' });
    assert.deepEqual(
      sync.map((x) => [x.name, x.kind, x.location.range]),
      [
        ['C Sync', SymbolKind.Interface, { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } }],
        ['Sync', SymbolKind.Interface, rangeOf(TEXT, '"Sync"')],
      ],
    );
  });

  it('follows workspace folders as they are added', async () => {
    const other = workspace({ 'x.nsroles': 'user "xavier" {}\n' });
    const folder = { uri: fileUri(other), name: 'other' };
    // Messages are handled in order, so the request sees the folder change.
    await s.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    const found = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'xavier' });
    assert.deepEqual(
      found.map((x) => [x.name, x.location.uri]),
      [['xavier', fileUri(path.join(other, 'x.nsroles'))]],
    );
    await s.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    assert.deepEqual(await s.request('workspace/symbol', { query: 'xavier' }), []);
  });

  it('folds blocks (keeping the closing brace visible), comment runs, includes and expect runs', async () => {
    const folds = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds, [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 3, kind: 'imports' },
      { startLine: 5, endLine: 8 },
      { startLine: 10, endLine: 12 },
      { startLine: 16, endLine: 17, kind: 'region' },
    ]);
  });

  it('ranks names containing the query before names that only contain its letters in order', async () => {
    const file = path.join(ROOT, 'examples/acme/account.nsroles');
    const s2 = await TestServer.start({ folders: [path.join(ROOT, 'examples')] });
    try {
      const found = await s2.request<SymbolInformation[]>('workspace/symbol', { query: 'svc-o' });
      assert.deepEqual(found[0], {
        name: 'svc-orders',
        kind: SymbolKind.Object,
        containerName: 'user',
        location: { uri: fileUri(file), range: rangeOf(fs.readFileSync(file, 'utf8'), '"svc-orders"') },
      });
      assert.deepEqual(
        found
          .slice(1)
          .map((x) => x.name)
          .sort(),
        ['svc-inventory', 'svc-reports', 'svc-reports', 'svc-soap'],
      );
    } finally {
      await s2.stop();
    }
  });
});

describe('server: a large outline is cut to nsroles.maxItemsComputed', () => {
  it('keeps the first items in the order written, each before what it holds, and says so once', async () => {
    const text = [0, 1, 2, 3].map((i) => `role "R${i}" {\n  permission ADMI_LOGIN_OAUTH\n  permission ADMI_MANAGE_OAUTH_TOKENS\n}\n`).join('');
    const s = await TestServer.start({ configuration: (i) => (i.section === 'nsroles' ? { maxItemsComputed: 5 } : null) });
    try {
      const uri = 'untitled:big-outline';
      await s.open(uri, text);
      const names = (list: DocumentSymbol[]): unknown[] => list.map((x) => [x.name, ...(x.children?.length ? [names(x.children)] : [])]);
      const first = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(names(first), [
        ['R0', [['Log in using Access Tokens'], ['Access Token Management']]],
        ['R1', [['Log in using Access Tokens']]],
      ]);
      await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(s.shown, ['The outline of big-outline shows its first 5 items of 12. The setting nsroles.maxItemsComputed sets how many.']);
    } finally {
      await s.stop();
    }
  });

  it('a client that pushes settings: the limit from initializationOptions, then from didChangeConfiguration, said again when it changes or the file is reopened', async () => {
    const text = [0, 1, 2].map((i) => `role "R${i}" { permission ADMI_LOGIN_OAUTH }\n`).join('');
    const s = await TestServer.start({ configuration: false, initializationOptions: { maxItemsComputed: 2 } });
    try {
      const uri = 'untitled:pushed-outline';
      const count = async () => {
        const list = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        return list.reduce((n, x) => n + 1 + (x.children?.length ?? 0), 0);
      };
      await s.open(uri, text);
      assert.equal(await count(), 2);
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { nsroles: { maxItemsComputed: 3 } } });
      assert.equal(await count(), 3);
      assert.equal(await count(), 3);
      await s.close(uri);
      await s.open(uri, text);
      assert.equal(await count(), 3);
      assert.deepEqual(
        s.shown.map((m) => m.match(/first (\d+) items of (\d+)/)?.slice(1)),
        [
          ['2', '6'],
          ['3', '6'],
          ['3', '6'],
        ],
      );
    } finally {
      await s.stop();
    }
  });
});

// The language server: creates the connection and wires each LSP feature to its handler.
import * as path from 'path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { FIX_ALL_COMMAND, FIX_ALL_KIND, onCodeAction, onCodeActionResolve, onFixAllCommand } from './features/codeActions';
import { lensHandlers } from './features/codeLens';
import { LastCompletion, onCompletion, onCompletionResolve } from './features/completion';
import { registerCustomRequests } from './features/custom';
import { Diagnostics } from './features/diagnostics';
import { onFormatting, onRangeFormatting } from './features/formatting';
import { onHover } from './features/hover';
import { onDefinition, onDocumentHighlight, onReferences } from './features/navigation';
import { onPrepareRename, onRename } from './features/rename';
import { registerSdfRequests } from './features/sdfRequests';
import { forgetOutline, onDocumentSymbol, onFoldingRange, onWorkspaceSymbol } from './features/symbols';
import { checkedSync } from './features/sync';
import { checkedNotification, checkedRequest } from './features/checked';
import {
  CodeActionParamsSchema,
  ConfigurationChangeSchema,
  DocumentParamsSchema,
  FoldersChangeSchema,
  PositionParamsSchema,
  RangeParamsSchema,
  RenameParamsSchema,
  WatchedFilesSchema,
  WorkspaceSymbolParamsSchema,
} from '../../shared/protocol/schemas';
import { type ClientFeatures, clientFeatures } from './clientFeatures';
import { ProjectConfigs } from './projectConfig';
import { Settings } from './settings';
import { filteredStdio } from './transport';
import { PROJECT_CONFIG_FILE } from './configFile';
import { Workspace } from './workspace';
import { tuneHeapGrowth } from './heap';
import { leanCompiler } from './jit';
import { helpersYield } from './threads';
import { beforeFirstDocument } from './warmup';

// Tight until the first lint shows the accounts are small (heap.ts); set again after each lint.
tuneHeapGrowth(true);
leanCompiler();
helpersYield();

// Over stdio, input is reframed so a malformed message costs only itself (see transport.ts).
const stdio = process.argv.includes('--stdio') ? filteredStdio() : undefined;
// The input stays a stream (so its end stops the server) and the output is our writer; the
// library takes any mix of the two, though its overloads type only the pairs.
const connection = stdio
  ? createConnection(ProposedFeatures.all, stdio.input, stdio.output as unknown as NodeJS.WritableStream)
  : createConnection(ProposedFeatures.all);
const ws = new Workspace();
let settings: Settings;
let projectConfigs: ProjectConfigs;
let diagnostics: Diagnostics;
let client: ClientFeatures = clientFeatures({});

connection.onInitialize((params): InitializeResult => {
  client = clientFeatures(params.capabilities);
  projectConfigs = new ProjectConfigs(connection);
  settings = new Settings(connection, client.configuration, params.initializationOptions ?? {}, (uri) => projectConfigs.rulesFor(ws.fileOf(uri)));
  diagnostics = new Diagnostics(connection, ws, settings);
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  ws.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      // '>' for `<permkey>` and `<permlevel>` in SuiteCloud role objects.
      completionProvider: { triggerCharacters: ['"', ' ', '>'], resolveProvider: true },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      codeLensProvider: { resolveProvider: true },
      executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'nsroles', version: '0.1.0' },
  };
});

// Until a document opens, idle time goes to reading the workspace's role files ahead, then to
// warming the engine up (warmup.ts).
let opened = false;

connection.onInitialized(() => {
  // Stopped by a document opening, and held while a message arrives in parts (a large
  // document, whose reading a slice or a round would hold up). Over other transports than
  // stdio, whether a message is arriving is not known, and a slice may hold one up.
  beforeFirstDocument(
    () => opened,
    () => stdio?.input.receiving === true,
    (pause) => ws.readAhead(pause),
    (line) => {
      if (process.env.NSROLES_DEBUG) process.stderr.write(`nsroles: ${line}\n`);
    },
  );
  if (client.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nsroles' });
  // Role files, and the XML of SuiteCloud role objects that join the accounts.
  if (client.dynamicWatch)
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.nsroles' }, { globPattern: '**/*.xml' }, { globPattern: `**/${PROJECT_CONFIG_FILE}` }],
    });
  if (client.folderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders(
      checkedNotification(connection, 'workspace/didChangeWorkspaceFolders', FoldersChangeSchema, (e: WorkspaceFoldersChangeEvent) => {
        ws.changeFolders(
          e.added.map((f) => f.uri),
          e.removed.map((f) => f.uri),
        );
        diagnostics.all();
      }),
    );
  }
});

connection.onDidChangeConfiguration(
  checkedNotification(connection, 'workspace/didChangeConfiguration', ConfigurationChangeSchema, (p: DidChangeConfigurationParams) => {
    settings.changed(p.settings);
    diagnostics.all();
  }),
);

connection.onDidChangeWatchedFiles(
  checkedNotification(connection, 'workspace/didChangeWatchedFiles', WatchedFilesSchema, (p: DidChangeWatchedFilesParams) => {
    // Project configuration: new severities for every document.
    if (p.changes.some((c) => path.basename(ws.fileOf(c.uri)) === PROJECT_CONFIG_FILE)) {
      projectConfigs.changed();
      settings.changed(undefined);
      diagnostics.all();
    }
    for (const c of p.changes) {
      const file = ws.fileOf(c.uri);
      if (path.basename(file) === PROJECT_CONFIG_FILE) continue;
      ws.diskChanged(file, c.type !== FileChangeType.Changed);
      if (/\.xml$/i.test(file)) diagnostics.all();
      else diagnostics.changed(c.uri);
    }
  }),
);

ws.documents.onDidOpen((e) => {
  opened = true;
  ws.documentOpened(e.document.uri);
  // Its settings are asked for now, so they are here when its first check is done (XML only
  // when it is a role object: other XML gets nothing from this server).
  if (ws.kindOf(e.document.uri)) settings.prefetch(e.document.uri);
});
ws.documents.onDidChangeContent((e) => {
  ws.changed();
  diagnostics.changed(e.document.uri);
});
ws.documents.onDidClose((e) => {
  ws.documentClosed(e.document.uri);
  settings.forget(e.document.uri);
  forgetOutline(e.document.uri);
  diagnostics.closed(e.document.uri);
  diagnostics.changed(e.document.uri);
});

connection.onHover(checkedRequest('textDocument/hover', PositionParamsSchema, onHover(ws, { permissionPage: (id) => settings.permissionHref(id) })));
const lastCompletion = new LastCompletion();
connection.onCompletion(
  checkedRequest(
    'textDocument/completion',
    PositionParamsSchema,
    onCompletion(
      ws,
      () => client.snippets,
      () => client.editRangeDefault,
      lastCompletion,
    ),
  ),
);
connection.onCompletionResolve(onCompletionResolve(ws, lastCompletion));
connection.onDefinition(checkedRequest('textDocument/definition', PositionParamsSchema, onDefinition(ws)));
connection.onReferences(checkedRequest('textDocument/references', PositionParamsSchema, onReferences(ws)));
connection.onDocumentHighlight(checkedRequest('textDocument/documentHighlight', PositionParamsSchema, onDocumentHighlight(ws)));
connection.onPrepareRename(checkedRequest('textDocument/prepareRename', PositionParamsSchema, onPrepareRename(ws)));
connection.onRenameRequest(checkedRequest('textDocument/rename', RenameParamsSchema, onRename(ws)));
connection.onDocumentSymbol(checkedRequest('textDocument/documentSymbol', DocumentParamsSchema, (p) => onDocumentSymbol(ws, settings, connection)(p)));
connection.onWorkspaceSymbol(checkedRequest('workspace/symbol', WorkspaceSymbolParamsSchema, onWorkspaceSymbol(ws)));
connection.onFoldingRanges(checkedRequest('textDocument/foldingRange', DocumentParamsSchema, onFoldingRange(ws)));
connection.onDocumentFormatting(checkedRequest('textDocument/formatting', DocumentParamsSchema, onFormatting(ws)));
connection.onDocumentRangeFormatting(checkedRequest('textDocument/rangeFormatting', RangeParamsSchema, onRangeFormatting(ws)));
const lensRequests = lensHandlers(ws);
connection.onCodeLens(checkedRequest('textDocument/codeLens', DocumentParamsSchema, lensRequests.list));
connection.onCodeLensResolve(lensRequests.resolve);
connection.onCodeAction(
  checkedRequest('textDocument/codeAction', CodeActionParamsSchema, (p) =>
    onCodeAction(ws, diagnostics, settings, () => (client.resolveEdits ? 'resolve' : client.applyEdit ? 'command' : 'none'))(p),
  ),
);
connection.onExecuteCommand((p) => onFixAllCommand(ws, settings, (label, edit) => connection.workspace.applyEdit({ label, edit }))(p));
connection.onCodeActionResolve((a) => onCodeActionResolve(ws, settings)(a));
registerCustomRequests(connection, ws);
registerSdfRequests(connection, ws);

ws.documents.listen(checkedSync(connection));
connection.listen();

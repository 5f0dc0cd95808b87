import {
  type Connection,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  MessageType,
  ShowMessageNotification,
  type SymbolInformation,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { loadAccount } from '../engine';
import { toDocumentSymbol, toFoldingRange, toLocation, toSymbolKind } from '../convert';
import { treeOf } from '../ide/analysis';
import { foldingRanges } from '../ide/folding';
import { documentSymbols, fileSymbols, limitSymbols, matchesQuery } from '../ide/symbols';
import type { Settings } from '../settings';
import type { Workspace } from '../workspace';

/**
 * The outline, cut to `nsroles.maxItemsComputed` items; the first time a document's is cut, a
 * message says so and names the setting.
 */
export function onDocumentSymbol(ws: Workspace, settings: Settings, connection: Connection) {
  return async (p: DocumentSymbolParams): Promise<DocumentSymbol[]> => {
    const uri = p.textDocument.uri;
    // The XML outline belongs to the XML extension.
    if (ws.kindOf(uri) !== 'nsroles') return [];
    const max = await settings.maxItems(uri);
    const a = ws.analysis(uri);
    if (!a) return [];
    const lines = ws.lines(a.file);
    const { shown, total } = limitSymbols(documentSymbols(a), max);
    if (total > max && TOLD.get(uri) !== max) {
      if (TOLD.size >= 1000) TOLD.clear();
      TOLD.set(uri, max);
      // A notification, not window/showMessageRequest: nothing to answer, and nothing to wait for.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `The outline of ${path.basename(ws.fileOf(uri)).replace(/^untitled:/, '')} shows its first ${max.toLocaleString('en-US')} items of ${total.toLocaleString('en-US')}. The setting nsroles.maxItemsComputed sets how many.`,
      });
    }
    return shown.map((n) => toDocumentSymbol(lines, n));
  };
}

/** Documents whose outline was said to be cut, with the limit then: said again if it changes or the document is reopened. */
const TOLD = new Map<string, number>();

/** A document closed: its outline's cut is said again when it is next opened. */
export function forgetOutline(uri: string): void {
  TOLD.delete(uri);
}

const MAX_WORKSPACE_SYMBOLS = 1000;

/** Declarations of every role file in the workspace folders and every open document. */
export function onWorkspaceSymbol(ws: Workspace) {
  return (p: WorkspaceSymbolParams): SymbolInformation[] => {
    const files = new Set([...ws.roleFiles(), ...ws.documents.all().map((d) => ws.fileOf(d.uri))].filter((f) => !ws.isXml(f)));
    const out: { s: SymbolInformation; rank: number }[] = [];
    const query = p.query.toLowerCase();
    for (const file of [...files].sort()) {
      // Each file on its own: a declaration belongs to the file that writes it.
      const text = ws.read(file);
      if (text === undefined) continue;
      const loaded = loadAccount(file, { read: (f) => (f === file ? text : undefined), resolve: ws.host.resolve }, { cache: ws.cache });
      for (const n of fileSymbols(loaded.model, file, text)) {
        if (n.kind === 'include' || n.kind === 'expect' || !matchesQuery(n.name, p.query)) continue;
        const rank = n.name.toLowerCase().includes(query) ? 0 : 1;
        out.push({ s: { name: n.name, kind: toSymbolKind(n.kind), location: toLocation(ws, { file, span: n.selection }), containerName: n.kind }, rank });
        if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
      }
    }
    // Stable: within a rank, files and declarations stay in order.
    return out.sort((a, b) => a.rank - b.rank).map((x) => x.s);
  };
}

export function onFoldingRange(ws: Workspace) {
  return (p: FoldingRangeParams): FoldingRange[] => {
    const a = ws.analysis(p.textDocument.uri);
    const tree = a && treeOf(a);
    return tree ? foldingRanges(tree).map(toFoldingRange) : [];
  };
}

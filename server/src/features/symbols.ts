import type {
  DocumentSymbol,
  DocumentSymbolParams,
  FoldingRange,
  FoldingRangeParams,
  SymbolInformation,
  WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import { loadAccount } from '../engine';
import { toDocumentSymbol, toFoldingRange, toLocation, toSymbolKind } from '../convert';
import { treeOf } from '../ide/analysis';
import { foldingRanges } from '../ide/folding';
import { documentSymbols, fileSymbols, matchesQuery } from '../ide/symbols';
import type { Workspace } from '../workspace';

export function onDocumentSymbol(ws: Workspace) {
  return (p: DocumentSymbolParams): DocumentSymbol[] => {
    // The XML outline belongs to the XML extension.
    if (ws.kindOf(p.textDocument.uri) !== 'nsroles') return [];
    const a = ws.analysis(p.textDocument.uri);
    if (!a) return [];
    const lines = ws.lines(a.file);
    return documentSymbols(a).map((n) => toDocumentSymbol(lines, n));
  };
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

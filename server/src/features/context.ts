import type { Position, TextDocumentIdentifier } from 'vscode-languageserver/node';
import type { LineIndex } from '../engine';
import type { Analysis } from '../ide/analysis';
import type { Workspace } from '../workspace';

/** The document's account and the cursor as an offset; undefined when the document is unknown. */
export interface At {
  a: Analysis;
  offset: number;
  lines: LineIndex;
}

export function at(ws: Workspace, doc: TextDocumentIdentifier, position: Position): At | undefined {
  const a = ws.analysis(doc.uri);
  if (!a) return undefined;
  const lines = ws.lines(a.file);
  return { a, offset: lines.offset(position), lines };
}

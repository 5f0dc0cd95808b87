import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver/node';
import { formatEdits, formatRange } from '../engine';
import { toTextEdits } from '../convert';
import type { Workspace } from '../workspace';

// One canonical layout: the client's tab size and spaces options do not change it.
export function onFormatting(ws: Workspace) {
  return (p: DocumentFormattingParams): TextEdit[] | null => {
    const doc = ws.kindOf(p.textDocument.uri) === 'nsroles' ? ws.documents.get(p.textDocument.uri) : undefined;
    const edits = doc && formatEdits(doc.getText());
    return edits ? toTextEdits(ws.lines(ws.fileOf(doc.uri)), edits) : null;
  };
}

export function onRangeFormatting(ws: Workspace) {
  return (p: DocumentRangeFormattingParams): TextEdit[] | null => {
    const doc = ws.kindOf(p.textDocument.uri) === 'nsroles' ? ws.documents.get(p.textDocument.uri) : undefined;
    if (!doc) return null;
    const edits = formatRange(doc.getText(), doc.offsetAt(p.range.start), doc.offsetAt(p.range.end));
    return edits ? toTextEdits(ws.lines(ws.fileOf(doc.uri)), edits) : null;
  };
}

import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { toCodeLens } from '../convert';
import { lenses } from '../ide/lenses';
import type { Workspace } from '../workspace';

export function onCodeLens(ws: Workspace) {
  return (p: CodeLensParams): CodeLens[] => {
    const a = ws.analysis(p.textDocument.uri);
    if (!a) return [];
    const lines = ws.lines(a.file);
    return lenses(a, p.textDocument.uri).map((l) => toCodeLens(lines, l));
  };
}

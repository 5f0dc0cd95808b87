import { LSPErrorCodes, type PrepareRenameParams, type Range, type RenameParams, ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { FileEdit } from '../engine';
import { toRange, toWorkspaceEdit } from '../convert';
import { targetAt } from '../ide/locate';
import { nameSpan, renameEdits, renameProblem } from '../ide/references';
import type { Workspace } from '../workspace';
import { at } from './context';

export function onPrepareRename(ws: Workspace) {
  return (p: PrepareRenameParams): { range: Range; placeholder: string } | null => {
    // Role objects are renamed in SuiteCloud, not here.
    if (ws.kindOf(p.textDocument.uri) !== 'nsroles') return null;
    const c = at(ws, p.textDocument, p.position);
    const t = c && targetAt(c.a, c.offset);
    if (!c || t?.kind !== 'entity') return null;
    const span = nameSpan(c.a, { file: c.a.file, span: t.span });
    return { range: toRange(c.lines, span), placeholder: t.entity.name };
  };
}

export function onRename(ws: Workspace) {
  return (p: RenameParams): WorkspaceEdit | null => {
    if (ws.kindOf(p.textDocument.uri) !== 'nsroles') return null;
    const c = at(ws, p.textDocument, p.position);
    if (!c || targetAt(c.a, c.offset)?.kind !== 'entity') return null;
    const edits: FileEdit[] = [];
    const seen = new Set<string>();
    for (const a of ws.analyses(p.textDocument.uri)) {
      const t = targetAt(a, c.offset);
      if (t?.kind !== 'entity') continue;
      const problem = renameProblem(a, t.entity, p.newName);
      if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
      for (const e of renameEdits(a, t.entity, p.newName)) {
        const k = `${e.file}\n${e.span.start}`;
        if (!seen.has(k)) (seen.add(k), edits.push(e));
      }
    }
    return toWorkspaceEdit(ws, edits);
  };
}

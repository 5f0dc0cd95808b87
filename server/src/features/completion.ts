import * as path from 'path';
import { type CompletionItem, type CompletionList, type CompletionParams, CompletionTriggerKind, MarkupKind } from 'vscode-languageserver/node';
import { toCompletionItem, toRange } from '../convert';
import { complete, permissionProposalDoc, roleProposalDoc } from '../ide/completion';
import { sdfComplete } from '../ide/sdf';
import type { Workspace } from '../workspace';
import { at } from './context';

/**
 * `editRangeDefault`: the client takes a list-wide edit range (LSP 3.17 itemDefaults, as VS Code
 * does), so a list of 1,667 roles does not repeat the same range 1,667 times.
 */
export function onCompletion(ws: Workspace, snippets: () => boolean, editRangeDefault: () => boolean = () => false) {
  return (p: CompletionParams): CompletionItem[] | CompletionList => {
    const kind = ws.kindOf(p.textDocument.uri);
    const trigger = p.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? p.context.triggerCharacter : undefined;
    if (kind === 'sdf') return sdfCompletion(ws, p);
    // '>' only opens an XML element.
    if (kind !== 'nsroles' || trigger === '>') return [];
    const c = at(ws, p.textDocument, p.position);
    if (!c) return [];
    // A space typed as indentation is not a request for keywords.
    if (trigger === ' ' && c.a.loaded.trees.get(c.a.file)!.text.slice(c.lines.lineStart(p.position.line), c.offset).trim() === '') return [];
    const includePaths = path.isAbsolute(c.a.file)
      ? ws
          .roleFiles()
          .filter((f) => f !== c.a.file)
          .map((f) => path.relative(path.dirname(c.a.file), f).split(path.sep).join('/'))
      : [];
    const entries = complete(c.a, c.offset, { snippets: snippets(), includePaths });
    const first = entries[0]?.replace;
    const inListRange = entries.length > 1 && editRangeDefault() && entries.every((e) => e.replace.start === first.start && e.replace.end === first.end);
    const items = entries.map((e) => toCompletionItem(c.lines, e, inListRange));
    // A role's documentation is resolved in the account of the document it was proposed in.
    for (const item of items) if (item.data && 'role' in item.data) item.data.uri = p.textDocument.uri;
    return inListRange ? { isIncomplete: false, itemDefaults: { editRange: toRange(c.lines, first) }, items } : items;
  };
}

/** Permkeys and levels in a role object; works on the text, so also while the XML is half typed. */
function sdfCompletion(ws: Workspace, p: CompletionParams): CompletionItem[] {
  const file = ws.fileOf(p.textDocument.uri);
  const f = ws.sdfFile(file);
  if (!f) return [];
  const lines = ws.lines(file);
  return sdfComplete(f, lines.offset(p.position)).map((e) => toCompletionItem(lines, e));
}

/**
 * Adds a permission's or a role's documentation to the proposal the user is looking at; other
 * items, and any whose data this server did not write, come back as they are.
 */
export function onCompletionResolve(ws: Workspace) {
  return (item: CompletionItem): CompletionItem => {
    const d = item.data as { permission?: unknown; sdf?: unknown; role?: unknown; uri?: unknown } | null | undefined;
    if (!d || typeof d !== 'object') return item;
    let doc: string | undefined;
    if (typeof d.permission === 'string') doc = permissionProposalDoc(d.permission, d.sdf === true);
    // Only for a document open in the editor, as completion was: data names no file to read.
    else if (typeof d.role === 'string' && typeof d.uri === 'string' && ws.documents.get(d.uri)) {
      const a = ws.analysis(d.uri);
      doc = a && roleProposalDoc(a, d.role);
    }
    return doc ? { ...item, documentation: { kind: MarkupKind.Markdown, value: doc } } : item;
  };
}

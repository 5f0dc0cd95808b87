import * as path from 'path';
import { type CompletionItem, type CompletionList, type CompletionParams, CompletionTriggerKind, MarkupKind } from 'vscode-languageserver/node';
import { COMPLETION_KIND, toCompletionItem, toRange } from '../convert';
import { complete, permissionProposalDoc, roleProposalDoc } from '../ide/completion';
import { narrow } from '../ide/narrow';
import { sdfComplete } from '../ide/sdf';
import type { Workspace } from '../workspace';
import { at } from './context';

/**
 * The document of the last completion list and whether it proposed roles, so that a role
 * proposal needs no data for completionItem/resolve (its label names the role): the URI and the
 * role in each item made a list of 1,667 roles half as large again. The editor resolves items of
 * the list it shows, the last one asked for.
 */
export class LastCompletion {
  uri = '';
  roles = false;
}

/**
 * `editRangeDefault`: the client takes a list-wide edit range (LSP 3.17 itemDefaults, as VS Code
 * does), so a list of 1,667 roles does not repeat the same range 1,667 times.
 */
export function onCompletion(
  ws: Workspace,
  snippets: () => boolean,
  editRangeDefault: () => boolean = () => false,
  last: LastCompletion = new LastCompletion(),
) {
  return (p: CompletionParams): CompletionItem[] | CompletionList => {
    last.roles = false;
    const kind = ws.kindOf(p.textDocument.uri);
    const trigger = p.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? p.context.triggerCharacter : undefined;
    if (kind === 'sdf') return sdfCompletion(ws, p);
    // '>' only opens an XML element.
    if (kind !== 'nsroles' || trigger === '>') return [];
    const c = at(ws, p.textDocument, p.position);
    if (!c) return [];
    // A space typed as indentation is not a request for keywords.
    const text = c.a.loaded.trees.get(c.a.file)!.text;
    if (trigger === ' ' && text.slice(c.lines.lineStart(p.position.line), c.offset).trim() === '') return [];
    const includePaths = path.isAbsolute(c.a.file)
      ? ws
          .roleFiles()
          .filter((f) => f !== c.a.file)
          .map((f) => path.relative(path.dirname(c.a.file), f).split(path.sep).join('/'))
      : [];
    const { entries, incomplete } = complete(c.a, c.offset, { snippets: snippets(), includePaths });
    const first = entries[0]?.replace;
    const inListRange = entries.length > 1 && editRangeDefault() && entries.every((e) => e.replace.start === first.start && e.replace.end === first.end);
    const items = entries.map((e) => toCompletionItem(c.lines, e, inListRange));
    last.uri = p.textDocument.uri;
    last.roles = entries.some((e) => e.kind === 'role');
    if (inListRange) return { isIncomplete: incomplete, itemDefaults: { editRange: toRange(c.lines, first) }, items };
    return incomplete ? { isIncomplete: true, items } : items;
  };
}

/** Permkeys and levels in a role object; works on the text, so also while the XML is half typed. */
function sdfCompletion(ws: Workspace, p: CompletionParams): CompletionItem[] | CompletionList {
  const file = ws.fileOf(p.textDocument.uri);
  const f = ws.sdfFile(file);
  if (!f) return [];
  const lines = ws.lines(file);
  const offset = lines.offset(p.position);
  const { entries, incomplete } = narrow(sdfComplete(f, offset), f.text, offset);
  const items = entries.map((e) => toCompletionItem(lines, e));
  return incomplete ? { isIncomplete: true, items } : items;
}

/**
 * Adds a permission's or a role's documentation to the proposal the user is looking at; other
 * items, and any whose data this server did not write, come back as they are.
 */
export function onCompletionResolve(ws: Workspace, last: LastCompletion) {
  return (item: CompletionItem): CompletionItem => {
    const d = item.data as { permission?: unknown; sdf?: unknown } | null | undefined;
    let doc: string | undefined;
    if (d && typeof d === 'object' && typeof d.permission === 'string') doc = permissionProposalDoc(d.permission, d.sdf === true);
    else if (item.kind === COMPLETION_KIND.role && typeof item.label === 'string' && last.roles) {
      // A role, by the name or id it proposed, in the account of the document as it is now.
      const a = ws.documents.get(last.uri) && ws.analysis(last.uri);
      doc = a ? roleProposalDoc(a, item.label) : undefined;
    }
    return doc ? { ...item, documentation: { kind: MarkupKind.Markdown, value: doc } } : item;
  };
}

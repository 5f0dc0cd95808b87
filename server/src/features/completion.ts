import * as path from 'path';
import { CompletionItem, CompletionParams, CompletionTriggerKind } from 'vscode-languageserver/node';
import { toCompletionItem } from '../convert';
import { complete } from '../ide/completion';
import { Workspace } from '../workspace';
import { at } from './context';

export function onCompletion(ws: Workspace, snippets: () => boolean) {
  return (p: CompletionParams): CompletionItem[] => {
    const c = at(ws, p.textDocument, p.position);
    if (!c) return [];
    // A space typed as indentation is not a request for keywords.
    const trigger = p.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? p.context.triggerCharacter : undefined;
    if (trigger === ' ' && c.a.loaded.trees.get(c.a.file)!.text.slice(c.lines.lineStart(p.position.line), c.offset).trim() === '') return [];
    const includePaths = path.isAbsolute(c.a.file)
      ? ws
          .roleFiles()
          .filter((f) => f !== c.a.file)
          .map((f) => path.relative(path.dirname(c.a.file), f).split(path.sep).join('/'))
      : [];
    return complete(c.a, c.offset, { snippets: snippets(), includePaths }).map((e) => toCompletionItem(c.lines, e));
  };
}

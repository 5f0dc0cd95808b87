import { DefinitionParams, DocumentHighlight, DocumentHighlightKind, DocumentHighlightParams, Location, ReferenceParams } from 'vscode-languageserver/node';
import { toLocation, toRange } from '../convert';
import { targetAt } from '../ide/locate';
import { Occurrence, occurrences } from '../ide/references';
import { Workspace } from '../workspace';
import { at } from './context';

/** Occurrences of the entity under the cursor, across every account the document is in. */
function occurrencesAt(ws: Workspace, p: DefinitionParams, sameForm = false): Occurrence[] | undefined {
  const c = at(ws, p.textDocument, p.position);
  const t = c && targetAt(c.a, c.offset);
  if (!c || t?.kind !== 'entity') return undefined;
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const a of ws.analyses(p.textDocument.uri)) {
    const t2 = targetAt(a, c.offset);
    if (t2?.kind !== 'entity') continue;
    for (const o of occurrences(a, t2.entity, sameForm)) {
      const k = `${o.loc.file}\n${o.loc.span.start}`;
      if (!seen.has(k)) (seen.add(k), out.push(o));
    }
  }
  return out;
}

export function onDefinition(ws: Workspace) {
  return (p: DefinitionParams): Location[] | null => {
    const c = at(ws, p.textDocument, p.position);
    const t = c && targetAt(c.a, c.offset);
    if (t?.kind === 'include') {
      return ws.read(t.include.target) === undefined
        ? null
        : [{ uri: ws.uriOf(t.include.target), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    }
    // A bare id leads to the id line, a name to the name.
    const decls = occurrencesAt(ws, p, true)?.filter((o) => o.decl);
    return decls?.length ? decls.map((o) => toLocation(ws, o.loc)) : null;
  };
}

export function onReferences(ws: Workspace) {
  return (p: ReferenceParams): Location[] | null => {
    const list = occurrencesAt(ws, p);
    if (!list) return null;
    return list.filter((o) => p.context.includeDeclaration || !o.decl).map((o) => toLocation(ws, o.loc));
  };
}

export function onDocumentHighlight(ws: Workspace) {
  return (p: DocumentHighlightParams): DocumentHighlight[] | null => {
    // XML editors highlight tags themselves.
    if (ws.kindOf(p.textDocument.uri) !== 'nsroles') return null;
    const c = at(ws, p.textDocument, p.position);
    const list = c && occurrencesAt(ws, p);
    if (!c || !list) return null;
    return list
      .filter((o) => o.loc.file === c.a.file)
      .map((o) => ({ range: toRange(c.lines, o.loc.span), kind: o.decl ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
  };
}

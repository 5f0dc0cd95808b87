import {
  type DefinitionParams,
  type DocumentHighlight,
  DocumentHighlightKind,
  type DocumentHighlightParams,
  type Location,
  type ReferenceParams,
} from 'vscode-languageserver/node';
import { toLocation, toRange } from '../convert';
import { objectReference, sdfContextAt } from '../engine';
import { targetAt } from '../ide/locate';
import { type Occurrence, occurrences } from '../ide/references';
import type { Workspace } from '../workspace';
import { at } from './context';

/** Occurrences of the entity under the cursor, across every account the document is in. */
function occurrencesAt(ws: Workspace, p: DefinitionParams, sameForm = false, declarationsOnly = false): Occurrence[] | undefined {
  const c = at(ws, p.textDocument, p.position);
  const t = c && targetAt(c.a, c.offset);
  if (!c || t?.kind !== 'entity') return undefined;
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const a of ws.analyses(p.textDocument.uri)) {
    const t2 = targetAt(a, c.offset);
    if (t2?.kind !== 'entity') continue;
    for (const o of occurrences(a, t2.entity, sameForm, declarationsOnly)) {
      const k = `${o.loc.file}\n${o.loc.span.start}`;
      if (!seen.has(k)) (seen.add(k), out.push(o));
    }
  }
  return out;
}

/**
 * A permission that names a custom object (`customrecord_x`, `[appid=…, scriptid=…]`) leads to
 * that object's file in the project, at its scriptid, when the project holds it.
 */
function objectDefinition(ws: Workspace, p: DefinitionParams): Location[] | null | undefined {
  const file = ws.fileOf(p.textDocument.uri);
  let ref: string | undefined;
  if (ws.kindOf(p.textDocument.uri) === 'sdf') {
    const f = ws.sdfFile(file);
    const c = f && sdfContextAt(f, ws.lines(file).offset(p.position));
    if (c?.kind === 'permkey') ref = c.permission.permkey?.value;
  } else {
    const c = at(ws, p.textDocument, p.position);
    const t = c && targetAt(c.a, c.offset);
    if (t?.kind === 'permission' && !t.grant.info) ref = t.grant.ref;
  }
  if (ref === undefined) return undefined;
  const obj = objectReference(ref);
  if (!obj || 'problem' in obj) return undefined;
  const target = ws.sdf.objectFile(file, obj.scriptid);
  const text = target && ws.read(target);
  if (!target || text === undefined) return null;
  const lines = ws.lines(target);
  const m = new RegExp(`\\bscriptid\\s*=\\s*["']${obj.scriptid.replace(/[.]/g, '\\.')}["']`, 'i').exec(text);
  const start = m ? m.index + m[0].length - obj.scriptid.length - 1 : 0;
  const span = { start, end: m ? start + obj.scriptid.length : 0 };
  return [{ uri: ws.uriOf(target), range: toRange(lines, span) }];
}

export function onDefinition(ws: Workspace) {
  return (p: DefinitionParams): Location[] | null => {
    const object = objectDefinition(ws, p);
    if (object !== undefined) return object;
    const c = at(ws, p.textDocument, p.position);
    const t = c && targetAt(c.a, c.offset);
    if (t?.kind === 'include') {
      return ws.read(t.include.target) === undefined
        ? null
        : [{ uri: ws.uriOf(t.include.target), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    }
    // A bare id leads to the id line, a name to the name.
    const decls = occurrencesAt(ws, p, true, true);
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

import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { toCodeLens, toRange } from '../convert';
import { RESOLVE_DECISIONS } from '../ide/capabilities';
import { type LensKind, lensOf, lenses, lensSites } from '../ide/lenses';
import type { Workspace } from '../workspace';

/**
 * Up to this many lenses, each is worked out with the list. Past it (a 10,000-line account has
 * ~2,400), the list holds only where they go, and codeLens/resolve works out the ones the editor
 * shows: at 100,000 lines the whole list took ~230 ms of the server and 7 MB, on every edit.
 */
export const EAGER_LENSES = 500;

/**
 * What a lens sent without its command carries: [document, version, kind, start offset]. The
 * document is a number, the same for every lens of a document: a URI in each of 24,000 lenses
 * was half the list's bytes. A lens of another version is not resolved: in the new text another
 * declaration may start at its offset.
 */
type LensData = [number, number, LensKind, number];

const KINDS: ReadonlySet<string> = new Set<LensKind>(['expect', 'users', 'token', 'integration', 'role']);

/**
 * The documents lenses were sent for, by number. A number is never given twice, so a lens whose
 * document was dropped (past 1,000, the oldest goes) stays unresolved rather than taking
 * another document's.
 */
export class LensDocuments {
  private readonly ids = new Map<string, number>();
  private readonly uris = new Map<number, string>();
  private next = 0;

  id(uri: string): number {
    let id = this.ids.get(uri);
    if (id === undefined) {
      if (this.uris.size >= 1000) {
        const [oldest, old] = this.uris.entries().next().value as [number, string];
        this.uris.delete(oldest);
        this.ids.delete(old);
      }
      id = this.next++;
      this.ids.set(uri, id);
      this.uris.set(id, uri);
    }
    return id;
  }

  uri(id: unknown): string | undefined {
    return typeof id === 'number' ? this.uris.get(id) : undefined;
  }
}

export function lensHandlers(ws: Workspace) {
  const docs = new LensDocuments();
  const list = (p: CodeLensParams): CodeLens[] => {
    const uri = p.textDocument.uri;
    const a = ws.analysis(uri);
    if (!a) return [];
    const lines = ws.lines(a.file);
    const sites = lensSites(a);
    if (sites.length <= EAGER_LENSES) return lenses(a, uri).map((l) => toCodeLens(lines, l));
    const id = docs.id(uri);
    const version = ws.documents.get(uri)?.version ?? -1;
    return sites.map((s) => {
      const data: LensData = [id, version, s.kind, s.span.start];
      return { range: toRange(lines, { start: s.span.start, end: s.span.start }), data };
    });
  };
  /** codeLens/resolve: the command of one lens sent without it. Its data is checked, not trusted. */
  const resolve = (lens: CodeLens): CodeLens => {
    const d: unknown = lens.data;
    if (lens.command || !Array.isArray(d) || d.length !== 4) return lens;
    const [id, version, kind, at] = d as unknown[];
    const uri = docs.uri(id);
    if (!uri || typeof kind !== 'string' || !KINDS.has(kind) || !Number.isSafeInteger(at)) return lens;
    // A lens of another version: the editor asks for the new version's lenses.
    if (version !== (ws.documents.get(uri)?.version ?? -1)) return lens;
    const a = ws.analysis(uri);
    const l = a && lensOf(a, uri, { kind: kind as LensKind, span: { start: at as number } }, { decisions: RESOLVE_DECISIONS });
    return l ? toCodeLens(ws.lines(a.file), l) : lens;
  };
  return { list, resolve };
}

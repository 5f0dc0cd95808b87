import type { Connection, Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver/node';
import { type Finding, type LoadedAccount, lintAccount, type SeveritySetting } from '../engine';
import { toDiagnostic, withCachedLines } from '../convert';
import type { Analysis } from '../ide/analysis';
import type { Settings } from '../settings';
import type { Workspace } from '../workspace';
import { largeText, tuneHeapGrowth } from '../heap';

type Severities = Record<string, SeveritySetting>;

// A client that never stops sending changes still gets diagnostics now and then.
const MAX_WAIT_TURNS = 200;

/**
 * Publishes diagnostics for changed documents and every open document of the same account.
 * A burst of changes is coalesced to the newest text: a run starts once a turn of the event
 * loop passes without a new change, so there is no fixed delay and no queue of stale runs.
 */
export class Diagnostics {
  private readonly dirty = new Set<string>();
  /** The account files each open document was last linted with, by URI. */
  private readonly accountFiles = new Map<string, Set<string>>();
  /** Per account read (a new one each generation), per severities and open files: the findings. */
  private readonly lintCache = new WeakMap<LoadedAccount, Map<string, Finding[]>>();
  /** Documents that have diagnostics from this server, so an XML file that stops being a role object is cleared once. */
  private readonly published = new Set<string>();
  /**
   * The diagnostic last published for each finding. Lint keeps findings that did not change, and
   * while one converts to the same diagnostic, the same object is published again: the stdio
   * encoder keeps each object's JSON (`JsonEncoder`), so an edit encodes only what it changed.
   */
  private readonly shown = new WeakMap<Finding, Diagnostic>();
  private changes = 0;
  private scheduled = false;
  private running = false;

  constructor(
    private readonly connection: Connection,
    private readonly ws: Workspace,
    private readonly settings: Settings,
  ) {}

  /** A document (or a file on disk) changed. */
  changed(uri: string): void {
    this.dirty.add(uri);
    this.changes++;
    this.schedule();
  }

  /** Settings changed: every open document again. */
  all(): void {
    for (const d of this.ws.documents.all()) this.dirty.add(d.uri);
    this.changes++;
    this.schedule();
  }

  closed(uri: string): void {
    this.accountFiles.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Findings located in the document, from each account it belongs to, each once. */
  findings(uri: string, severities: Severities): { f: Finding; a: Analysis }[] {
    const file = this.ws.fileOf(uri);
    // By start offset, then the same rule, end and message: no key string built per finding.
    const seen = new Map<number, Finding[]>();
    const out: { f: Finding; a: Analysis }[] = [];
    for (const a of this.ws.analyses(uri)) {
      for (const f of this.lint(a.loaded, severities)) {
        if (f.loc.file !== file) continue;
        const { start, end } = f.loc.span;
        const at = seen.get(start);
        if (at?.some((g) => g.rule === f.rule && g.loc.span.end === end && g.message === f.message)) continue;
        if (at) at.push(f);
        else seen.set(start, [f]);
        out.push({ f, a });
      }
    }
    return out;
  }

  private lint(loaded: LoadedAccount, severities: Severities): Finding[] {
    // Only what open documents show: an included file's own entries are checked once it is opened.
    const files = new Set(this.ws.documents.all().map((d) => this.ws.fileOf(d.uri)));
    const key = `${JSON.stringify(severities)}\n${[...files].sort().join('\n')}`;
    let byKey = this.lintCache.get(loaded);
    if (!byKey) this.lintCache.set(loaded, (byKey = new Map()));
    let findings = byKey.get(key);
    if (!findings) byKey.set(key, (findings = lintAccount(loaded, { severities, cache: this.ws.lintCache, files })));
    return findings;
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    const seen = this.changes;
    setImmediate(() => this.tick(seen));
  }

  private tick(seen: number, waited = 0): void {
    if (seen !== this.changes && waited < MAX_WAIT_TURNS) {
      // More changes arrived during this turn: wait for the burst to end.
      const now = this.changes;
      setImmediate(() => this.tick(now, waited + 1));
      return;
    }
    this.scheduled = false;
    this.running = true;
    if (this.readsLarge()) tuneHeapGrowth(true);
    this.run()
      .catch((e) => this.connection.console.error(`Diagnostics failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`))
      .finally(() => {
        tuneHeapGrowth();
        this.running = false;
        if (this.dirty.size) this.schedule();
      });
  }

  /** Whether a document about to be linted is large (its whole account is read with it). */
  private readsLarge(): boolean {
    for (const uri of this.dirty) if (largeText(this.ws.documents.get(uri)?.getText().length ?? 0)) return true;
    return false;
  }

  private async run(): Promise<void> {
    const targets = this.affected();
    this.dirty.clear();
    for (const uri of targets) {
      // Other XML gets nothing from this server, not even an empty list.
      if (!this.ws.documents.get(uri) || (!this.ws.kindOf(uri) && !this.published.has(uri))) continue;
      const severities = await this.settings.severities(uri);
      const doc = this.ws.documents.get(uri);
      if (!doc) continue;
      const findings = this.findings(uri, severities);
      this.accountFiles.set(uri, this.filesOf(uri));
      // One line index per file for the whole list (an included file's costs a stat per lookup).
      const files = withCachedLines(this.ws);
      const diagnostics = findings.map(({ f }) =>
        this.stable(
          f,
          toDiagnostic(files, f, (r) => this.settings.ruleHref(r)),
        ),
      );
      if (this.ws.kindOf(uri)) this.published.add(uri);
      else this.published.delete(uri);
      await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    }
  }

  private stable(f: Finding, d: Diagnostic): Diagnostic {
    const last = this.shown.get(f);
    if (last && sameDiagnostic(last, d)) return last;
    this.shown.set(f, d);
    return d;
  }

  /** The open documents a run must lint: the changed ones and those sharing an account with them. */
  private affected(): string[] {
    const open = this.ws.documents.all().map((d) => d.uri);
    const out = new Set<string>();
    for (const uri of this.dirty) {
      const file = this.ws.fileOf(uri);
      if (this.ws.documents.get(uri)) out.add(uri);
      const now = this.filesOf(uri);
      for (const o of open) {
        if (out.has(o)) continue;
        if (this.accountFiles.get(o)?.has(file) || now.has(this.ws.fileOf(o))) out.add(o);
      }
    }
    // The document that changed first answers first.
    return [...out];
  }

  /** The files of every account the document is in: role files and the role objects they see. */
  private filesOf(uri: string): Set<string> {
    return new Set(this.ws.analyses(uri).flatMap((a) => [...a.loaded.model.files, ...(a.loaded.sdf?.keys() ?? [])]));
  }
}

/** Equal in every field `toDiagnostic` writes. */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.codeDescription?.href === b.codeDescription?.href &&
    sameList(a.tags, b.tags, (x, y) => x === y) &&
    sameList(a.relatedInformation, b.relatedInformation, sameRelated) &&
    a.data === b.data
  );
}

function sameRelated(a: DiagnosticRelatedInformation, b: DiagnosticRelatedInformation): boolean {
  return a.message === b.message && a.location.uri === b.location.uri && sameRange(a.location.range, b.location.range);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => same(x, b[i]));
}

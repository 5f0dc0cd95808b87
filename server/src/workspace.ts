import * as path from 'path';
import { type FileHost, LineIndex, LintCache, type LoadedAccount, loadAccount, loadAccountFiles, ParseCache, type SdfRoleFile } from './engine';
import { type DocumentKind, FileStore } from './files';
import { type Analysis, analysisOf } from './ide/analysis';
import { IncludeGraph } from './includeGraph';
import { SdfFiles } from './sdfFiles';

export type { DocumentKind } from './files';

/**
 * The accounts the workspace's files form, as the language features ask for them: a thin
 * facade over the file store (what text each file has), the include graph (which files make one
 * account) and the SuiteCloud role objects. Everything computed is cached per `generation`,
 * bumped on any change.
 */
export class Workspace {
  readonly cache = new ParseCache();
  /** What lint keeps from one lint of an account to the next (diagnostics lint on every change). */
  readonly lintCache = new LintCache();
  /** SuiteCloud role objects join the accounts, so `role customrole_x` resolves as in the CLI. */
  readonly sdf = new SdfFiles();
  readonly files = new FileStore(() => this.changed());
  generation = 0;
  /** Accounts read in this generation; an earlier generation's are never used again. */
  private readonly loads = new Map<string, LoadedAccount>();
  private loadsGeneration = 0;

  readonly host: FileHost = {
    read: (file) => this.files.read(file),
    resolve: (from, p) => (path.isAbsolute(from) ? path.resolve(path.dirname(from), p) : `${from}#${p}`),
  };

  private readonly graph = new IncludeGraph(this.files, this.cache, this.host, () => this.generation);

  /** The text of a file open in the editor: SuiteCloud role objects read it before the disk. */
  private readonly openText = (file: string): string | undefined => this.files.document(file)?.getText();

  get documents() {
    return this.files.documents;
  }

  /** Something changed: a document, a file on disk, the folders. */
  changed(): void {
    this.generation++;
  }

  setFolders(uris: string[]): void {
    this.files.setFolders(uris);
    this.cache.dropReadAhead();
    this.changed();
  }

  changeFolders(added: string[], removed: string[]): void {
    this.files.changeFolders(added, removed);
    // A file read part-way in a folder removed would never be asked for.
    this.cache.dropReadAhead();
    this.changed();
  }

  /** A file changed on disk (watched-file event, or a document was closed). */
  diskChanged(file: string, createdOrDeleted = false): void {
    this.files.diskChanged(file, createdOrDeleted);
    this.cache.dropReadAhead(file);
    if (/\.xml$/i.test(file)) this.sdf.forget();
    this.changed();
  }

  documentOpened(uri: string): void {
    this.files.documentOpened(uri);
    this.changed();
  }

  documentClosed(uri: string): void {
    const file = this.files.fileOf(uri);
    this.files.documentClosed(uri);
    this.sdf.closed(file);
    this.diskChanged(file);
    // A document with no file behind it (new, or deleted on disk) is gone: so is its tree. Kept,
    // each closed document's tree stayed for the life of the server.
    if (this.files.read(file) === undefined) this.cache.delete(file);
  }

  folderPaths = (): string[] => this.files.folderPaths();
  kindOf = (uri: string): DocumentKind | undefined => this.files.kindOf(uri);
  isXml = (file: string): boolean => this.files.isXml(file);
  fileOf = (uri: string): string => this.files.fileOf(uri);
  uriOf = (file: string): string => this.files.uriOf(file);
  document = (file: string) => this.files.document(file);
  read = (file: string, verify = true): string | undefined => this.files.read(file, verify);
  roleFiles = (): string[] => this.files.roleFiles();
  entriesFor = (file: string): string[] => this.graph.entriesFor(file);

  /**
   * Parses the workspace's role files ahead of need, a piece at a time, until `stop()`: the first
   * check of any document reads every role file (the include graph), so a server idle before its
   * first document does that reading then. True when every file is read.
   */
  readAhead(stop: () => boolean): boolean {
    try {
      for (const f of this.files.knownRoleFiles()) {
        if (this.readAheadDone.has(f)) continue;
        if (stop()) return false;
        const text = this.files.readAhead(f);
        if (text !== undefined && !this.cache.readAhead(f, text, stop)) return false;
        this.readAheadDone.add(f);
      }
      return true;
    } catch (e) {
      // Nothing half read is kept.
      this.cache.dropReadAhead();
      throw e;
    }
  }

  /** Files read in full by `readAhead`, so each slice goes on from the next. */
  private readonly readAheadDone = new Set<string>();

  /** The role object in a file's current text (open document first), if it is one. */
  sdfFile(file: string): SdfRoleFile | undefined {
    const text = this.files.read(file);
    return text === undefined ? undefined : this.sdf.parseText(file, text);
  }

  /** Line offsets of a file's current text, for converting spans to positions. */
  lines(file: string): LineIndex {
    const text = this.files.read(file) ?? '';
    // SuiteCloud XML files have lines too, but no role-file syntax tree.
    if (!this.files.isXml(file)) return this.cache.get(file, text).lines;
    return this.sdfFile(file)?.doc.lines ?? new LineIndex(text);
  }

  /** The account read from one entry file, cached for this generation. */
  load(entry: string): LoadedAccount {
    const hit = this.currentLoads().get(entry);
    if (hit) return hit;
    const loaded = loadAccount(entry, this.host, { cache: this.cache, sdf: this.roleObjectsFor(entry) });
    this.loads.set(entry, loaded);
    return loaded;
  }

  /** The SuiteCloud role objects an account entered at `entry` sees (open documents' text first). */
  roleObjectsFor(entry: string): SdfRoleFile[] {
    return this.sdf.forEntry(sdfAnchor(entry), this.openText);
  }

  /** The accounts read in this generation: the first read of a new one lets the old ones go. */
  private currentLoads(): Map<string, LoadedAccount> {
    if (this.loadsGeneration !== this.generation) {
      this.loads.clear();
      this.loadsGeneration = this.generation;
    }
    return this.loads;
  }

  /**
   * The accounts that see a role object; when none does, the role object with the others of
   * its SuiteCloud project, as `nsroles check` reads an XML file no account sees.
   */
  private sdfAccounts(file: string): LoadedAccount[] {
    const seen = this.graph
      .accountEntries()
      .filter((e) => this.sdf.sees(sdfAnchor(e), file))
      .map((e) => this.load(e))
      .filter((l) => l.sdf?.has(file));
    if (seen.length) return seen;
    const key = `\0sdf\0${file}`;
    const hit = this.currentLoads().get(key);
    if (hit) return [hit];
    // In the project's order, so the 2FA values fixes copy are the ones `nsroles check` uses.
    const files = this.sdf.forEntry(file, this.openText);
    const own = this.sdfFile(file);
    if (own && !files.some((f) => f.file === file)) files.push(own);
    const loaded = loadAccountFiles([], this.host, { cache: this.cache, sdf: files });
    this.loads.set(key, loaded);
    return [loaded];
  }

  /** Each account the document belongs to, seen from the document (usually exactly one). */
  analyses(uri: string): Analysis[] {
    const file = this.files.fileOf(uri);
    if (this.files.read(file) === undefined) return [];
    const kind = this.files.kindOf(uri);
    if (!kind) return [];
    if (kind === 'sdf') return this.sdfAccounts(file).map((l) => analysisOf(file, l));
    const loaded = this.graph
      .entriesFor(file)
      .map((e) => this.load(e))
      .filter((l) => l.trees.has(file));
    // An includer that cannot be read any more leaves the file on its own.
    return (loaded.length ? loaded : [this.load(file)]).map((l) => analysisOf(file, l));
  }

  analysis(uri: string): Analysis | undefined {
    return this.analyses(uri)[0];
  }
}

/**
 * Where an account's entry file looks for SuiteCloud role objects: its own path, or for an
 * untitled document opened with a proposed path (`untitled:/project/roles.nsroles`, as
 * "Generate .nsroles from SDF roles" opens one) that path, so its roles resolve before it is
 * saved. Any other name sees none.
 */
export function sdfAnchor(entry: string): string {
  const m = /^untitled:(\/[^?#]*)$/.exec(entry);
  if (!m) return entry;
  try {
    // untitled:/c%3A/x on Windows names c:\x.
    const p = decodeURIComponent(m[1]);
    return path.normalize(/^\/[a-zA-Z]:/.test(p) ? p.slice(1) : p);
  } catch {
    return entry;
  }
}

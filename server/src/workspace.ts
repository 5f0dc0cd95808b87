import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments } from 'vscode-languageserver/node';
import { FileHost, isSdfRoleText, LineIndex, LoadedAccount, loadAccount, loadAccountFiles, ParseCache, SdfRoleFile } from './engine';
import { SdfFiles } from './sdfFiles';
import { Analysis, analysisOf } from './ide/analysis';

// Bounds on the workspace scan, so opening a file in a huge folder never stalls the server.
const MAX_SCANNED_FILES = 5000;
const MAX_SCANNED_ENTRIES = 50000;
// Role files are kilobytes: a bigger file on disk (an include of a log or an image) is not read.
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** What the server makes of a document: a role file or a SuiteCloud role object. Other XML is neither. */
export type DocumentKind = 'nsroles' | 'sdf';

/**
 * The documents the client has open, the role files on disk, and the accounts they form.
 * Engine file names are file-system paths (the raw URI for other schemes); open documents
 * win over disk. Everything computed is cached per `generation`, bumped on any change.
 */
export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  readonly cache = new ParseCache();
  /** SuiteCloud role objects join the accounts, so `role customrole_x` resolves as in the CLI. */
  readonly sdf = new SdfFiles();
  generation = 0;
  private folderUris: string[] = [];
  private folders: string[] = [];
  private scanned: string[] | undefined;
  private readonly disk = new Map<string, { mtimeMs: number; size: number; text: string } | null>();
  private readonly uris = new Map<string, string>();
  private includers?: { generation: number; map: Map<string, Set<string>> };
  private entries?: { generation: number; list: string[] };
  private readonly loads = new Map<string, { generation: number; loaded: LoadedAccount }>();

  /** The text of a file open in the editor: SuiteCloud role objects read it before the disk. */
  private readonly openText = (file: string): string | undefined => this.document(file)?.getText();

  readonly host: FileHost = {
    read: (file) => this.read(file),
    resolve: (from, p) => (path.isAbsolute(from) ? path.resolve(path.dirname(from), p) : `${from}#${p}`),
  };

  setFolders(uris: string[]): void {
    this.folderUris = uris;
    this.folders = uris.map((u) => this.fileOf(u)).filter((f) => path.isAbsolute(f));
    this.scanned = undefined;
    this.changed();
  }

  changeFolders(added: string[], removed: string[]): void {
    const gone = new Set(removed);
    this.setFolders([...this.folderUris.filter((u) => !gone.has(u)), ...added]);
  }

  /** The workspace folders that are on disk. */
  folderPaths(): string[] {
    return this.folders;
  }

  /** Something changed: a document, a file on disk, the folders. */
  changed(): void {
    this.generation++;
  }

  /** A file changed on disk (watched-file event, or a document was closed). */
  diskChanged(file: string, createdOrDeleted = false): void {
    this.disk.delete(file);
    if (createdOrDeleted) this.scanned = undefined;
    if (/\.xml$/i.test(file)) this.sdf.forget();
    this.changed();
  }

  documentOpened(uri: string): void {
    const file = this.fileOf(uri);
    this.uris.set(file, uri);
    // The document is read instead while it is open: no second copy of a large file.
    this.disk.delete(file);
    this.changed();
  }

  documentClosed(uri: string): void {
    const file = this.fileOf(uri);
    this.uris.delete(file);
    this.sdf.closed(file);
    this.diskChanged(file);
  }

  /**
   * A role file, a SuiteCloud role object (XML whose root is `<role>`), or undefined for any
   * other XML: the server stays silent on those, leaving them to other extensions.
   */
  kindOf(uri: string): DocumentKind | undefined {
    const file = this.fileOf(uri);
    if (!this.isXml(file)) return 'nsroles';
    const text = this.read(file);
    return text !== undefined && isSdfRoleText(text) ? 'sdf' : undefined;
  }

  /** XML by its name or by the language the client gave the open document. */
  isXml(file: string): boolean {
    return /\.xml$/i.test(file) || this.document(file)?.languageId === 'xml';
  }

  /** The role object in a file's current text (open document first), if it is one. */
  sdfFile(file: string): SdfRoleFile | undefined {
    const text = this.read(file);
    return text === undefined ? undefined : this.sdf.parseText(file, text);
  }

  fileOf(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }

  /** The URI for an engine file name: the client's own for open documents. */
  uriOf(file: string): string {
    return this.uris.get(file) ?? (path.isAbsolute(file) ? pathToFileURL(file).href : file);
  }

  document(file: string): TextDocument | undefined {
    const uri = this.uris.get(file);
    return uri ? this.documents.get(uri) : undefined;
  }

  read(file: string, verify = true): string | undefined {
    const doc = this.document(file);
    if (doc) return doc.getText();
    if (!path.isAbsolute(file)) return undefined;
    const hit = this.disk.get(file);
    if (hit !== undefined && !verify) return hit?.text;
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
      // Devices and FIFOs never end or block: regular files only.
      if (!st.isFile() || st.size > MAX_FILE_BYTES) throw new Error('not a role file');
    } catch {
      this.disk.set(file, null);
      return undefined;
    }
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    try {
      const text = fs.readFileSync(file, 'utf8');
      this.disk.set(file, { mtimeMs: st.mtimeMs, size: st.size, text });
      // Changed on disk before any file event said so: what was computed from the old text is
      // stale (and its trees are about to be moved to the new one), so start a new generation.
      if (hit !== undefined && hit?.text !== text) this.changed();
      return text;
    } catch {
      this.disk.set(file, null);
      return undefined;
    }
  }

  /** Line offsets of a file's current text, for converting spans to positions. */
  lines(file: string): LineIndex {
    const text = this.read(file) ?? '';
    // SuiteCloud XML files have lines too, but no role-file syntax tree.
    if (!this.isXml(file)) return this.cache.get(file, text).lines;
    return this.sdfFile(file)?.doc.lines ?? new LineIndex(text);
  }

  /** Every `.nsroles` file under the workspace folders (cached until files come or go). */
  roleFiles(): string[] {
    if (!this.scanned) {
      const out: string[] = [];
      const budget = { entries: MAX_SCANNED_ENTRIES };
      for (const f of this.folders) scan(f, out, budget);
      this.scanned = out;
    }
    return this.scanned;
  }

  /** Files that form an account with `file`: the files nobody includes that include it, or itself. */
  entriesFor(file: string): string[] {
    const includers = this.includerMap();
    const roots = new Set<string>();
    const seen = new Set<string>([file]);
    const queue = [file];
    while (queue.length) {
      const f = queue.shift()!;
      const by = includers.get(f);
      if (!by?.size) {
        if (f !== file) roots.add(f);
        continue;
      }
      for (const g of by) if (!seen.has(g)) (seen.add(g), queue.push(g));
    }
    return roots.size ? [...roots].sort() : [file];
  }

  /** Role files on disk and open role documents (not XML). */
  private knownRoleFiles(): Set<string> {
    return new Set([...this.roleFiles(), ...[...this.uris.keys()].filter((f) => !this.isXml(f))]);
  }

  private includerMap(): Map<string, Set<string>> {
    if (this.includers?.generation === this.generation) return this.includers.map;
    const map = new Map<string, Set<string>>();
    const known = this.knownRoleFiles();
    const queue = [...known];
    while (queue.length) {
      const f = queue.shift()!;
      const text = this.read(f, false);
      if (text === undefined) continue;
      for (const s of this.cache.get(f, text).statements) {
        const arg = s.keyword === 'include' ? s.args[0] : undefined;
        if (arg?.kind !== 'string') continue;
        const target = this.host.resolve(f, arg.value);
        if (!map.has(target)) map.set(target, new Set());
        map.get(target)!.add(f);
        // Included files outside the folders still belong to the graph.
        if (!known.has(target)) (known.add(target), queue.push(target));
      }
    }
    this.includers = { generation: this.generation, map };
    return map;
  }

  /** The account read from one entry file, cached for this generation. */
  load(entry: string): LoadedAccount {
    const hit = this.loads.get(entry);
    if (hit?.generation === this.generation) return hit.loaded;
    const loaded = loadAccount(entry, this.host, { cache: this.cache, sdf: this.sdf.forEntry(entry, this.openText) });
    this.loads.set(entry, { generation: this.generation, loaded });
    if (this.loads.size > 200) for (const [k, v] of this.loads) if (v.generation !== this.generation) this.loads.delete(k);
    return loaded;
  }

  /** Entry files of every account in the workspace: role files and open documents nobody includes. */
  private accountEntries(): string[] {
    if (this.entries?.generation === this.generation) return this.entries.list;
    const includers = this.includerMap();
    const list = [...this.knownRoleFiles()].filter((f) => !includers.get(f)?.size).sort();
    this.entries = { generation: this.generation, list };
    return list;
  }

  /**
   * The accounts that see a role object; when none does, the role object with the others of
   * its SuiteCloud project, as `nsroles check` reads an XML file no account sees.
   */
  private sdfAccounts(file: string): LoadedAccount[] {
    const seen = this.accountEntries()
      .filter((e) => this.sdf.sees(e, file))
      .map((e) => this.load(e))
      .filter((l) => l.sdf?.has(file));
    if (seen.length) return seen;
    const key = `\0sdf\0${file}`;
    const hit = this.loads.get(key);
    if (hit?.generation === this.generation) return [hit.loaded];
    // In the project's order, so the 2FA values fixes copy are the ones `nsroles check` uses.
    const files = this.sdf.forEntry(file, this.openText);
    const own = this.sdfFile(file);
    if (own && !files.some((f) => f.file === file)) files.push(own);
    const loaded = loadAccountFiles([], this.host, { cache: this.cache, sdf: files });
    this.loads.set(key, { generation: this.generation, loaded });
    return [loaded];
  }

  /** Each account the document belongs to, seen from the document (usually exactly one). */
  analyses(uri: string): Analysis[] {
    const file = this.fileOf(uri);
    if (this.read(file) === undefined) return [];
    const kind = this.kindOf(uri);
    if (!kind) return [];
    if (kind === 'sdf') return this.sdfAccounts(file).map((l) => analysisOf(file, l));
    const loaded = this.entriesFor(file)
      .map((e) => this.load(e))
      .filter((l) => l.trees.has(file));
    // An includer that cannot be read any more leaves the file on its own.
    return (loaded.length ? loaded : [this.load(file)]).map((l) => analysisOf(file, l));
  }

  analysis(uri: string): Analysis | undefined {
    return this.analyses(uri)[0];
  }
}

function scan(dir: string, out: string[], budget: { entries: number }): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_SCANNED_FILES || --budget.entries < 0) return;
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) scan(p, out, budget);
    else if (e.isFile() && e.name.endsWith('.nsroles')) out.push(p);
  }
}

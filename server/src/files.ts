import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocuments } from 'vscode-languageserver/node';
import { isSdfRoleFile } from './engine';
import { hasManifestOnDisk } from './sdfFiles';

// Bounds on the workspace scan, so opening a file in a huge folder never stalls the server.
const MAX_SCANNED_FILES = 5000;
const MAX_SCANNED_ENTRIES = 50000;
// Role files are kilobytes: a bigger file on disk (an include of a log or an image) is not read.
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** What the server makes of a document: a role file or a SuiteCloud role object. Other XML is neither. */
export type DocumentKind = 'nsroles' | 'sdf';

/**
 * The text of every file the server may read: open documents first, then the disk (regular
 * files only, bounded, re-read when their size or time changes), and the role files under the
 * workspace folders. Engine file names are file-system paths (the raw URI for other schemes).
 */
export class FileStore {
  readonly documents = new TextDocuments(TextDocument);
  private folderUris: string[] = [];
  private folders: string[] = [];
  private scanned: string[] | undefined;
  private readonly disk = new Map<string, { mtimeMs: number; size: number; text: string } | null>();
  /** Files read ahead (`readAhead`): their next read checks the disk again, even one asked not to. */
  private readonly recheck = new Set<string>();
  private readonly uris = new Map<string, string>();

  /** `stale` is called when a read finds a file changed on disk before any event said so. */
  constructor(private readonly stale: () => void) {}

  setFolders(uris: string[]): void {
    this.folderUris = uris;
    this.folders = uris.map((u) => this.fileOf(u)).filter((f) => path.isAbsolute(f));
    this.scanned = undefined;
  }

  changeFolders(added: string[], removed: string[]): void {
    const gone = new Set(removed);
    this.setFolders([...this.folderUris.filter((u) => !gone.has(u)), ...added]);
  }

  /** The workspace folders that are on disk. */
  folderPaths(): string[] {
    return this.folders;
  }

  /** A file changed on disk: read it again; a file that came or went means scanning again. */
  diskChanged(file: string, createdOrDeleted = false): void {
    this.disk.delete(file);
    this.recheck.delete(file);
    if (createdOrDeleted) this.scanned = undefined;
  }

  documentOpened(uri: string): void {
    const file = this.fileOf(uri);
    this.uris.set(file, uri);
    // The document is read instead while it is open: no second copy of a large file.
    this.disk.delete(file);
    this.recheck.delete(file);
  }

  documentClosed(uri: string): void {
    const file = this.fileOf(uri);
    this.uris.delete(file);
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
    return text !== undefined && isSdfRoleFile(file, text, hasManifestOnDisk) ? 'sdf' : undefined;
  }

  /** XML by its name or by the language the client gave the open document. */
  isXml(file: string): boolean {
    return /\.xml$/i.test(file) || this.document(file)?.languageId === 'xml';
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

  /** Engine file names of the open documents. */
  openFiles(): string[] {
    return [...this.uris.keys()];
  }

  read(file: string, verify = true): string | undefined {
    const doc = this.document(file);
    if (doc) return doc.getText();
    if (!path.isAbsolute(file)) return undefined;
    const hit = this.disk.get(file);
    if (hit !== undefined && !verify && !this.recheck.has(file)) return hit?.text;
    this.recheck.delete(file);
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
      // stale (and its trees are about to be moved to the new one).
      if (hit !== undefined && hit?.text !== text) this.stale();
      return text;
    } catch {
      this.disk.set(file, null);
      return undefined;
    }
  }

  /**
   * Reads a file ahead of need, before any document is open. Its next read checks the disk again,
   * as a first read would: a file that changes before the watcher is set up, or with a client that
   * watches nothing, must not be seen as it was when it was read ahead.
   */
  readAhead(file: string): string | undefined {
    const text = this.read(file);
    if (!this.document(file)) this.recheck.add(file);
    return text;
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

  /** Role files on disk and open role documents (not XML). */
  knownRoleFiles(): Set<string> {
    return new Set([...this.roleFiles(), ...this.openFiles().filter((f) => !this.isXml(f))]);
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

import * as fs from 'fs';
import * as path from 'path';
import { compareNames, inFileCabinet, isSdfRoleFile, parseSdfRole, SdfParseCache, type SdfRoleFile } from './engine';

const MAX_XML_BYTES = 4 * 1024 * 1024;
// A listing of `/` or a home folder (no project, no workspace folder) must not stall the server.
const MAX_WALKED_ENTRIES = 50000;

/**
 * SuiteCloud role objects a role file sees, found as the CLI finds them: every `<role>` XML
 * outside a FileCabinet folder below the SuiteCloud project that contains the file (the nearest folder with manifest.xml
 * or src/Objects, not above a .git folder), else the ones next to the file. Listings are kept
 * until `forget()`; each file is parsed again only when its size or time changes.
 */
export class SdfFiles {
  private readonly listings = new Map<string, string[]>();
  private readonly parsed = new Map<string, { mtimeMs: number; size: number; file: SdfRoleFile | undefined }>();
  private readonly projects = new Map<string, string | undefined>();
  /** Parses of texts given by the caller (open documents, whose text wins over the disk). */
  private readonly texts = new SdfParseCache();

  /**
   * Role objects for the account whose entry file is `entry` (a path; others have none).
   * `openText` gives the text of files open in the editor, so unsaved edits count.
   */
  forEntry(entry: string, openText: (file: string) => string | undefined = () => undefined): SdfRoleFile[] {
    if (!path.isAbsolute(entry)) return [];
    const files = this.filesFor(path.dirname(entry));
    return files.map((f) => this.read(f, openText(f))).filter((f): f is SdfRoleFile => f !== undefined);
  }

  /** Every role object file below a folder (for "Generate .nsroles from SDF roles"). */
  under(dir: string, openText: (file: string) => string | undefined = () => undefined): SdfRoleFile[] {
    return this.list(dir, true)
      .map((f) => this.read(f, openText(f)))
      .filter((f): f is SdfRoleFile => f !== undefined);
  }

  /** Whether an account whose entry is `entry` may see the role object `file` (cheap; no parsing). */
  sees(entry: string, file: string): boolean {
    if (!path.isAbsolute(entry) || !path.isAbsolute(file)) return false;
    const dir = path.dirname(entry);
    const root = this.projectOf(dir);
    if (!root) return path.dirname(file) === dir;
    const rel = path.relative(root, file);
    return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  /** The SuiteCloud project folder that contains `dir`, if any. */
  projectOf(dir: string): string | undefined {
    if (!this.projects.has(dir)) this.projects.set(dir, project(dir));
    return this.projects.get(dir);
  }

  /**
   * The SDF object file whose name is `scriptid` (SDF names each object file after its script
   * ID), in the project of `from`, else beside it; undefined when there is none.
   */
  objectFile(from: string, scriptid: string): string | undefined {
    if (!path.isAbsolute(from) || !/^[\w.-]+$/.test(scriptid)) return undefined;
    const name = `${scriptid.toLowerCase()}.xml`;
    return this.filesFor(path.dirname(from)).find((f) => path.basename(f).toLowerCase() === name);
  }

  /** A role object from the text of an open document (or undefined when it is other XML). */
  parseText(file: string, text: string): SdfRoleFile | undefined {
    return isSdfRoleFile(file, text) ? this.texts.get(file, text) : undefined;
  }

  private filesFor(dir: string): string[] {
    const root = this.projectOf(dir);
    return root ? this.list(root, true) : this.list(dir, false);
  }

  private read(file: string, openText: string | undefined): SdfRoleFile | undefined {
    return openText === undefined ? this.parse(file) : this.parseText(file, openText);
  }

  /** A document was closed: its disk text counts again. */
  closed(file: string): void {
    this.texts.delete(file);
  }

  /** An XML file came, went or changed on disk: list folders again. */
  forget(): void {
    this.listings.clear();
    this.projects.clear();
  }

  private list(dir: string, recursive: boolean): string[] {
    const key = `${recursive ? 'r' : 'f'}${dir}`;
    let out = this.listings.get(key);
    if (!out) {
      out = [];
      walk(dir, recursive, out, { entries: MAX_WALKED_ENTRIES });
      this.listings.set(key, out);
    }
    return out;
  }

  private parse(file: string): SdfRoleFile | undefined {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const hit = this.parsed.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.file;
    let parsed: SdfRoleFile | undefined;
    try {
      const text = st.size <= MAX_XML_BYTES ? fs.readFileSync(file, 'utf8') : '';
      parsed = isSdfRoleFile(file, text, hasManifestOnDisk) ? parseSdfRole(file, text) : undefined;
    } catch {
      parsed = undefined;
    }
    this.parsed.set(file, { mtimeMs: st.mtimeMs, size: st.size, file: parsed });
    return parsed;
  }
}

function walk(dir: string, recursive: boolean, out: string[], budget: { entries: number }): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => compareNames(a.name, b.name))) {
    if (--budget.entries < 0) return;
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory() && recursive) {
      if (!inFileCabinetOnDisk(p)) walk(p, true, out, budget);
    } else if (e.isFile() && /\.xml$/i.test(e.name)) out.push(p);
  }
}

function project(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (exists(path.join(dir, 'manifest.xml')) || isDir(path.join(dir, 'src', 'Objects'))) return dir;
    if (exists(path.join(dir, '.git'))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Whether a file lies in a SuiteCloud project's File Cabinet, with what only the disk can tell:
 * besides `inFileCabinet`'s paths, a `FileCabinet` folder beside a project's manifest.xml (the
 * Java CLI and IDE layout), whatever folders it holds.
 */
export function inFileCabinetOnDisk(file: string): boolean {
  return inFileCabinet(file, hasManifestOnDisk);
}

/** Whether a folder on disk holds a SuiteCloud project's manifest.xml. */
export function hasManifestOnDisk(folder: string): boolean {
  return exists(path.join(folder, 'manifest.xml'));
}

function exists(p: string): boolean {
  return fs.existsSync(p);
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

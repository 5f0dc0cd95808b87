import * as fs from 'fs';
import * as path from 'path';
import { compareNames, type FileHost, isSdfRoleFile } from '../engine';
import { inFileCabinetOnDisk } from '../sdfFiles';

/** Reads role files from disk for the engine. Refuses anything that is not a regular file. */
export const diskHost: FileHost = {
  read(file) {
    try {
      if (!fs.statSync(file).isFile()) return undefined;
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  resolve(from, p) {
    return path.resolve(path.dirname(from), p);
  },
};

/** Called for a folder a walk cannot list or an XML file it cannot open (without, they are passed over). */
export type Unreadable = (file: string, what: 'file' | 'folder', error: unknown) => void;

/** Files below a folder that `accept` takes, in name order, skipping dependency and dot folders and those `skip` names. */
function walkFiles(
  dir: string,
  accept: (file: string, name: string) => boolean,
  recursive: boolean,
  out: string[],
  skip: (dir: string) => boolean = () => false,
  unreadable?: Unreadable,
): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    unreadable?.(dir, 'folder', e);
    return out;
  }
  for (const e of entries.sort((a, b) => compareNames(a.name, b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory() && recursive) {
      if (!skip(p)) walkFiles(p, accept, recursive, out, skip, unreadable);
    } else if (e.isFile() && accept(p, e.name)) out.push(p);
  }
  return out;
}

/** Every `.nsroles` file below a folder, skipping dependency and VCS folders. */
export function findRoleFiles(dir: string, out: string[] = [], unreadable?: Unreadable): string[] {
  return walkFiles(dir, (_p, name) => name.endsWith('.nsroles'), true, out, undefined, unreadable);
}

const MAX_XML_BYTES = 4 * 1024 * 1024;

/** Every SuiteCloud role object below a folder: `*.xml` outside FileCabinet whose first element is `<role …>`. */
export function findSdfRoleFiles(dir: string, out: string[] = [], recursive = true, unreadable?: Unreadable): string[] {
  return walkFiles(dir, (p, name) => /\.xml$/i.test(name) && isRoleObjectFile(p, unreadable), recursive, out, inFileCabinetOnDisk, unreadable);
}

/** True for an `.xml` file outside FileCabinet whose first element is `<role …>`, however broken the rest is. */
export function isRoleObjectFile(file: string, unreadable?: Unreadable): boolean {
  try {
    if (inFileCabinetOnDisk(file) || fs.statSync(file).size > MAX_XML_BYTES) return false;
    return isSdfRoleFile(file, fs.readFileSync(file, 'utf8'));
  } catch (e) {
    unreadable?.(file, 'file', e);
    return false;
  }
}

/**
 * The SuiteCloud project that contains `file`: the nearest folder at or above the file's
 * folder with `manifest.xml` or `src/Objects`. The search stops at a folder with `.git`.
 */
export function suiteCloudProject(file: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'manifest.xml')) || isDir(path.join(dir, 'src', 'Objects'))) return dir;
    if (fs.existsSync(path.join(dir, '.git'))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

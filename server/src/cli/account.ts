import * as fs from 'fs';
import * as path from 'path';
import { AccountIndex, accountEntries, isSdfRoleFile, type LoadedAccount, loadAccount, ParseCache } from '../engine';
import { diskHost, findRoleFiles } from './host';
import { inFileCabinetOnDisk } from '../sdfFiles';
import { UsageError } from './errors';
import { displayPath, readProblem, roleObjectProblem } from './output';
import { SdfFiles } from './sdf';

/** The entry files of the accounts these role files form (see accountEntries). */
export function entryFiles(files: string[]): string[] {
  return accountEntries(files, diskHost);
}

/** What `check` was asked to look at. */
export interface CheckScope {
  /** `.nsroles` files (and any other file given by name). */
  nsroles: string[];
  /** SuiteCloud role objects to report on: those below the folders, and those given by name. */
  sdf: string[];
  /** The folders given. */
  folders: string[];
}

/** Expands the paths given on the command line; missing paths are user errors. */
export function collectFiles(paths: string[], sdf: SdfFiles): CheckScope {
  const scope: CheckScope = { nsroles: [], sdf: [], folders: [] };
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const loop = (e as NodeJS.ErrnoException).code === 'ELOOP';
      throw new UsageError(loop ? `${p}: a loop of symbolic links, no file at its end` : `${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      try {
        fs.accessSync(abs, fs.constants.R_OK | fs.constants.X_OK);
      } catch (e) {
        throw new UsageError(`${p}: cannot read the folder (${readError(e)})`);
      }
      scope.folders.push(abs);
      // Something below it that cannot be read would be passed over: "No findings." and exit 0.
      const unreadable = (f: string, what: 'file' | 'folder', e: unknown) => {
        throw new UsageError(`${displayPath(f)}: cannot read the ${what} (${readError(e)})`);
      };
      findRoleFiles(abs, scope.nsroles, unreadable);
      scope.sdf.push(...sdf.under(abs, unreadable));
    } else if (/\.xml$/i.test(abs)) {
      mustRead(abs, p);
      if (inFileCabinetOnDisk(abs))
        throw new UsageError(`${p}: a File Cabinet file, not a SuiteCloud object (role objects are outside the File Cabinet, normally in src/Objects)`);
      if (!isSdfRoleFile(abs, diskHost.read(abs) ?? '')) throw new UsageError(`${p}: not a SuiteCloud role object (its root element is not <role>)`);
      scope.sdf.push(abs);
    } else scope.nsroles.push(abs);
  }
  const out = { nsroles: [...new Set(scope.nsroles)], sdf: [...new Set(scope.sdf)], folders: scope.folders };
  for (const f of [...out.nsroles, ...out.sdf]) mustRead(f, displayPath(f));
  return out;
}

/** A file that cannot be read would lint as empty: "No findings." and a passing exit code. */
function mustRead(file: string, shown: string): void {
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (e) {
    throw new UsageError(`${shown}: cannot read the file (${readError(e)})`);
  }
}

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : (code ?? String(e));
}

/** Loads the one account FILE describes, with its project's role objects, for simulate/matrix/who-can. */
export function loadForQuery(file: string | undefined): { loaded: LoadedAccount; index: AccountIndex; warnings: string[] } {
  if (!file) throw new UsageError('missing FILE: give the role file to read');
  const abs = path.resolve(file);
  const text = diskHost.read(abs);
  if (text === undefined) throw new UsageError(`${file}: cannot read the file`);
  if (/\.xml$/i.test(abs) && isSdfRoleFile(abs, text)) {
    throw new UsageError(`${file}: this is a SuiteCloud role object; give the .nsroles file with the users (it sees its project's role objects)`);
  }
  const sdf = new SdfFiles();
  const roleObjects = sdf.parseAll(sdf.forFile(abs));
  const loaded = loadAccount(abs, diskHost, { cache: new ParseCache(), sdf: roleObjects });
  const bad = readProblem(loaded, (f) => path.relative(process.cwd(), f) || f);
  if (bad) throw new UsageError(bad);
  // A malformed role object does not stop a simulation, but its role may be incomplete: say so.
  const warnings = roleObjects.flatMap((f) => {
    const p = roleObjectProblem(f, displayPath);
    return p ? [`nsroles: warning: ${p} Its role is read only up to there.\n`] : [];
  });
  return { loaded, index: new AccountIndex(loaded.model), warnings };
}

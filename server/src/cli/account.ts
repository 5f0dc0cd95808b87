import * as fs from 'fs';
import * as path from 'path';
import { AccountIndex, LoadedAccount, loadAccount, ParseCache, parse } from '../engine';
import { diskHost, findRoleFiles } from './host';
import { UsageError } from './errors';

/**
 * Groups role files into accounts: a file that another file includes is part of that
 * file's account, so only files nobody includes are entries.
 */
export function entryFiles(files: string[]): string[] {
  const included = new Set<string>();
  for (const f of files) {
    const text = diskHost.read(f);
    if (text === undefined) continue;
    for (const s of parse(text).statements) {
      const arg = s.keyword === 'include' ? s.args[0] : undefined;
      if (arg?.kind === 'string') included.add(diskHost.resolve(f, arg.value));
    }
  }
  const entries = files.filter((f) => !included.has(f));
  // Files that only include each other in a cycle still need linting once.
  return entries.length ? entries : files.slice(0, 1);
}

/** Expands the paths given on the command line into role files; missing paths are user errors. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (st.isDirectory()) findRoleFiles(abs, out);
    else out.push(abs);
  }
  return [...new Set(out)];
}

/** Loads the one account FILE describes, for simulate/matrix/who-can; syntax errors are user errors. */
export function loadForQuery(file: string | undefined): { loaded: LoadedAccount; index: AccountIndex } {
  if (!file) throw new UsageError('missing FILE: give the role file to read');
  const abs = path.resolve(file);
  if (diskHost.read(abs) === undefined) throw new UsageError(`${file}: cannot read the file`);
  const loaded = loadAccount(abs, diskHost, { cache: new ParseCache() });
  const bad = loaded.model.problems[0];
  if (bad) {
    const tree = loaded.trees.get(bad.loc.file);
    const pos = tree ? tree.lines.position(bad.loc.span.start) : { line: 0, character: 0 };
    throw new UsageError(`${path.relative(process.cwd(), bad.loc.file) || bad.loc.file}:${pos.line + 1}:${pos.character + 1}: ${bad.message}`);
  }
  return { loaded, index: new AccountIndex(loaded.model) };
}

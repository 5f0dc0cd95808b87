import { parse, reparse, StepParse, type SyntaxTree } from './syntax';
import { bindFile } from './bind';
import { BoundEntries } from './bound';
import { type AccountModel, emptyModel, type RoleDefinition } from './model';
import type { SdfRoleFile } from './sdf/role';
import type { LineIndex } from './text';

/**
 * What the engine needs from its host to read an account. The engine does no I/O itself:
 * the CLI reads from disk, the language server from open documents first.
 */
export interface FileHost {
  /** The text of a file, or undefined when it cannot be read. */
  read(file: string): string | undefined;
  /** The file an `include "path"` in `from` names. */
  resolve(from: string, path: string): string;
}

export interface LoadedAccount {
  model: AccountModel;
  /** The syntax tree of every file read, by file name. */
  trees: Map<string, SyntaxTree>;
  /** SuiteCloud role objects whose roles joined the model, by file name; `lintAccount` lints them too. */
  sdf?: Map<string, SdfRoleFile>;
}

/** Line positions for any file of the account, `.nsroles` or SDF XML. */
export function linesOf(loaded: LoadedAccount, file: string): LineIndex | undefined {
  return loaded.trees.get(file)?.lines ?? loaded.sdf?.get(file)?.doc.lines;
}

export interface LoadOptions {
  /** Roles from elsewhere to add to the model. */
  extraRoles?: RoleDefinition[];
  /** SuiteCloud role objects (`parseSdfRole`): their roles join the model and their files are linted with the account. */
  sdf?: SdfRoleFile[];
  /** Reuses trees whose text has not changed. */
  cache?: ParseCache;
}

/**
 * Keeps each file's last tree so unchanged included files are not parsed again, and an
 * edited file is parsed again only where it changed (`reparse`). A file's new tree reuses
 * statements of its previous one and moves them: only the latest tree of a file is valid.
 */
export class ParseCache {
  private readonly entries = new Map<string, { text: string; tree: SyntaxTree }>();
  /** The model entry each statement of these trees bound to, so an edit binds only what it touched. */
  readonly bound = new BoundEntries();

  /** Files read ahead a piece at a time (`readAhead`), in part or in full, until `get` asks for them. */
  private readonly pending = new Map<string, StepParse>();

  get(file: string, text: string): SyntaxTree {
    const ahead = this.pending.get(file);
    if (ahead) {
      this.pending.delete(file);
      if (ahead.text === text) {
        // The caller's string: the one read ahead (from the disk) is not kept as a second copy.
        const tree = ahead.tree(text);
        this.entries.set(file, { text, tree });
        return tree;
      }
    }
    const hit = this.entries.get(file);
    if (hit && hit.text === text) {
      // Keep the caller's string: an equal text that is another string object (a reopened
      // document) would otherwise be compared character by character on every later call.
      hit.text = text;
      return hit.tree;
    }
    const tree = hit ? reparse(hit.tree, text, file) : parse(text, file);
    this.entries.set(file, { text, tree });
    return tree;
  }

  delete(file: string): void {
    this.entries.delete(file);
    this.pending.delete(file);
  }

  /** How much of `file` is read ahead and waiting for `get`, in characters (undefined: none). */
  readAheadOf(file: string): number | undefined {
    return this.pending.get(file)?.read;
  }

  /** Drops what was read ahead, of one file or of all: its text may no longer be the file's. */
  dropReadAhead(file?: string): void {
    if (file === undefined) this.pending.clear();
    else this.pending.delete(file);
  }

  /**
   * Parses `text` of `file` ahead of need, in pieces, until `stop()` says to (asked between
   * top-level statements): what is read is kept, and `get` of the same text goes on from there.
   * True when the file is read in full (or already was).
   */
  readAhead(file: string, text: string, stop: () => boolean): boolean {
    let ahead = this.pending.get(file);
    if (ahead?.text !== text) {
      if (this.entries.get(file)?.text === text) return true;
      this.pending.set(file, (ahead = new StepParse(text, file)));
    }
    // Kept as read until `get` asks for it, so the tree keeps the string `get` is given.
    return ahead.step(stop);
  }
}

/** Reads an account starting at `entry`, following includes; reports missing files and cycles. */
export function loadAccount(entry: string, host: FileHost, options: LoadOptions = {}): LoadedAccount {
  return loadAccountFiles([entry], host, options);
}

/** Like loadAccount, for several entry files that together describe one account. */
export function loadAccountFiles(entries: string[], host: FileHost, options: LoadOptions = {}): LoadedAccount {
  const model = emptyModel();
  const trees = new Map<string, SyntaxTree>();
  const cache = options.cache ?? new ParseCache();
  const visiting = new Set<string>();

  const visit = (file: string, text: string): void => {
    const tree = cache.get(file, text);
    trees.set(file, tree);
    model.files.push(file);
    visiting.add(file);
    const firstInclude = model.includes.length;
    bindFile(file, tree, model, (p) => host.resolve(file, p), cache.bound);
    const mine = model.includes.slice(firstInclude);
    for (const inc of mine) {
      if (visiting.has(inc.target)) {
        model.problems.push({
          rule: 'NSR-INCLUDE-CYCLE',
          message: `Include cycle: '${inc.path}' includes this file again; remove one of the includes`,
          loc: inc.loc,
        });
        continue;
      }
      if (trees.has(inc.target)) continue; // already read through another include
      const t = host.read(inc.target);
      if (t === undefined) {
        model.problems.push({
          rule: 'NSR-INCLUDE-MISSING',
          message: `Included file '${inc.path}' cannot be read: check the path (relative to this file)`,
          loc: inc.loc,
        });
        continue;
      }
      visit(inc.target, t);
    }
    visiting.delete(file);
  };

  for (const entry of entries) {
    if (trees.has(entry)) continue;
    const text = host.read(entry);
    if (text === undefined) continue;
    visit(entry, text);
  }
  if (options.extraRoles) model.roles.push(...options.extraRoles);
  if (!options.sdf) return { model, trees };
  const sdf = new Map<string, SdfRoleFile>();
  for (const f of options.sdf) {
    if (sdf.has(f.file)) continue;
    sdf.set(f.file, f);
    if (f.role) model.roles.push(f.role);
  }
  return { model, trees, sdf };
}

/**
 * Groups role files into accounts: a file that another file includes is part of that file's
 * account, so only files nobody includes are entries. Files reached from no entry (they only
 * include each other, in a cycle) are entered at the first file of the cycle, so every file is
 * read and the cycle reported where the CLI and the editor both report it.
 */
export function accountEntries(files: string[], host: FileHost): string[] {
  const includes = new Map<string, string[]>();
  const includesOf = (f: string): string[] => {
    let out = includes.get(f);
    if (out) return out;
    out = [];
    includes.set(f, out);
    const text = host.read(f);
    if (text === undefined) return out;
    for (const st of parse(text).statements) {
      const arg = st.keyword === 'include' ? st.args[0] : undefined;
      if (arg?.kind === 'string') out.push(host.resolve(f, arg.value));
    }
    return out;
  };
  const included = new Set(files.flatMap(includesOf));
  const reached = new Set<string>();
  const reach = (from: string): void => {
    const stack = [from];
    while (stack.length) {
      const f = stack.pop()!;
      if (reached.has(f)) continue;
      reached.add(f);
      stack.push(...includesOf(f));
    }
  };
  const entries = files.filter((f) => !included.has(f));
  for (const e of entries) reach(e);
  // What is left hangs off cycles: enter each at a file of the cycle, so the cycle is found and
  // the files below it read with it; then anything still unread on its own.
  const inCycle = (f: string) => reachesItself(f, includesOf);
  for (const pass of [inCycle, () => true])
    for (const f of files)
      if (!reached.has(f) && pass(f)) {
        entries.push(f);
        reach(f);
      }
  return entries;
}

/** Whether `file` leads back to itself through `next` (an include cycle, walked either way). */
export function reachesItself(file: string, next: (f: string) => Iterable<string>): boolean {
  const seen = new Set<string>();
  const stack = [...next(file)];
  while (stack.length) {
    const g = stack.pop()!;
    if (g === file) return true;
    if (seen.has(g)) continue;
    seen.add(g);
    stack.push(...next(g));
  }
  return false;
}

import type { Statement } from './syntax';

/**
 * A top-level statement's model entry, kept while the statement object lives (`ParseCache`
 * holds them with the trees): `reparse` hands back the same objects for unchanged statements,
 * so an edit binds only what it touched. Entries share their spans with the statement, so they
 * move with it. Only statements that bound without a problem are kept (problems carry spans of
 * their own). Kept on the statement under this holder's own symbol: a WeakMap of a large file's
 * 100,000 statements was an ephemeron table that every garbage collection of a first bind walked.
 */
export class BoundEntries {
  private readonly key = Symbol('bound entry');

  get(s: Statement): BoundEntry | undefined {
    return (s as Holder)[this.key];
  }

  set(s: Statement, entry: BoundEntry): void {
    (s as Holder)[this.key] = entry;
  }
}

type BoundEntry = { loc: { file: string } };
type Holder = Statement & Record<symbol, BoundEntry | undefined>;

import { type FileHost, type ParseCache, reachesItself } from './engine';
import type { FileStore } from './files';

/**
 * Which role file includes which, and so which files are accounts' entry files. Rebuilt once per
 * workspace generation from the include lines of every known role file (parsed through the
 * shared parse cache, so this costs a walk over statements, not a parse).
 */
export class IncludeGraph {
  private includers?: { generation: number; map: Map<string, Set<string>> };
  private entries?: { generation: number; list: string[] };

  constructor(
    private readonly files: FileStore,
    private readonly cache: ParseCache,
    private readonly host: FileHost,
    private readonly generation: () => number,
  ) {}

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
    if (roots.size) return [...roots].sort();
    // Every way up ends in a cycle: enter at its first file in path order, as `nsroles check`
    // does, so each file of it sees the account read from the same place.
    const cyclic = [...seen].sort().find((f) => reachesItself(f, (g) => includers.get(g) ?? []));
    return [cyclic ?? file];
  }

  /** Entry files of every account in the workspace: role files and open documents nobody includes. */
  accountEntries(): string[] {
    const generation = this.generation();
    if (this.entries?.generation === generation) return this.entries.list;
    const includers = this.includerMap();
    const list = [...this.files.knownRoleFiles()].filter((f) => !includers.get(f)?.size).sort();
    this.entries = { generation: this.generation(), list };
    return list;
  }

  private includerMap(): Map<string, Set<string>> {
    const generation = this.generation();
    if (this.includers?.generation === generation) return this.includers.map;
    const map = new Map<string, Set<string>>();
    const known = this.files.knownRoleFiles();
    const queue = [...known];
    while (queue.length) {
      const f = queue.shift()!;
      const text = this.files.read(f, false);
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
    this.includers = { generation: this.generation(), map };
    return map;
  }
}

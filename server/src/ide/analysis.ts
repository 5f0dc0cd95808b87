import { type AccountIndex, accountIndexOf, firstIndex, type LoadedAccount, type RoleDefinition, type RoleRef, type Span, type SyntaxTree } from '../engine';

/** One account as seen from one of its files: what every language feature starts from. */
export interface Analysis {
  /** The file the request is about. */
  file: string;
  loaded: LoadedAccount;
  index: AccountIndex;
}

// One Analysis per (LoadedAccount, file): the workspace caches a LoadedAccount per generation,
// so the AccountIndex is built once per generation, not on every request (nothing mutates either).
const analyses = new WeakMap<LoadedAccount, Map<string, Analysis>>();

export function analysisOf(file: string, loaded: LoadedAccount): Analysis {
  let byFile = analyses.get(loaded);
  if (!byFile) analyses.set(loaded, (byFile = new Map()));
  const hit = byFile.get(file);
  if (hit) return hit;
  const index = accountIndexOf(loaded.model);
  const a: Analysis = { file, loaded, index };
  byFile.set(file, a);
  return a;
}

export function treeOf(a: Analysis, file = a.file): SyntaxTree | undefined {
  return a.loaded.trees.get(file);
}

/** How a role reference found its role: by the role's name or by its id. */
export interface ResolvedRole {
  role: RoleDefinition;
  via: 'name' | 'id';
}

/** Resolves a role reference as AccountIndex.role does, and says which form matched. */
export function resolveRole(index: AccountIndex, ref: Pick<RoleRef, 'key' | 'bare'>): ResolvedRole | undefined {
  const byName = index.roles.get(ref.key);
  const byId = index.rolesById.get(ref.key);
  if (ref.bare) return byId ? { role: byId, via: 'id' } : byName ? { role: byName, via: 'name' } : undefined;
  return byName ? { role: byName, via: 'name' } : byId ? { role: byId, via: 'id' } : undefined;
}

/**
 * Calls `visit` with every role reference in the account, with where it sits. A walk rather
 * than a list: a list of the 30,000 references at 100,000 lines was most of a highlight request.
 */
export function eachRoleRef(a: Analysis, visit: (r: RoleRef) => void): void {
  const m = a.loaded.model;
  for (const u of m.users) for (const r of u.roles) visit(r);
  for (const t of m.tokens) if (t.role) visit(t.role);
  for (const e of m.expects) {
    visit(e.role);
    if (e.target) visit(e.target.role);
  }
}

/**
 * The entry of `list` declared in the analysis' file starting at `start`. `loadAccountFiles`
 * binds each file whole, in the order of `model.files`, and a file's statements in order, so a
 * list is sorted by (file, start) and a binary search finds it. Anything else in a list (role
 * objects, roles added by the caller) sorts after, and a search that misses walks the list.
 */
export function declarationAt<T extends { loc: { file: string; span: Span } }>(a: Analysis, list: readonly T[], start: number): T | undefined {
  const files = a.loaded.model.files;
  const rank = (file: string) => {
    const i = files.indexOf(file);
    return i < 0 ? files.length : i;
  };
  const mine = rank(a.file);
  const hit =
    list[
      firstIndex(list.length, (i) => {
        const r = rank(list[i].loc.file);
        return r > mine || (r === mine && list[i].loc.span.start >= start);
      })
    ];
  if (hit && hit.loc.file === a.file && hit.loc.span.start === start) return hit;
  return list.find((e) => e.loc.file === a.file && e.loc.span.start === start);
}

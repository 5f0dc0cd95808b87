import { closestIn } from './fuzzy';
import type { PermissionGrant, RoleDefinition } from './model';
import { findPermission, isTbaId, objectReference, type PermissionInfo, PERMISSIONS, type TbaPermissionId } from './permissions';

/** A line of a role that nearly grants a TBA permission: correcting it beats adding a line. */
export interface NearMiss {
  grant: PermissionGrant;
  /** `name`: a misspelling of the permission's name or ID; `level`: the permission below full. */
  kind: 'name' | 'level';
  /** The line as written, e.g. `permission "Log in using Acess Tokens"`. */
  written: string;
  /** The name of the permission it nearly grants. */
  intended: string;
}

const HANDLES = PERMISSIONS.flatMap((p) => (p.id ? [p.name, p.id, ...p.aliases] : [p.name, ...p.aliases]));
const LOWERED = HANDLES.map((h) => h.toLowerCase());

// The handles that name a TBA permission (as `findPermission` reads them).
const TBA_HANDLES = HANDLES.filter((h) => isTbaId(findPermission(h)?.id));
const TBA_LOWERED = TBA_HANDLES.map((h) => h.toLowerCase());

/**
 * The known permission each unknown name is closest to, kept by a `FactsCache`; null when none
 * is, or when no TBA permission could be (the only closest a near miss asks about). Every role's
 * facts ask, once per TBA permission it lacks, and comparing a name with the list's ~1,400
 * handles was a third of a cold lint of a 100k-line account; the same few unknown names recur
 * across roles.
 */
export type ClosestKnown = Map<string, PermissionInfo | null>;

function closestPermission(ref: string, memo: ClosestKnown | undefined): PermissionInfo | undefined {
  let hit = memo?.get(ref);
  if (hit === undefined) {
    // A handle of a TBA permission that is not plausible for `ref` is not its closest either: only
    // when one is plausible is the whole list compared (the closest may still be another).
    const maybeTba = closestIn(ref, TBA_HANDLES, TBA_LOWERED, 1).length > 0;
    hit = (maybeTba && findPermission(closestIn(ref, HANDLES, LOWERED, 1)[0] ?? '')) || null;
    if (memo) {
      if (memo.size >= 10_000) memo.clear();
      memo.set(ref, hit);
    }
  }
  return hit ?? undefined;
}

/**
 * The line of `role` that nearly grants `id`: the permission itself at a level other than full
 * (none excepted), or an unknown permission whose closest known name is this one's. A line at
 * level none asks for no access, so correcting it would grant what nobody asked for. `memo`
 * keeps the closest known name of each unknown one between calls.
 */
export function nearMiss(role: RoleDefinition, id: TbaPermissionId, memo?: ClosestKnown): NearMiss | undefined {
  for (const g of role.permissions) {
    if (g.info?.id === id && g.level !== 'full' && g.level !== 'none') return { grant: g, kind: 'level', written: written(g), intended: g.info.name };
  }
  for (const g of role.permissions) {
    // A custom record, transaction type or segment reference is no misspelt permission (and
    // roles list thousands of them: comparing each with every permission name took seconds).
    if (g.info || g.level === 'none' || objectReference(g.ref) !== undefined) continue;
    const info = closestPermission(g.ref, memo);
    if (info?.id === id) return { grant: g, kind: 'name', written: written(g), intended: info.name };
  }
  return undefined;
}

function written(g: PermissionGrant): string {
  const ref = /^[A-Za-z0-9_]+$/.test(g.ref) ? g.ref : `"${g.ref}"`;
  return `permission ${ref}${g.explicitLevel ? ` ${g.level}` : ''}`;
}

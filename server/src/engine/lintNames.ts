// Names: each declared once, each reference to one that exists (with a did-you-mean), each
// permission one NetSuite lists.
import { ClosestMemo } from './fuzzy';
import type { Finding } from './finding';
import type { AccountIndex } from './lookup';
import type { AccountModel, NameRef, PermissionGrant, RoleDefinition, RoleRef } from './model';
import { isPermissionIdShape, objectReference, PERMISSIONS, typoOf } from './permissions';
import type { Location } from './text';
import { nameKey } from './vocabulary';

export type Add = (ruleId: string, loc: Location, message: string, extra?: Partial<Finding>) => void;

export function duplicates(model: AccountModel, index: AccountIndex, add: Add): void {
  const check = <T extends { key: string; name: string; nameLoc: Location }>(kind: string, list: T[], first: Map<string, T>) => {
    for (const d of list) {
      const f = first.get(d.key);
      if (f && f !== d) {
        add('NSR-DUPLICATE', d.nameLoc, `The ${kind} '${d.name}' is already defined; merge the two or rename this one (only the first counts).`, {
          related: [{ loc: f.nameLoc, message: `First definition of ${kind} '${f.name}'` }],
        });
      }
    }
  };
  check('role', model.roles, index.roles);
  check('user', model.users, index.users);
  check('integration', model.integrations, index.integrations);
  check('token', model.tokens, index.tokens);
  const ids = new Map<string, RoleDefinition>();
  for (const r of model.roles) {
    if (!r.id) continue;
    const k = nameKey(r.id.value);
    const f = ids.get(k);
    if (f && f.key !== r.key) {
      add('NSR-DUPLICATE', r.id.loc, `The role id '${r.id.value}' is already used by role '${f.name}'; give each role its own id.`, {
        related: [{ loc: f.id!.loc, message: `Id first used by role '${f.name}'` }],
      });
    } else if (!f) ids.set(k, r);
  }
  for (const u of model.users) {
    const seen = new Set<string>();
    for (const ref of u.roles) {
      const role = index.role(ref);
      if (!role) continue;
      if (seen.has(role.key)) add('NSR-DUPLICATE', ref.loc, `User '${u.name}' already has the role '${role.name}'; remove this line.`);
      seen.add(role.key);
    }
  }
}

// Did-you-mean answers survive from one lint to the next while the names stay the same.
const suggestions = { role: new ClosestMemo(), user: new ClosestMemo(), integration: new ClosestMemo(), permission: new ClosestMemo() };

export function references(model: AccountModel, index: AccountIndex, add: Add): void {
  // Candidate lists are built once per lint, on the first unknown reference, not once per reference.
  let roleNameList: string[] | undefined;
  const roleNames = () => (roleNameList ??= [...index.roles.values()].map((r) => r.name).concat([...index.rolesById.keys()]));
  const nameLists = new Map<Map<string, { name: string }>, string[]>();
  const namesOf = (map: Map<string, { name: string }>) => {
    let list = nameLists.get(map);
    if (!list) nameLists.set(map, (list = [...map.values()].map((v) => v.name)));
    return list;
  };
  const role = (ref: RoleRef | undefined) => {
    if (!ref || index.role(ref)) return;
    const candidates = suggestions.role.closest(ref.name, roleNames());
    add('NSR-UNKNOWN-REF', ref.loc, `No role '${ref.name}' is defined${hint(candidates)}.`, {
      data: { kind: 'did-you-mean', refKind: 'role', name: ref.name, candidates },
    });
  };
  const named = (ref: NameRef | undefined, kind: 'user' | 'integration', map: Map<string, { name: string }>) => {
    if (!ref || map.has(ref.key)) return;
    const candidates = suggestions[kind].closest(ref.name, namesOf(map));
    add('NSR-UNKNOWN-REF', ref.loc, `No ${kind} '${ref.name}' is defined${hint(candidates)}.`, {
      data: { kind: 'did-you-mean', refKind: kind, name: ref.name, candidates },
    });
  };
  for (const u of model.users) u.roles.forEach(role);
  for (const t of model.tokens) {
    named(t.user, 'user', index.users);
    role(t.role);
    named(t.integration, 'integration', index.integrations);
    named(t.createdBy, 'user', index.users);
  }
  for (const e of model.expects) {
    named(e.actor, 'user', index.users);
    role(e.role);
    if (e.target) {
      named(e.target.user, 'user', index.users);
      role(e.target.role);
    }
    named(e.integration, 'integration', index.integrations);
  }
}

export function hint(candidates: string[]): string {
  return candidates.length ? ` (did you mean '${candidates[0]}'?)` : '';
}

const PERMISSION_HANDLES = PERMISSIONS.flatMap((p) => (p.id ? [p.name, p.id] : [p.name]));

/**
 * A permission the list does not hold. Custom object references are fine; an ID absent from the
 * list is only information (NetSuite exports IDs its list lacks) with a suggestion only for a
 * plain typo; other text is a warning with the closest names.
 */
export function unknownPermission(g: PermissionGrant, add: Add): void {
  const obj = objectReference(g.ref);
  if (obj && !('problem' in obj)) return;
  if (obj) {
    add(
      'NSR-UNKNOWN-PERMISSION',
      g.refLoc,
      `'${g.ref}' is not a custom object reference: ${obj.problem}. Write "[scriptid=…]", "[appid=…, scriptid=…]" or "[type=…, scriptid=…]".`,
    );
    return;
  }
  if (isPermissionIdShape(g.ref)) {
    const typo = typoOf(g.ref);
    add(
      'NSR-UNKNOWN-PERMISSION',
      g.refLoc,
      `${g.ref} is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks, so it is not simulated but may be right.${
        typo ? ` Did you mean ${typo.id} (${typo.name})?` : ''
      }`,
      { severity: 'information', data: typo && { kind: 'did-you-mean', refKind: 'permission', name: g.ref, candidates: [typo.id], preferNone: true } },
    );
    return;
  }
  // Remembered: the list has some 1,350 names and IDs, and lint runs on every keystroke.
  const candidates = suggestions.permission.closest(g.ref, PERMISSION_HANDLES);
  add(
    'NSR-UNKNOWN-PERMISSION',
    g.refLoc,
    `Unknown permission '${g.ref}'${hint(candidates)}: it is not simulated. Use the name shown in NetSuite or its permission ID.`,
    {
      data: { kind: 'did-you-mean', refKind: 'permission', name: g.ref, candidates },
    },
  );
}

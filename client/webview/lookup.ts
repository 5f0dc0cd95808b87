/**
 * Lookups over the model summary for the pickers. Not decisions: the server decides, the
 * webview only lists names. Names compare as the language says: trimmed, case-insensitive.
 */
import type { ModelSummary } from '../../shared/protocol/wire';
import type { OptionGroup } from './dom';

type User = ModelSummary['users'][number];

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function findUser(model: ModelSummary | null, name: string): User | undefined {
  return model?.users.find((u) => sameName(u.name, name));
}

/** The declared spelling of a role name, or the name as given. */
export function roleName(model: ModelSummary | null, name: string): string {
  return model?.roles.find((r) => sameName(r.name, name) || (r.id !== undefined && sameName(r.id, name)))?.name ?? name;
}

export function holds(model: ModelSummary | null, user: string, role: string): boolean {
  const r = roleName(model, role);
  return findUser(model, user)?.roles.some((x) => sameName(x, r)) ?? false;
}

/** The user's roles first, then every other role, marked as not held. */
export function roleGroups(model: ModelSummary | null, user: string): OptionGroup[] {
  const u = findUser(model, user);
  const held = u?.roles ?? [];
  const others = (model?.roles ?? []).filter((r) => !held.some((h) => sameName(h, r.name)));
  const groups: OptionGroup[] = [];
  if (held.length) groups.push({ label: `Roles of ${u!.name}`, options: held.map((r) => ({ value: r, label: r })) });
  if (others.length)
    groups.push({ label: u ? 'Other roles (not held)' : 'Roles', options: others.map((r) => ({ value: r.name, label: u ? `${r.name} (not held)` : r.name })) });
  return groups;
}

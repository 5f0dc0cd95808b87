import type { AccountModel, IntegrationDefinition, RoleDefinition, RoleRef, TokenDefinition, UserDefinition } from './model';
import { nameKey } from './vocabulary';

const indexes = new WeakMap<AccountModel, AccountIndex>();

/** The index of a model, built once per model (models are not changed after loading). */
export function accountIndexOf(model: AccountModel): AccountIndex {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new AccountIndex(model)));
  return index;
}

/** Name lookups over a model; the first definition of a name wins, later ones are duplicates. */
export class AccountIndex {
  readonly roles = new Map<string, RoleDefinition>();
  readonly rolesById = new Map<string, RoleDefinition>();
  readonly users = new Map<string, UserDefinition>();
  readonly integrations = new Map<string, IntegrationDefinition>();
  readonly tokens = new Map<string, TokenDefinition>();
  /** Users holding each role (by role key), in declaration order. */
  readonly holders = new Map<string, UserDefinition[]>();

  constructor(readonly model: AccountModel) {
    for (const r of model.roles) {
      if (!this.roles.has(r.key)) this.roles.set(r.key, r);
      if (r.id && !this.rolesById.has(nameKey(r.id.value))) this.rolesById.set(nameKey(r.id.value), r);
    }
    for (const u of model.users) if (!this.users.has(u.key)) this.users.set(u.key, u);
    for (const i of model.integrations) if (!this.integrations.has(i.key)) this.integrations.set(i.key, i);
    for (const t of model.tokens) if (!this.tokens.has(t.key)) this.tokens.set(t.key, t);
    for (const u of this.users.values()) {
      for (const ref of u.roles) {
        const role = this.role(ref);
        if (!role) continue;
        const list = this.holders.get(role.key);
        // Users are visited in order, so a repeat of `u` can only be the last entry: O(1), not O(holders).
        if (!list) this.holders.set(role.key, [u]);
        else if (list[list.length - 1] !== u) list.push(u);
      }
    }
  }

  /** A role by quoted name or bare id; each form falls back to the other. */
  role(ref: Pick<RoleRef, 'key' | 'bare'> | string): RoleDefinition | undefined {
    const r = typeof ref === 'string' ? { key: nameKey(ref), bare: false } : ref;
    return r.bare ? (this.rolesById.get(r.key) ?? this.roles.get(r.key)) : (this.roles.get(r.key) ?? this.rolesById.get(r.key));
  }

  /**
   * A string that `role(string)` resolves to `role`: its name, unless an earlier role has the
   * same name (a duplicate), then the first of `others` that does (e.g. how a reference wrote
   * it, or the role's id); undefined when none does.
   */
  refTo(role: RoleDefinition, ...others: (string | undefined)[]): string | undefined {
    for (const s of [role.name, ...others]) if (s !== undefined && this.role(s) === role) return s;
    return undefined;
  }

  user(name: string): UserDefinition | undefined {
    return this.users.get(nameKey(name));
  }

  integration(name: string): IntegrationDefinition | undefined {
    return this.integrations.get(nameKey(name));
  }

  /** Whether one of the user's references reaches `role` (`rolesOf(user).includes(role)`, without the list). */
  holds(user: UserDefinition, role: RoleDefinition): boolean {
    // A loop, not `some` and a closure: this runs for every token on every lint.
    for (const ref of user.roles) if (this.role(ref) === role) return true;
    return false;
  }

  /** The roles a user holds that exist, in the order written. */
  rolesOf(user: UserDefinition): RoleDefinition[] {
    const out: RoleDefinition[] = [];
    for (const ref of user.roles) {
      const r = this.role(ref);
      if (r && !out.includes(r)) out.push(r);
    }
    return out;
  }
}

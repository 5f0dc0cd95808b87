import { AccountModel, tbaEnabled } from './model';
import { AccountIndex } from './lookup';
import { ATM, LOGIN, TbaPermissionId, UAT } from './permissions';
import { nameKey } from './vocabulary';

/** What decisions need of a role, and nothing else. */
export interface RoleFacts {
  key: string;
  name: string;
  administrator: boolean;
  /** TBA permissions held at level full. */
  permissions: ReadonlySet<TbaPermissionId>;
  webServicesOnly: boolean;
  inactive: boolean;
  twoFactorRequired: boolean;
}

export interface UserFacts {
  key: string;
  name: string;
  /** Keys of the roles the user holds. */
  roles: ReadonlySet<string>;
  inactive: boolean;
}

/** The account as decisions see it. Suggestions overlay changes on it without copying it. */
export interface Facts {
  tbaEnabled: boolean;
  role(ref: string): RoleFacts | undefined;
  user(name: string): UserFacts | undefined;
  users(): Iterable<UserFacts>;
}

const TBA_IDS: readonly TbaPermissionId[] = [ATM, UAT, LOGIN];

class ModelFacts implements Facts {
  readonly tbaEnabled: boolean;
  private readonly roles = new Map<string, RoleFacts>();
  private readonly rolesById = new Map<string, RoleFacts>();
  private readonly userMap = new Map<string, UserFacts>();

  constructor(model: AccountModel, index: AccountIndex) {
    this.tbaEnabled = tbaEnabled(model);
    for (const r of index.roles.values()) {
      const permissions = new Set<TbaPermissionId>();
      for (const g of r.permissions) {
        const id = g.info?.id as TbaPermissionId | undefined;
        // Only `full` grants: any other level on a TBA permission is invalid (TBA-PERM-LEVEL).
        if (id && TBA_IDS.includes(id) && g.level === 'full') permissions.add(id);
      }
      const highlyPrivileged = r.coreAdministrationPermissions !== undefined || r.permissions.some((g) => g.info?.highlyPrivileged && g.level !== 'none');
      const f: RoleFacts = {
        key: r.key,
        name: r.name,
        administrator: r.administrator !== undefined,
        permissions,
        webServicesOnly: r.webServicesOnly !== undefined,
        inactive: r.inactive !== undefined,
        twoFactorRequired: r.twoFactor?.value === 'required' || r.administrator !== undefined || highlyPrivileged,
      };
      this.roles.set(r.key, f);
    }
    for (const [id, r] of index.rolesById) this.rolesById.set(id, this.roles.get(r.key)!);
    for (const u of index.users.values()) {
      const roles = new Set<string>();
      for (const ref of u.roles) {
        const r = index.role(ref);
        if (r) roles.add(r.key);
      }
      this.userMap.set(u.key, { key: u.key, name: u.name, roles, inactive: u.inactive !== undefined });
    }
  }

  role(ref: string): RoleFacts | undefined {
    const k = nameKey(ref);
    return this.roles.get(k) ?? this.rolesById.get(k);
  }

  user(name: string): UserFacts | undefined {
    return this.userMap.get(nameKey(name));
  }

  users(): Iterable<UserFacts> {
    return this.userMap.values();
  }
}

const cache = new WeakMap<AccountModel, Facts>();

/** The decision view of a model, built once per model. */
export function factsOf(model: AccountModel, index?: AccountIndex): Facts {
  let f = cache.get(model);
  if (!f) {
    f = new ModelFacts(model, index ?? new AccountIndex(model));
    cache.set(model, f);
  }
  return f;
}

/** Facts with some roles and users replaced, for re-deciding on a changed account. */
export class OverlayFacts implements Facts {
  private readonly roleOverrides = new Map<string, RoleFacts>();
  private readonly userOverrides = new Map<string, UserFacts>();
  tbaEnabled: boolean;

  constructor(private readonly base: Facts) {
    this.tbaEnabled = base.tbaEnabled;
  }

  setRole(r: RoleFacts): this {
    this.roleOverrides.set(r.key, r);
    return this;
  }

  setUser(u: UserFacts): this {
    this.userOverrides.set(u.key, u);
    return this;
  }

  role(ref: string): RoleFacts | undefined {
    const r = this.base.role(ref);
    return r ? (this.roleOverrides.get(r.key) ?? r) : undefined;
  }

  user(name: string): UserFacts | undefined {
    const u = this.base.user(name);
    return u ? (this.userOverrides.get(u.key) ?? u) : undefined;
  }

  *users(): Iterable<UserFacts> {
    for (const u of this.base.users()) yield this.userOverrides.get(u.key) ?? u;
  }
}

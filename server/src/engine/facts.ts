import { type AccountModel, type IntegrationDefinition, type RoleDefinition, tbaEnabled, type UserDefinition } from './model';
import { type AccountIndex, accountIndexOf } from './lookup';
import { ATM, LOGIN, type TbaPermissionId, UAT } from './permissions';
import type { DecisionRequest } from './decide';
import { type CenterType, type IntegrationState, nameKey } from './vocabulary';
import { type ClosestKnown, nearMiss } from './nearMiss';

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
  singleSignOnOnly: boolean;
  center?: CenterType;
  /** Lines that nearly grant a TBA permission the role lacks (a misspelling, a level below full), as written. */
  nearMisses?: ReadonlyMap<TbaPermissionId, string>;
}

/** What decisions need of an integration record (`with "INTEGRATION"`). */
export interface IntegrationFacts {
  key: string;
  name: string;
  /** The Token-based Authentication box (checked unless written disabled). */
  tba: boolean;
  /** The "TBA: Authorization Flow" box (unchecked unless written enabled). */
  authorizationFlow: boolean;
  hasCallbackUrl: boolean;
  /** The "TBA: IssueToken Endpoint" box (unchecked unless written enabled). */
  issueTokenEndpoint: boolean;
  state: IntegrationState;
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
  /** Enabled only because no `account` block says either way: decisions say it is assumed. */
  tbaAssumed?: boolean;
  role(ref: string): RoleFacts | undefined;
  user(name: string): UserFacts | undefined;
  users(): Iterable<UserFacts>;
  integration(name: string): IntegrationFacts | undefined;
}

export function integrationFacts(i: IntegrationDefinition): IntegrationFacts {
  return {
    key: i.key,
    name: i.name,
    tba: i.tba?.value !== false,
    authorizationFlow: i.authorizationFlow?.value === true,
    hasCallbackUrl: i.callbackUrl !== undefined && i.callbackUrl.value !== '',
    issueTokenEndpoint: i.issueTokenEndpoint?.value === true,
    state: i.state?.value ?? 'enabled',
  };
}

const TBA_IDS: readonly TbaPermissionId[] = [ATM, UAT, LOGIN];

/** A facts object built for a model, with a number a memo can key on instead of the object. */
export interface Known<T> {
  facts: T;
  id: number;
}

/** Ids stay below this, so a memo can pack several into one number. */
export const FACTS_ID_LIMIT = 2 ** 23;

/**
 * Facts built from model entries, kept while the entries live. Model entries are not changed
 * after bind, and bind hands unchanged statements' entries to the next model as the same
 * objects: facts built from an entry are reused for as long as it lives, with the same id.
 * Owned by a `LintCache` (one per project in the server, one per run in the CLI); a model's
 * facts built without one get a cache of their own.
 */
export class FactsCache {
  private roles = new WeakMap<RoleDefinition, Known<RoleFacts>>();
  private users = new WeakMap<UserDefinition, Known<UserFacts> & { roleKeys: string[] }>();
  /** The known permission each unknown permission name is closest to (`nearMiss`). */
  readonly closestKnown: ClosestKnown = new Map();
  private nextId = 1;
  /** Changes whenever ids start again from 1: anything keyed on ids must then be dropped. */
  epoch = 0;

  /** Makes room for `count` new ids, numbering again from 1 (and forgetting every entry) if needed. */
  reserve(count: number): void {
    if (this.nextId + count < FACTS_ID_LIMIT) return;
    this.roles = new WeakMap();
    this.users = new WeakMap();
    this.nextId = 1;
    this.epoch++;
  }

  role(r: RoleDefinition): Known<RoleFacts> {
    let known = this.roles.get(r);
    if (!known) this.roles.set(r, (known = { facts: roleFacts(r, this.closestKnown), id: this.nextId++ }));
    return known;
  }

  // A user's facts also depend on what its role references resolve to, which other entries decide.
  user(u: UserDefinition, index: AccountIndex): Known<UserFacts> {
    const roleKeys: string[] = [];
    for (const ref of u.roles) {
      const r = index.role(ref);
      if (r) roleKeys.push(r.key);
    }
    const known = this.users.get(u);
    if (known && sameList(known.roleKeys, roleKeys)) return known;
    const facts: UserFacts = { key: u.key, name: u.name, roles: new Set(roleKeys), inactive: u.inactive !== undefined };
    const built = { facts, id: this.nextId++, roleKeys };
    this.users.set(u, built);
    return built;
  }
}

/**
 * The grants that count: when a role gives one permission twice, the first line counts (the
 * later one is NSR-DUPLICATE / SDF-DUPLICATE-PERMKEY, and deleting it must not change a decision).
 */
export function firstGrants(r: RoleDefinition): readonly RoleDefinition['permissions'][number][] {
  let out = FIRST_GRANTS.get(r);
  if (out) return out;
  const seen = new Set<string>();
  out = [];
  for (const g of r.permissions) {
    const key = g.info?.id ?? g.ref.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(g);
  }
  FIRST_GRANTS.set(r, out);
  return out;
}

// A role is not changed once bound, and several rules and the facts ask for its grants on every
// lint: made once per role (two sets and lists per role per lint were a megabyte at 100k lines).
const FIRST_GRANTS = new WeakMap<RoleDefinition, RoleDefinition['permissions'][number][]>();

/** The first grant that makes a role highly privileged (so NetSuite requires 2FA for it), if any. */
export function privilegedGrant(r: RoleDefinition): RoleDefinition['permissions'][number] | undefined {
  return firstGrants(r).find((g) => g.info?.highlyPrivileged && g.level !== 'none');
}

function roleFacts(r: RoleDefinition, closestKnown: ClosestKnown): RoleFacts {
  const permissions = new Set<TbaPermissionId>();
  const grants = firstGrants(r);
  for (const g of grants) {
    const id = g.info?.id as TbaPermissionId | undefined;
    // Only `full` grants: any other level on a TBA permission is invalid (TBA-PERM-LEVEL).
    if (id && TBA_IDS.includes(id) && g.level === 'full') permissions.add(id);
  }
  const highlyPrivileged = r.coreAdministrationPermissions !== undefined || grants.some((g) => g.info?.highlyPrivileged && g.level !== 'none');
  const facts: RoleFacts = {
    key: r.key,
    name: r.name,
    administrator: r.administrator !== undefined,
    permissions,
    webServicesOnly: r.webServicesOnly !== undefined,
    inactive: r.inactive !== undefined,
    twoFactorRequired: r.twoFactor?.value === 'required' || r.administrator !== undefined || highlyPrivileged,
    singleSignOnOnly: r.singleSignOnOnly !== undefined,
    center: r.center?.value,
  };
  for (const id of TBA_IDS) {
    const near = permissions.has(id) ? undefined : nearMiss(r, id, closestKnown);
    if (near) ((facts as { nearMisses?: Map<TbaPermissionId, string> }).nearMisses ??= new Map()).set(id, near.written);
  }
  return facts;
}

/** The same elements (===) in the same order; of `b`, only its first `n`. */
export function sameList(a: readonly unknown[], b: readonly unknown[], n = b.length): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The facts of one model, looked up by name or, without re-normalizing, by key. */
export class ModelFacts implements Facts {
  readonly tbaEnabled: boolean;
  readonly tbaAssumed: boolean;
  /** The id numbering this model's facts belong to (`cache.epoch` when they were built). */
  readonly epoch: number;
  private readonly roles = new Map<string, Known<RoleFacts>>();
  private readonly rolesById = new Map<string, Known<RoleFacts>>();
  private readonly userMap = new Map<string, Known<UserFacts>>();
  private readonly integrationMap = new Map<string, IntegrationFacts>();

  constructor(
    model: AccountModel,
    index: AccountIndex,
    /** Where the entries' facts and their ids come from. */
    readonly cache: FactsCache = new FactsCache(),
  ) {
    // Start the numbering again before it could, not halfway through one model.
    cache.reserve(index.roles.size + index.users.size);
    this.epoch = cache.epoch;
    this.tbaEnabled = tbaEnabled(model);
    this.tbaAssumed = !model.accounts.some((a) => a.tba !== undefined);
    for (const r of index.roles.values()) this.roles.set(r.key, cache.role(r));
    for (const [id, r] of index.rolesById) this.rolesById.set(id, this.roles.get(r.key)!);
    for (const u of index.users.values()) this.userMap.set(u.key, cache.user(u, index));
    for (const i of index.integrations.values()) this.integrationMap.set(i.key, integrationFacts(i));
  }

  integration(name: string): IntegrationFacts | undefined {
    return this.integrationMap.get(nameKey(name));
  }

  role(ref: string): RoleFacts | undefined {
    return this.roleByKey(nameKey(ref));
  }

  /** `role(ref)` for `key === nameKey(ref)`. */
  roleByKey(key: string): RoleFacts | undefined {
    return (this.roles.get(key) ?? this.rolesById.get(key))?.facts;
  }

  /** `roleByKey(key)` with its id, the same for the same facts object in any model. */
  knownRole(key: string): Known<RoleFacts> | undefined {
    return this.roles.get(key) ?? this.rolesById.get(key);
  }

  user(name: string): UserFacts | undefined {
    return this.userMap.get(nameKey(name))?.facts;
  }

  /** `user(name)` for `key === nameKey(name)`. */
  userByKey(key: string): UserFacts | undefined {
    return this.userMap.get(key)?.facts;
  }

  /** `userByKey(key)` with its id, the same for the same facts object in any model. */
  knownUser(key: string): Known<UserFacts> | undefined {
    return this.userMap.get(key);
  }

  *users(): Iterable<UserFacts> {
    for (const u of this.userMap.values()) yield u.facts;
  }
}

// A derived view of one model, which is not changed after loading: it lives as long as the model.
const views = new WeakMap<AccountModel, ModelFacts>();

/**
 * The decision view of a model, built once per model. With `cache`, the view's facts come from
 * it (lint passes its cache, so the facts it reuses between lints are the ones the memo knows);
 * without, any view of the model will do.
 */
export function factsOf(model: AccountModel, index?: AccountIndex, cache?: FactsCache): ModelFacts {
  let f = views.get(model);
  if (!f || (cache && f.cache !== cache)) {
    f = new ModelFacts(model, index ?? accountIndexOf(model), cache);
    views.set(model, f);
  }
  return f;
}

/** Facts with some roles and users replaced, for re-deciding on a changed account. */
export class OverlayFacts implements Facts {
  private readonly roleOverrides = new Map<string, RoleFacts>();
  private readonly userOverrides = new Map<string, UserFacts>();
  tbaEnabled: boolean;
  tbaAssumed?: boolean;

  constructor(private readonly base: Facts) {
    this.tbaEnabled = base.tbaEnabled;
    this.tbaAssumed = base.tbaAssumed;
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

  integration(name: string): IntegrationFacts | undefined {
    return this.base.integration(name);
  }
}

/**
 * The model's facts with the request's names already looked up (by key, not normalized again).
 * Each looked-up value is what `base` gives for that name, undefined included.
 */
export class ResolvedFacts implements Facts {
  readonly tbaEnabled: boolean;

  readonly tbaAssumed?: boolean;

  constructor(
    private readonly base: Facts,
    private readonly req: DecisionRequest,
    private readonly actor: UserFacts | undefined,
    private readonly actingRole: RoleFacts | undefined,
    private readonly targetUser: UserFacts | undefined,
    private readonly targetRole: RoleFacts | undefined,
  ) {
    this.tbaEnabled = base.tbaEnabled;
    this.tbaAssumed = base.tbaAssumed;
  }

  user(name: string): UserFacts | undefined {
    if (name === this.req.user) return this.actor;
    if (this.targetUser && name === this.req.target?.user) return this.targetUser;
    return this.base.user(name);
  }

  role(ref: string): RoleFacts | undefined {
    if (ref === this.req.role) return this.actingRole;
    if (this.targetRole && ref === this.req.target?.role) return this.targetRole;
    return this.base.role(ref);
  }

  users(): Iterable<UserFacts> {
    return this.base.users();
  }

  integration(name: string): IntegrationFacts | undefined {
    return this.base.integration(name);
  }
}

import type { AccountModel, IntegrationDefinition, NameRef, RoleDefinition, TokenDefinition, UserDefinition } from '../model';
import { type AccountIndex, accountIndexOf } from '../lookup';
import type { Location } from '../text';
import { nameKey } from '../vocabulary';

/** What the user asks about: a token, or a user and role with an optional integration. */
export interface SubjectQuery {
  token?: string;
  user?: string;
  role?: string;
  integration?: string;
}

/** A login in question: a token's user and role, or the user and role asked about. */
export interface LoginCase {
  token?: TokenDefinition;
  /** How the login names its user and role (a token's lines), for evidence. */
  userRef?: NameRef;
  roleRef?: NameRef;
  user?: UserDefinition;
  role?: RoleDefinition;
}

/** An integration in question: declared, named but not declared, or missing from a token. */
export interface IntegrationCase {
  token?: TokenDefinition;
  /** The name as asked or as the token writes it; undefined when the token names none. */
  name?: string;
  /** Where the token names it. */
  ref?: Location;
  def?: IntegrationDefinition;
}

/** The parts of the account a troubleshooting question is about, resolved once. */
export interface Scope {
  model: AccountModel;
  index: AccountIndex;
  /** False when nothing was named: every token and integration of the account is in question. */
  narrowed: boolean;
  /** The tokens in question. */
  tokens: TokenDefinition[];
  logins: LoginCase[];
  integrations: IntegrationCase[];
}

/** A name the query gave that the account does not declare (user or role: bad input). */
export class UnknownSubjectError extends Error {
  constructor(
    readonly kind: 'token' | 'user' | 'role',
    readonly name: string,
  ) {
    super(`unknown ${kind} '${name}'`);
  }
}

function loginOf(index: AccountIndex, t: TokenDefinition): LoginCase {
  return {
    token: t,
    userRef: t.user,
    roleRef: t.role,
    user: t.user && index.users.get(t.user.key),
    role: t.role && index.role(t.role),
  };
}

function integrationOf(index: AccountIndex, t: TokenDefinition): IntegrationCase {
  if (!t.integration) return { token: t };
  return { token: t, name: t.integration.name, ref: t.integration.loc, def: index.integrations.get(t.integration.key) };
}

/**
 * Resolves the query against the model. A token, user or role the account does not declare is
 * bad input (UnknownSubjectError); an integration it does not declare is a finding in itself
 * (the record is missing), so it is kept as a case without a definition.
 */
export function scopeOf(model: AccountModel, q: SubjectQuery): Scope {
  const index = accountIndexOf(model);
  const scope: Scope = { model, index, narrowed: false, tokens: [], logins: [], integrations: [] };
  if (q.token !== undefined) {
    const t = index.tokens.get(nameKey(q.token));
    if (!t) throw new UnknownSubjectError('token', q.token);
    scope.narrowed = true;
    scope.tokens = [t];
    scope.logins = [loginOf(index, t)];
    scope.integrations = [integrationOf(index, t)];
    return scope;
  }
  if (q.user !== undefined || q.role !== undefined) {
    const user = q.user !== undefined ? index.user(q.user) : undefined;
    if (q.user !== undefined && !user) throw new UnknownSubjectError('user', q.user);
    const role = q.role !== undefined ? index.role(q.role) : undefined;
    if (q.role !== undefined && !role) throw new UnknownSubjectError('role', q.role);
    scope.narrowed = true;
    scope.tokens = model.tokens.filter(
      (t) => (!user || (t.user && index.users.get(t.user.key) === user)) && (!role || (t.role && index.role(t.role) === role)),
    );
    scope.logins = [{ user, role }];
  }
  if (q.integration !== undefined) {
    scope.narrowed = true;
    scope.integrations = [{ name: q.integration.trim(), def: index.integration(q.integration) }];
    if (q.user === undefined && q.role === undefined) {
      const key = nameKey(q.integration);
      scope.tokens = model.tokens.filter((t) => t.integration?.key === key);
      scope.logins = scope.tokens.map((t) => loginOf(index, t));
    }
    return scope;
  }
  if (scope.narrowed) {
    // The integrations of the user's tokens in that role.
    scope.integrations = dedupe(scope.tokens.map((t) => integrationOf(index, t)));
    return scope;
  }
  scope.tokens = model.tokens;
  scope.logins = model.tokens.map((t) => loginOf(index, t));
  const declared: IntegrationCase[] = [...index.integrations.values()].map((def) => ({ name: def.name, def }));
  scope.integrations = dedupe([...declared, ...model.tokens.map((t) => integrationOf(index, t)).filter((c) => !c.def)]);
  return scope;
}

/** One case per integration record; undeclared names once each; every token that names none. */
function dedupe(cases: IntegrationCase[]): IntegrationCase[] {
  const seen = new Set<unknown>();
  const out: IntegrationCase[] = [];
  for (const c of cases) {
    const key = c.def ?? (c.name !== undefined ? nameKey(c.name) : c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

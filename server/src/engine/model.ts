import type { Location } from './text';
import type { Level, PermissionInfo } from './permissions';
import type { Action, CenterType, Channel, IntegrationState } from './vocabulary';

/** A name as written in a declaration or reference. */
export interface NameRef {
  /** Trimmed text. */
  name: string;
  /** Comparison key: trimmed, lower-case. */
  key: string;
  loc: Location;
}

/** A role reference: a quoted name or a bare id (`id` in a role block or an SDF scriptid). */
export interface RoleRef extends NameRef {
  bare: boolean;
}

interface Declaration {
  name: string;
  key: string;
  nameLoc: Location;
  /** The whole declaration. */
  loc: Location;
}

export interface PermissionGrant {
  /** The name or ID as written. */
  ref: string;
  info?: PermissionInfo;
  /** The level as written, or `full` when omitted. */
  level: string;
  explicitLevel: boolean;
  refLoc: Location;
  levelLoc?: Location;
  loc: Location;
}

export interface Flag<T = true> {
  value: T;
  loc: Location;
}

export interface RoleDefinition extends Declaration {
  id?: Flag<string>;
  administrator?: Flag;
  permissions: PermissionGrant[];
  twoFactor?: Flag<'required' | 'not-required'>;
  webServicesOnly?: Flag;
  inactive?: Flag;
  /** The role's "Single Sign-On Only" box. */
  singleSignOnOnly?: Flag;
  /** The role's center type (`center TYPE`; SDF `centertype`). */
  center?: Flag<CenterType>;
  /** SDF `coreadminpermission` T: the Core Administration Permissions box, highly privileged. */
  coreAdministrationPermissions?: Flag;
  /** Where the role was written: a role file or a SuiteCloud role object. */
  origin: 'nsroles' | 'sdf';
}

export interface UserDefinition extends Declaration {
  roles: RoleRef[];
  inactive?: Flag;
}

export interface IntegrationDefinition extends Declaration {
  tba?: Flag<boolean>;
  /** The "TBA: Authorization Flow" box (default disabled). */
  authorizationFlow?: Flag<boolean>;
  callbackUrl?: Flag<string>;
  /** The "TBA: IssueToken Endpoint" box (default disabled). */
  issueTokenEndpoint?: Flag<boolean>;
  state?: Flag<IntegrationState>;
}

export interface TokenDefinition extends Declaration {
  user?: NameRef;
  role?: RoleRef;
  integration?: NameRef;
  createdBy?: NameRef;
  revoked?: Flag;
  /** Inactive, not revoked: it can be made active again. */
  inactive?: Flag;
}

export interface ExpectLine {
  loc: Location;
  actor: NameRef;
  role: RoleRef;
  expected: Flag<'can' | 'cannot'>;
  action: Flag<Action>;
  target?: { user: NameRef; role: RoleRef };
  channel?: Flag<Channel>;
  /** `with "INTEGRATION"`: the application making the request. */
  integration?: NameRef;
}

export interface IncludeDirective {
  path: string;
  loc: Location;
  /** The file it names, resolved against the including file. */
  target: string;
}

export interface AccountDeclaration extends Declaration {
  tba?: Flag<boolean>;
}

/** A problem found while reading files: syntax, includes, misuse of a keyword. */
export interface ReadProblem {
  rule: 'NSR-SYNTAX' | 'NSR-INCLUDE-MISSING' | 'NSR-INCLUDE-CYCLE';
  message: string;
  loc: Location;
}

/** Everything one account's files say, merged across includes. */
export interface AccountModel {
  /** Files read, the entry file first. */
  files: string[];
  accounts: AccountDeclaration[];
  roles: RoleDefinition[];
  users: UserDefinition[];
  integrations: IntegrationDefinition[];
  tokens: TokenDefinition[];
  expects: ExpectLine[];
  includes: IncludeDirective[];
  problems: ReadProblem[];
}

/** A token that cannot be used now: revoked, or inactive. */
export function tokenUnusable(t: TokenDefinition): boolean {
  return t.revoked !== undefined || t.inactive !== undefined;
}

export function emptyModel(): AccountModel {
  return { files: [], accounts: [], roles: [], users: [], integrations: [], tokens: [], expects: [], includes: [], problems: [] };
}

/** True unless an `account` block switches the feature off. */
export function tbaEnabled(model: AccountModel): boolean {
  return model.accounts.every((a) => a.tba?.value !== false);
}

export type { Level };

import fc from 'fast-check';

/**
 * A random account, described independently of the engine's model: the differential test
 * renders it as `.nsroles` text for the engine and as entities for Cedar, so a bug in parsing,
 * binding or `factsOf` shows up as a disagreement too.
 */
export type Perm = 'atm' | 'uat' | 'login';

export interface GrantSpec {
  perm: Perm;
  /** How the permission is written: its NetSuite name, its ID, or the docs' other spelling. */
  form: 'name' | 'id' | 'alias';
  /** Omitted means `full` (the contract's default). `view` is invalid for TBA permissions. */
  level?: 'full' | 'none' | 'view';
}

export interface RoleSpec {
  name: string;
  id: string;
  administrator: boolean;
  wso: boolean;
  /** The Single Sign-On Only box. */
  sso: boolean;
  inactive: boolean;
  grants: GrantSpec[];
  /** A highly privileged non-TBA permission or a 2FA line: noise that must not change decisions. */
  noise: 'none' | 'kernel' | 'two-factor';
  oneLine: boolean;
}

export interface RoleRefSpec {
  /** Index into the account's roles; -1 names a role the account never declares. */
  role: number;
  /** Quoted name, quoted name in other case with spaces around, or bare id. */
  form: 'name' | 'fuzzy' | 'id';
}

export interface UserSpec {
  name: string;
  roles: RoleRefSpec[];
  inactive: boolean;
  oneLine: boolean;
}

/** An integration record: each box written checked, unchecked, or left to its default. */
export interface IntegrationSpec {
  name: string;
  /** The Token-based Authentication box (checked when not written). */
  tba: 'absent' | 'enabled' | 'disabled';
  /** Enabled when not written. */
  state: 'absent' | 'enabled' | 'blocked' | 'waiting-for-approval';
  /** The "TBA: Authorization Flow" box (unchecked when not written). */
  authorizationFlow: 'absent' | 'enabled' | 'disabled';
  callbackUrl: boolean;
  /** The "TBA: IssueToken Endpoint" box (unchecked when not written). */
  issueTokenEndpoint: 'absent' | 'enabled' | 'disabled';
  oneLine: boolean;
}

export interface AccountSpec {
  /** No account block, a block without the feature line, or the feature line's value. */
  tba: 'absent' | 'block-only' | 'enabled' | 'disabled';
  roles: RoleSpec[];
  users: UserSpec[];
  integrations: IntegrationSpec[];
  /** How questions name users and roles: as declared, in other case with spaces, or roles by id. */
  ask: 'name' | 'fuzzy' | 'id';
}

/** Names no generated account declares: questions about them must be denied. */
export const GHOST_USER = 'ghost@example.com';
export const GHOST_ROLE = 'Ghost Role';
export const GHOST_INTEGRATION = 'Ghost App';

const PERM_NAME: Record<Perm, string> = { atm: 'Access Token Management', uat: 'User Access Tokens', login: 'Log in using Access Tokens' };
const PERM_ID: Record<Perm, string> = { atm: 'ADMI_MANAGE_OAUTH_TOKENS', uat: 'ADMI_MANAGE_OWN_OAUTH_TOKENS', login: 'ADMI_LOGIN_OAUTH' };
// netsuite-facts.md: "The docs sometimes write "User Access Token" singular for the same permission."
const PERM_ALIAS: Record<Perm, string> = { ...PERM_NAME, uat: 'User Access Token' };

/**
 * Whether the role holds the permission: only a `full` grant (written or defaulted) counts, and of
 * a permission written twice only the first line (language contract v2, "Duplicate lines").
 */
export function holds(role: RoleSpec, perm: Perm): boolean {
  const first = role.grants.find((g) => g.perm === perm);
  return first !== undefined && (first.level ?? 'full') === 'full';
}

const oneGrant = (perm: Perm): fc.Arbitrary<GrantSpec> =>
  fc
    .record({
      form: fc.constantFrom<GrantSpec['form']>('name', 'id', 'alias'),
      level: fc.constantFrom<GrantSpec['level']>(undefined, undefined, 'full', 'full', 'none', 'view'),
    })
    .map((g) => ({ perm, form: g.form, ...(g.level ? { level: g.level } : {}) }));

// Mostly zero or one grant per permission; sometimes two (a duplicate, possibly at another level).
const grantArb = (perm: Perm): fc.Arbitrary<GrantSpec[]> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant<GrantSpec[]>([]) },
    { weight: 7, arbitrary: oneGrant(perm).map((g) => [g]) },
    { weight: 1, arbitrary: fc.tuple(oneGrant(perm), oneGrant(perm)).map((gs) => [...gs]) },
  );

const roleArb = (i: number): fc.Arbitrary<RoleSpec> =>
  fc
    .record({
      admin: fc.integer({ min: 0, max: 5 }),
      wso: fc.integer({ min: 0, max: 4 }),
      sso: fc.integer({ min: 0, max: 5 }),
      inactive: fc.integer({ min: 0, max: 7 }),
      atm: grantArb('atm'),
      uat: grantArb('uat'),
      login: grantArb('login'),
      order: fc.boolean(),
      noise: fc.constantFrom<RoleSpec['noise']>('none', 'none', 'kernel', 'two-factor'),
      oneLine: fc.boolean(),
    })
    .map((r) => {
      const grants = [...r.atm, ...r.uat, ...r.login];
      return {
        name: `Role ${String.fromCharCode(65 + i)}`,
        id: `customrole_${String.fromCharCode(97 + i)}`,
        // Roughly one role in six is an administrator, one in five web-services-only, one in eight inactive.
        administrator: r.admin === 0,
        wso: r.wso === 0,
        sso: r.sso === 0,
        inactive: r.inactive === 0,
        grants: r.order ? grants : grants.reverse(),
        noise: r.noise,
        oneLine: r.oneLine,
      };
    });

const userArb = (i: number, roleCount: number): fc.Arbitrary<UserSpec> =>
  fc.record({
    name: fc.constant(`user${i}@example.com`),
    roles: fc.uniqueArray(
      fc.record({ role: fc.integer({ min: -1, max: roleCount - 1 }), form: fc.constantFrom<RoleRefSpec['form']>('name', 'name', 'fuzzy', 'id') }),
      { minLength: 1, maxLength: Math.min(4, roleCount), selector: (r) => r.role },
    ),
    inactive: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    oneLine: fc.boolean(),
  });

const box = fc.constantFrom<'absent' | 'enabled' | 'disabled'>('absent', 'enabled', 'enabled', 'disabled');

const integrationArb = (i: number): fc.Arbitrary<IntegrationSpec> =>
  fc.record({
    name: fc.constant(`App ${String.fromCharCode(65 + i)}`),
    tba: fc.constantFrom<IntegrationSpec['tba']>('absent', 'enabled', 'enabled', 'enabled', 'disabled'),
    state: fc.constantFrom<IntegrationSpec['state']>('absent', 'enabled', 'enabled', 'blocked', 'waiting-for-approval'),
    authorizationFlow: box,
    callbackUrl: fc.boolean(),
    issueTokenEndpoint: box,
    oneLine: fc.boolean(),
  });

/** Random accounts: 1–`maxRoles` roles, 1–`maxUsers` users holding random roles, 0–3 integrations. */
export function accountArb(maxRoles = 5, maxUsers = 5): fc.Arbitrary<AccountSpec> {
  return fc
    .record({
      // Disabled only one time in eight: it denies everything, so it teaches little more than once.
      tba: fc.constantFrom<AccountSpec['tba']>('absent', 'absent', 'block-only', 'enabled', 'enabled', 'enabled', 'enabled', 'disabled'),
      roleCount: fc.integer({ min: 1, max: maxRoles }),
      userCount: fc.integer({ min: 1, max: maxUsers }),
      integrationCount: fc.integer({ min: 0, max: 3 }),
    })
    .chain(({ tba, roleCount, userCount, integrationCount }) =>
      fc.record({
        tba: fc.constant(tba),
        ask: fc.constantFrom<AccountSpec['ask']>('name', 'name', 'fuzzy', 'id'),
        roles: fc.tuple(...Array.from({ length: roleCount }, (_, i) => roleArb(i))),
        users: fc.tuple(...Array.from({ length: userCount }, (_, i) => userArb(i, roleCount))),
        integrations: fc.tuple(...Array.from({ length: integrationCount }, (_, i) => integrationArb(i))),
      }),
    );
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function roleRef(spec: AccountSpec, ref: RoleRefSpec): string {
  if (ref.role < 0) return quote(GHOST_ROLE);
  const r = spec.roles[ref.role];
  if (ref.form === 'id') return r.id;
  if (ref.form === 'fuzzy') return quote(`  ${r.name.toUpperCase()} `);
  return quote(r.name);
}

function block(head: string, lines: string[], oneLine: boolean): string {
  if (lines.length === 0) return `${head} {}`;
  return oneLine ? `${head} { ${lines.join('; ')} }` : `${head} {\n${lines.map((l) => `  ${l}`).join('\n')}\n}`;
}

function permRef(g: GrantSpec): string {
  if (g.form === 'id') return PERM_ID[g.perm];
  return quote(g.form === 'alias' ? PERM_ALIAS[g.perm] : PERM_NAME[g.perm]);
}

/** The role's name in a question, written the way the account's questions are asked. */
export function askRole(spec: AccountSpec, name: string): string {
  const r = spec.roles.find((x) => x.name === name);
  if (spec.ask === 'id') return r ? r.id : 'customrole_ghost';
  return spec.ask === 'fuzzy' ? ` ${name.toUpperCase()}  ` : name;
}

/** An integration's name in a question: as declared, or in other case with spaces. */
export function askIntegration(spec: AccountSpec, name: string): string {
  return spec.ask === 'fuzzy' ? ` ${name.toUpperCase()} ` : name;
}

/** The user's name in a question, written the way the account's questions are asked. */
export function askUser(spec: AccountSpec, name: string): string {
  return spec.ask === 'fuzzy' ? `  ${name.toUpperCase()} ` : name;
}

/** The account as `.nsroles` text. */
export function render(spec: AccountSpec): string {
  const out: string[] = ['# generated by test/differential/account.ts'];
  if (spec.tba === 'block-only') out.push(`account ${quote('Generated')} {}`);
  else if (spec.tba !== 'absent') out.push(block(`account ${quote('Generated')}`, [`token-based-authentication ${spec.tba}`], false));
  for (const r of spec.roles) {
    const lines = [`id ${r.id}`];
    if (r.administrator) lines.push('administrator');
    for (const g of r.grants) lines.push(`permission ${permRef(g)}${g.level ? ` ${g.level}` : ''}`);
    if (r.wso) lines.push('web-services-only');
    if (r.sso) lines.push('single-sign-on-only');
    if (r.inactive) lines.push('inactive');
    if (r.noise === 'kernel') lines.push('permission ADMI_KERNEL full');
    if (r.noise === 'two-factor') lines.push('two-factor required');
    out.push(block(`role ${quote(r.name)}`, lines, r.oneLine));
  }
  for (const u of spec.users) {
    const lines = u.roles.map((ref) => `role ${roleRef(spec, ref)}`);
    if (u.inactive) lines.push('inactive');
    out.push(block(`user ${quote(u.name)}`, lines, u.oneLine));
  }
  for (const i of spec.integrations) {
    const lines: string[] = [];
    if (i.tba !== 'absent') lines.push(`token-based-authentication ${i.tba}`);
    if (i.state !== 'absent') lines.push(`state ${i.state}`);
    if (i.authorizationFlow !== 'absent') lines.push(`authorization-flow ${i.authorizationFlow}`);
    if (i.callbackUrl) lines.push(`callback-url ${quote('https://app.example.com/callback')}`);
    if (i.issueTokenEndpoint !== 'absent') lines.push(`issuetoken-endpoint ${i.issueTokenEndpoint}`);
    out.push(block(`integration ${quote(i.name)}`, lines, i.oneLine));
  }
  return out.join('\n') + '\n';
}

/**
 * Deterministic synthetic NetSuite accounts for the benchmarks, written twice: as `.nsroles`
 * (an entry file that includes a roles file and an integrations file) and as the same data in
 * YAML, checked by the JSON Schema in bench/yaml/schema.json.
 *
 * Usage: npx tsx bench/generate.ts [OUT_DIR]   (default: DATA_DIR)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accountSchema } from './yaml/schema';

/** A place in a file, as LSP counts it (0-based). */
export interface Pos {
  line: number;
  character: number;
}

/** Where the benchmarks edit, hover and complete, in both spellings of the account. */
export interface Sites {
  /** Just before the closing quote of a role reference in a user block mid-file. */
  edit: Pos;
  /** Inside that role reference's name. */
  hover: Pos;
  /** Just after the opening quote of that role reference. */
  completion: Pos;
}

export interface GeneratedAccount {
  label: string;
  scenario: Scenario;
  /** File name → text; `account.nsroles` is the entry. */
  nsroles: Record<string, string>;
  /** The same data as YAML; `account.yaml` mirrors the entry file. */
  yaml: Record<string, string>;
  sites: { nsroles: Sites; yaml: Sites };
  counts: { roles: number; users: number; integrations: number; tokens: number; expects: number };
  /** For simulate / who-can: a manager who may issue a token for a service user. */
  query: { manager: string; managerRole: string; serviceUser: string; serviceRole: string };
}

/**
 * Outside the repository and outside any dot folder: yaml-language-server's schema globs
 * (picomatch `**`) never match a path through a folder whose name starts with a dot.
 */
export const DATA_DIR = path.join(os.tmpdir(), 'nsroles-bench', 'accounts');

export const ENTRY = { nsroles: 'account.nsroles', yaml: 'account.yaml' };

/**
 * `clean`: a well-kept account (about 1.3 findings per 100 lines). `broken`: the same kind of
 * account in the middle of a refactor — some expect lines state the opposite of the decision,
 * a few login roles have a mistyped permission (so their tokens and expect lines fail too),
 * more roles forget two-factor authentication or keep a redundant login permission, and some
 * users list a role twice: about 10 findings per 100 lines, most of them failing expect lines.
 */
export type Scenario = 'clean' | 'broken';
export const SCENARIOS: Scenario[] = ['clean', 'broken'];
export const SIZES = [
  { label: '1k', lines: 1_000 },
  { label: '10k', lines: 10_000 },
  { label: '100k', lines: 100_000 },
];

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'admin' | 'manager' | 'restlet' | 'soap' | 'developer' | 'ordinary';

interface Role {
  name: string;
  id?: string;
  kind: Kind;
  inactive: boolean;
  /** [name or id, level or undefined] as written. */
  permissions: [string, string | undefined][];
  twoFactor?: 'required' | 'not-required';
  webServicesOnly: boolean;
  /** Written with an ignore comment above its unknown permission. */
  ignoreUnknown: boolean;
}

interface User {
  name: string;
  roles: Role[];
  /** How each role is referenced: quoted name, bare id, or a typo. */
  refs: string[];
  bare: boolean[];
  inactive: boolean;
  oneLine: boolean;
}

const FIRST = [
  'ana',
  'ben',
  'chloe',
  'dev',
  'emma',
  'femi',
  'gus',
  'hana',
  'ivan',
  'jade',
  'kofi',
  'lena',
  'mo',
  'nia',
  'omar',
  'pia',
  'quinn',
  'raj',
  'sara',
  'tom',
  'uma',
  'vic',
  'wen',
  'xavi',
  'yara',
  'zoe',
];
const LAST = [
  'adams',
  'baker',
  'chen',
  'diaz',
  'evans',
  'fox',
  'garcia',
  'haas',
  'ito',
  'jones',
  'khan',
  'lopez',
  'meyer',
  'novak',
  'okafor',
  'park',
  'rossi',
  'silva',
  'tanaka',
  'weber',
];
const SYSTEMS = ['orders', 'inventory', 'payments', 'reports', 'crm', 'shipping', 'payroll', 'edi', 'tax', 'billing'];
const ORDINARY = ['Accountant', 'Sales Rep', 'Support Analyst', 'Warehouse Clerk', 'Buyer', 'Controller', 'AP Clerk', 'AR Clerk', 'Marketing', 'Auditor'];
const PRIVILEGED = ['View Unencrypted Credit Cards', 'Set Up SAML Single Sign-on', 'ADMI_DEVICE_ID', 'Integration Application'];
const UNKNOWN = ['Lists: Customers', 'Reports: Financial Statements', 'Transactions: Sales Order'];

/** Builds one account of about `lines` lines in the entry file. */
export function generateAccount(label: string, lines: number, seed = 7, scenario: Scenario = 'clean'): GeneratedAccount {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const broken = scenario === 'broken';
  // A second stream for the broken scenario's mistakes, so the clean account's draws stay as they were.
  const slip = prng(seed * 31 + 1);
  const mistake = (p: number) => broken && slip() < p;

  const roles = makeRoles(Math.max(12, Math.round(lines / 60)), rnd, chance);
  if (broken) breakRoles(roles, slip);
  const byKind = (k: Kind) => roles.filter((r) => r.kind === k && !r.inactive);
  const integrations = Array.from({ length: Math.max(4, Math.round(lines / 200)) }, (_, i) => ({
    name: `${pick(SYSTEMS)} bridge ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
    tba: !chance(0.01),
    state: chance(0.97) ? 'enabled' : pick(['blocked', 'waiting-for-approval']),
  }));
  const users = makeUsers(Math.round(lines / 10), roles, rnd, chance, pick);
  // A role listed twice in a user block (NSR-DUPLICATE), as after merging two edits.
  for (const u of users) if (!u.oneLine && mistake(0.1)) (u.roles.push(u.roles[0]), u.refs.push(u.refs[0]), u.bare.push(u.bare[0]));

  const active = users.filter((u) => !u.inactive);
  const holders = (k: Kind) => active.filter((u) => u.roles.some((r) => r.kind === k && !r.inactive));
  const managers = holders('manager');
  const services = holders('restlet')
    .concat(holders('soap'))
    .filter((u) => u.name.startsWith('svc-'));
  const developers = holders('developer');
  const roleOf = (u: User, k: Kind) => u.roles.find((r) => r.kind === k && !r.inactive)!;
  const loginRole = (u: User) => u.roles.find((r) => (r.kind === 'restlet' || r.kind === 'soap') && !r.inactive)!;

  const tokens = Array.from({ length: Math.round(lines / 10) }, (_, i) => {
    const dev = chance(0.15) && developers.length > 0;
    const user = dev ? pick(developers) : pick(services);
    let role = dev ? roleOf(user, 'developer') : loginRole(user);
    if (chance(0.01)) role = pick(byKind('restlet')); // a token whose user lacks its role
    return {
      name: `${user.name.replace(/@.*/, '')}-${role.kind}-${i + 1}`,
      user: user.name,
      role: role.name,
      integration: pick(integrations).name,
      createdBy: dev ? user.name : chance(0.8) ? pick(managers).name : undefined,
      revoked: chance(0.1),
    };
  });

  const expects: string[][] = [];
  for (let i = 0; i < Math.round(lines * 0.14); i++) {
    const t = rnd();
    if (t < 0.3) {
      const s = pick(services);
      const r = loginRole(s);
      expects.push([s.name, r.name, r.webServicesOnly ? 'cannot' : 'can', 'restlet-login']);
    } else if (t < 0.45) {
      const s = pick(services);
      expects.push([s.name, loginRole(s).name, 'can', 'web-services-login']);
    } else if (t < 0.7) {
      const m = pick(managers);
      const s = pick(services);
      expects.push([m.name, roleOf(m, 'manager').name, 'can', 'issue-token', 'for', s.name, loginRole(s).name]);
    } else if (t < 0.8) {
      const m = pick(managers);
      expects.push([m.name, roleOf(m, 'manager').name, 'cannot', 'restlet-login']);
    } else if (t < 0.9) {
      const d = pick(developers);
      expects.push([d.name, roleOf(d, 'developer').name, 'can', 'issue-token']);
    } else {
      const s = pick(services);
      expects.push([s.name, loginRole(s).name, 'cannot', 'issue-token', 'via', 'issuetoken-endpoint']);
    }
  }

  // Expectations written before the change they describe: the opposite of the decision.
  if (broken) for (const e of expects) if (slip() < 0.5) e[2] = e[2] === 'can' ? 'cannot' : 'can';

  const w = new Writers();
  writeRoles(w, roles);
  writeIntegrations(w, integrations);
  // The edit, hover and completion happen on a user block half way through the users.
  const eligible = (u: User) => !u.oneLine && !u.bare[0] && u.refs[0] === u.roles[0].name;
  const target = users.slice(Math.floor(users.length / 2)).find(eligible) ?? users.find(eligible)!;
  const sites = writeEntry(w, users, tokens, expects, target);

  const m = managers[0];
  const s = services[0];
  return {
    label,
    scenario,
    nsroles: w.ns.files(),
    yaml: w.ya.files(),
    sites,
    counts: { roles: roles.length, users: users.length, integrations: integrations.length, tokens: tokens.length, expects: expects.length },
    query: { manager: m.name, managerRole: roleOf(m, 'manager').name, serviceUser: s.name, serviceRole: loginRole(s).name },
  };
}

function makeRoles(n: number, rnd: () => number, chance: (p: number) => boolean): Role[] {
  const roles: Role[] = [
    { name: 'Administrator', kind: 'admin', inactive: false, permissions: [], twoFactor: 'required', webServicesOnly: false, ignoreUnknown: false },
  ];
  const kinds: [Kind, number][] = [
    ['manager', 0.06],
    ['restlet', 0.2],
    ['soap', 0.1],
    ['developer', 0.1],
    ['ordinary', 1],
  ];
  for (let i = 1; i < n; i++) {
    const t = rnd();
    let acc = 0;
    const kind = kinds.find(([, p]) => (acc += p) > t)![0];
    // The first few roles cover every kind, so small accounts have each.
    const k: Kind = i <= 4 ? (['manager', 'restlet', 'soap', 'developer'] as Kind[])[i - 1] : kind;
    roles.push(makeRole(k, i, chance, rnd));
  }
  return roles;
}

/** The broken scenario's role mistakes, made after the roles are drawn. */
function breakRoles(roles: Role[], slip: () => number): void {
  for (const r of roles) {
    if (r.kind === 'restlet' && slip() < 0.12) r.permissions = r.permissions.map(([p, l]) => [p === 'ADMI_LOGIN_OAUTH' ? 'ADMI_LOGIN_OAUTHS' : p, l]);
    else if (r.kind === 'ordinary' && r.permissions.some(([p]) => PRIVILEGED.includes(p)) && slip() < 0.2) r.twoFactor = undefined;
    else if (r.kind === 'developer' && slip() < 0.25 && r.permissions.length === 1) r.permissions.push(['Log in using Access Tokens', 'full']);
  }
}

function makeRole(kind: Kind, i: number, chance: (p: number) => boolean, rnd: () => number): Role {
  const base = { kind, inactive: false, permissions: [] as [string, string | undefined][], webServicesOnly: false, ignoreUnknown: false };
  switch (kind) {
    case 'manager':
      return {
        ...base,
        name: `Integration Manager ${i}`,
        id: `customrole_integration_manager_${i}`,
        permissions: [['Access Token Management', 'full']],
        twoFactor: 'required',
      };
    case 'restlet': {
      const r: Role = { ...base, name: `RESTlet Integration ${i}`, id: `customrole_restlet_${i}`, permissions: [['ADMI_LOGIN_OAUTH', undefined]] };
      if (chance(0.3)) r.twoFactor = 'not-required';
      return r;
    }
    case 'soap':
      return {
        ...base,
        name: `SOAP Sync ${i}`,
        id: `customrole_soap_sync_${i}`,
        permissions: [['Log in using Access Tokens', undefined]],
        webServicesOnly: true,
      };
    case 'developer': {
      const r: Role = { ...base, name: `Developer ${i}`, id: `customrole_developer_${i}`, permissions: [['User Access Tokens', 'full']] };
      if (chance(0.05)) r.permissions.push(['Log in using Access Tokens', 'full']); // redundant: a warning
      return r;
    }
    case 'admin':
    case 'ordinary': {
      const r: Role = { ...base, name: `${ORDINARY[i % ORDINARY.length]} ${i}`, inactive: chance(0.03) };
      if (chance(0.7)) r.id = `customrole_${ORDINARY[i % ORDINARY.length].toLowerCase().replace(/ /g, '_')}_${i}`;
      const t = rnd();
      if (t < 0.3) {
        r.permissions.push([PRIVILEGED[i % PRIVILEGED.length], 'view']);
        if (!chance(0.05)) r.twoFactor = 'required'; // a few forget it: an error
      } else if (t < 0.36) {
        r.permissions.push([UNKNOWN[i % UNKNOWN.length], 'view']);
        r.ignoreUnknown = chance(0.5);
      } else if (t < 0.5) {
        r.twoFactor = 'not-required';
      } else if (t < 0.55) {
        r.permissions.push(['Log in using Access Tokens', 'none']);
      }
      return r;
    }
  }
}

function makeUsers(n: number, roles: Role[], rnd: () => number, chance: (p: number) => boolean, pick: <T>(xs: readonly T[]) => T): User[] {
  const of = (k: Kind) => roles.filter((r) => r.kind === k);
  const [admin, managers, restlet, soap, developers, ordinary] = [of('admin'), of('manager'), of('restlet'), of('soap'), of('developer'), of('ordinary')];
  const users: User[] = [];
  for (let i = 0; i < n; i++) {
    let name: string;
    let held: Role[];
    if (i < 2) {
      name = i === 0 ? 'ana.admin@acme.com' : 'ben.manager@acme.com';
      held = i === 0 ? [admin[0]] : [managers[0], pick(ordinary)];
    } else if (i < 4 || chance(0.25)) {
      name = `svc-${pick(SYSTEMS)}-${i}`;
      held = [i === 2 ? restlet[0] : i === 3 ? soap[0] : chance(0.65) ? pick(restlet) : pick(soap)];
    } else {
      name = `${pick(FIRST)}.${pick(LAST)}${i}@acme.com`;
      const t = rnd();
      held = [pick(ordinary)];
      if (t < 0.06) held.push(pick(managers));
      else if (t < 0.18) held.push(pick(developers));
      else if (t < 0.19) held = [admin[0]];
      while (chance(0.3) && held.length < 4) held.push(pick(ordinary));
      held = [...new Set(held)];
    }
    const u: User = { name, roles: held, refs: [], bare: [], inactive: i >= 4 && chance(0.03), oneLine: held.length <= 2 && chance(0.4) };
    for (const r of held) {
      const bare = r.id !== undefined && chance(0.05);
      u.bare.push(bare);
      u.refs.push(bare ? r.id! : chance(0.002) ? typo(r.name) : r.name);
    }
    users.push(u);
  }
  return users;
}

/** A one-letter slip, for did-you-mean findings. */
function typo(s: string): string {
  return s.slice(0, 2) + s.slice(3);
}

/** Collects the lines of each file, in both spellings. */
class Writer {
  private readonly out = new Map<string, string[]>();
  current: string[] = [];

  file(name: string): void {
    this.current = [];
    this.out.set(name, this.current);
  }

  line(s: string): number {
    this.current.push(s);
    return this.current.length - 1;
  }

  files(): Record<string, string> {
    return Object.fromEntries([...this.out].map(([k, v]) => [k, v.join('\n') + '\n']));
  }
}

class Writers {
  readonly ns = new Writer();
  readonly ya = new Writer();
  comment(s: string): void {
    this.ns.line(`# ${s}`);
    this.ya.line(`# ${s}`);
  }
}

const q = (s: string) => JSON.stringify(s);
/** Plain YAML scalars where safe (as people write them), quoted otherwise. */
const y = (s: string) => (/^[A-Za-z0-9][\w .@-]*$/.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s) ? s : q(s));

function writeRoles(w: Writers, roles: Role[]): void {
  w.ns.file('roles.nsroles');
  w.ya.file('roles.yaml');
  w.comment('Roles shared by every account of the company.');
  w.ns.line('');
  w.ya.line('roles:');
  for (const r of roles) {
    w.ns.line(`role ${q(r.name)} {`);
    w.ya.line(`  - name: ${y(r.name)}`);
    if (r.kind === 'admin') {
      w.ns.line('  administrator');
      w.ya.line('    administrator: true');
    }
    if (r.id) {
      w.ns.line(`  id ${r.id}`);
      w.ya.line(`    id: ${r.id}`);
    }
    if (r.permissions.length) w.ya.line('    permissions:');
    for (const [p, level] of r.permissions) {
      if (r.ignoreUnknown && UNKNOWN.includes(p)) {
        w.ns.line('  # nsroles-ignore NSR-UNKNOWN-PERMISSION');
        w.ya.line('      # nsroles-ignore NSR-UNKNOWN-PERMISSION');
      }
      const ref = /^[A-Z_0-9]+$/.test(p) ? p : q(p);
      w.ns.line(`  permission ${ref}${level ? ` ${level}` : ''}`);
      w.ya.line(`      - { permission: ${y(p)}${level ? `, level: ${level}` : ''} }`);
    }
    if (r.twoFactor) {
      w.ns.line(`  two-factor ${r.twoFactor}`);
      w.ya.line(`    two-factor: ${r.twoFactor}`);
    }
    if (r.webServicesOnly) {
      w.ns.line('  web-services-only');
      w.ya.line('    web-services-only: true');
    }
    if (r.inactive) {
      w.ns.line('  inactive');
      w.ya.line('    inactive: true');
    }
    w.ns.line('}');
  }
}

function writeIntegrations(w: Writers, list: { name: string; tba: boolean; state: string }[]): void {
  w.ns.file('integrations.nsroles');
  w.ya.file('integrations.yaml');
  w.comment('Integration records (Setup > Integration > Manage Integrations).');
  w.ya.line('integrations:');
  for (const i of list) {
    w.ns.line(`integration ${q(i.name)} {`);
    w.ns.line(`  token-based-authentication ${i.tba ? 'enabled' : 'disabled'}`);
    w.ns.line(`  state ${i.state}`);
    w.ns.line('}');
    w.ya.line(`  - name: ${y(i.name)}`);
    w.ya.line(`    token-based-authentication: ${i.tba ? 'enabled' : 'disabled'}`);
    w.ya.line(`    state: ${i.state}`);
  }
}

interface Token {
  name: string;
  user: string;
  role: string;
  integration: string;
  createdBy?: string;
  revoked: boolean;
}

function writeEntry(w: Writers, users: User[], tokens: Token[], expects: string[][], target: User): { nsroles: Sites; yaml: Sites } {
  const { ns, ya } = w;
  ns.file(ENTRY.nsroles);
  ya.file(ENTRY.yaml);
  w.comment('Acme Production: who may create, manage and use access tokens.');
  w.comment('Generated by bench/generate.ts: synthetic data for the benchmarks.');
  ns.line('include "roles.nsroles"');
  ns.line('include "integrations.nsroles"');
  ns.line('');
  ns.line('account "Acme Production" {');
  ns.line('  token-based-authentication enabled');
  ns.line('}');
  ya.line('include:');
  ya.line('  - roles.yaml');
  ya.line('  - integrations.yaml');
  ya.line('account:');
  ya.line('  name: Acme Production');
  ya.line('  token-based-authentication: enabled');
  ns.line('');
  let sites: { nsroles: Sites; yaml: Sites } | undefined;

  w.comment('People and service users');
  ya.line('users:');
  users.forEach((u, i) => {
    if (i > 0 && i % 25 === 0) w.comment(`Users ${i + 1}–${Math.min(i + 25, users.length)}`);
    const refs = u.refs.map((r, j) => (u.bare[j] ? r : q(r)));
    if (u.oneLine) {
      const props = refs.map((r) => `role ${r}`).concat(u.inactive ? ['inactive'] : []);
      ns.line(`user ${q(u.name)} { ${props.join('; ')} }`);
      ya.line(`  - { name: ${y(u.name)}, roles: [${u.refs.map(y).join(', ')}]${u.inactive ? ', inactive: true' : ''} }`);
      return;
    }
    ns.line(`user ${q(u.name)} {`);
    ya.line(`  - name: ${y(u.name)}`);
    ya.line('    roles:');
    refs.forEach((r, j) => {
      const nsLine = ns.line(`  role ${r}`);
      const yaLine = ya.line(`      - ${y(u.refs[j])}`);
      if (u === target && j === 0) sites = siteOf(nsLine, '  role "', u.refs[0], yaLine, '      - ');
    });
    if (u.inactive) {
      ns.line('  inactive');
      ya.line('    inactive: true');
    }
    ns.line('}');
  });

  ns.line('');
  w.comment('Access tokens in use');
  ya.line('tokens:');
  for (const t of tokens) {
    ns.line(`token ${q(t.name)} {`);
    ns.line(`  user ${q(t.user)}`);
    ns.line(`  role ${q(t.role)}`);
    ns.line(`  integration ${q(t.integration)}`);
    if (t.createdBy) ns.line(`  created-by ${q(t.createdBy)}`);
    if (t.revoked) ns.line('  revoked');
    ns.line('}');
    ya.line(`  - name: ${y(t.name)}`);
    ya.line(`    user: ${y(t.user)}`);
    ya.line(`    role: ${y(t.role)}`);
    ya.line(`    integration: ${y(t.integration)}`);
    if (t.createdBy) ya.line(`    created-by: ${y(t.createdBy)}`);
    if (t.revoked) ya.line('    revoked: true');
  }

  ns.line('');
  w.comment('What must hold');
  ya.line('expects:');
  for (const e of expects) {
    const [user, role, verb, action, kw, a, b] = e;
    let tail = '';
    let ytail = '';
    if (kw === 'for') {
      tail = ` for ${q(a)} as ${q(b)}`;
      ytail = `, for: { user: ${y(a)}, as: ${y(b)} }`;
    } else if (kw === 'via') {
      tail = ` via ${a}`;
      ytail = `, via: ${a}`;
    }
    ns.line(`expect ${q(user)} as ${q(role)} ${verb} ${action}${tail}`);
    ya.line(`  - { user: ${y(user)}, as: ${y(role)}, expect: ${verb}, action: ${action}${ytail} }`);
  }
  return sites!;
}

function siteOf(nsLine: number, nsPrefix: string, name: string, yaLine: number, yaPrefix: string): { nsroles: Sites; yaml: Sites } {
  const at = (line: number, prefix: string): Sites => ({
    completion: { line, character: prefix.length },
    hover: { line, character: prefix.length + Math.floor(name.length / 2) },
    edit: { line, character: prefix.length + name.length },
  });
  return { nsroles: at(nsLine, nsPrefix), yaml: at(yaLine, yaPrefix) };
}

/** Writes every size under `outDir/<label>/`, plus the schema; returns the accounts. */
export function writeAccounts(outDir: string, sizes = SIZES, scenario: Scenario = 'clean'): GeneratedAccount[] {
  const schemaFile = path.join(__dirname, 'yaml', 'schema.json');
  const schema = JSON.stringify(accountSchema(), null, 2) + '\n';
  // Compared as data: the committed file is laid out by Prettier, which a rewrite would undo.
  const same = fs.existsSync(schemaFile) && JSON.stringify(JSON.parse(fs.readFileSync(schemaFile, 'utf8'))) === JSON.stringify(accountSchema());
  if (!same) fs.writeFileSync(schemaFile, schema);
  return sizes.map(({ label, lines }) => {
    const acc = generateAccount(label, lines, 7, scenario);
    const dir = accountDir(outDir, acc);
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries({ ...acc.nsroles, ...acc.yaml })) fs.writeFileSync(path.join(dir, name), text);
    return acc;
  });
}

/** `outDir/<label>` for the clean accounts (as before), `outDir/broken-<label>` for the others. */
export function accountDir(outDir: string, acc: { label: string; scenario: Scenario }): string {
  return path.join(outDir, acc.scenario === 'clean' ? acc.label : `${acc.scenario}-${acc.label}`);
}

export function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? DATA_DIR);
  for (const a of SCENARIOS.flatMap((s) => writeAccounts(out, SIZES, s))) {
    const n = (files: Record<string, string>) => Object.values(files).reduce((s, t) => s + lineCount(t), 0);
    console.log(
      `${a.scenario} ${a.label}: ${lineCount(a.nsroles[ENTRY.nsroles])} entry lines, ${n(a.nsroles)} .nsroles lines, ${n(a.yaml)} YAML lines; ${JSON.stringify(a.counts)}`,
    );
  }
  console.log(`wrote ${out}`);
}

import { ATM, LOGIN, UAT, type TbaPermissionId } from '../../../shared/protocol/vocabulary';
import { PERMISSION_CATEGORIES, PERMISSION_LIST_SOURCE, PERMISSION_TABLE } from './generated/netsuite-permissions';
// The three TBA permission IDs the engine simulates are part of the protocol's vocabulary.
export { ATM, LOGIN, UAT, type TbaPermissionId } from '../../../shared/protocol/vocabulary';

/** Levels NetSuite uses for permissions, weakest first. */
export const LEVELS = ['none', 'view', 'create', 'edit', 'full'] as const;
export type Level = (typeof LEVELS)[number];

/** Where NetSuite's permission list comes from (generated from data/netsuite-permissions/). */
export const PERMISSION_LIST = {
  title: 'Permission Names and IDs',
  url: PERMISSION_LIST_SOURCE,
  via: "Oracle's SuiteCloud SDK (permissions.json, Universal Permissive License 1.0)",
} as const;

/**
 * Which permissions make a role highly privileged. Oracle's page "Permissions Requiring
 * Two-Factor Authentication (2FA)" renders its list blank, so the list is a third party's
 * reproduction of it: the 2FA rules that use it are inferred.
 */
export const HIGHLY_PRIVILEGED_LIST = {
  basis: 'inferred',
  from: 'the list of permissions requiring 2FA as reproduced by a third party (netsuitechangelog.com, "Permissions Requiring Two-Factor Authentication in NetSuite"); Oracle\'s own page "Permissions Requiring Two-Factor Authentication (2FA)" renders that list blank',
  short: "a third party's copy (netsuitechangelog.com) of NetSuite's list of permissions requiring 2FA, which Oracle's page renders blank",
  url: 'https://netsuitechangelog.com/articles/permissions-two-factor-authentication',
  oracleUrl: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1515446005.html',
} as const;

export interface PermissionCategory {
  /** The ID prefix: ADMI, LIST, REGT, REPO or TRAN. */
  prefix: string;
  label: string;
}

/** What the engine knows of one NetSuite permission. */
export interface PermissionInfo {
  /** The permission ID; empty for the two 2FA permissions NetSuite gives no ID. */
  id: string;
  /** The name shown in NetSuite (Setup subtab). */
  name: string;
  /** Other names of the same ID. */
  aliases: string[];
  /** From the ID's prefix; absent for a permission without an ID. */
  category?: PermissionCategory;
  levels: readonly Level[];
  /** One of the three permissions the simulator reasons about. */
  tba: boolean;
  /** Listed among the permissions that force two-factor authentication (see HIGHLY_PRIVILEGED_LIST). */
  highlyPrivileged: boolean;
  /** In NetSuite's published list (Oracle's permissions.json). */
  listed: boolean;
  summary?: string;
}

const TBA_LEVELS: readonly Level[] = ['none', 'full'];

/** Whether `id` is one of the three TBA permissions' IDs. */
export function isTbaId(id: string | undefined): id is TbaPermissionId {
  return id === ATM || id === UAT || id === LOGIN;
}

/** The three TBA permissions: their levels and what they do. */
const TBA: Record<TbaPermissionId, { summary: string; aliases: string[] }> = {
  [ATM]: { summary: 'Create, assign and manage access tokens for other users (not for Administrator roles, not for own use).', aliases: [] },
  [UAT]: { summary: 'Create and manage access tokens for the current user and current role.', aliases: ['User Access Token'] },
  [LOGIN]: { summary: 'Use access tokens to log in through RESTlets or web services.', aliases: [] },
};

/** The highly privileged permissions of HIGHLY_PRIVILEGED_LIST that have an ID. */
const HIGHLY_PRIVILEGED_IDS = [
  ATM,
  'ADMI_MANAGE_OAUTH2',
  'ADMI_KERNEL',
  'ADMI_TWOFACTORAUTHBASE',
  'ADMI_SAMLSSOSETUP',
  'ADMI_OIDCSETUP',
  'ADMI_OPENIDSSOSETUP',
  'ADMI_NSASOIDCPROVIDER',
  'ADMI_INTEGRAPP',
  'ADMI_DEVICE_ID',
];

/** Names the 2FA list writes differently from NetSuite's permission list. */
const EXTRA_ALIASES: Record<string, string[]> = { ADMI_OIDCSETUP: ['Set Up OpenID Connect (OIDC) Single Sign-on'] };

/** Whether a permission can give token or OAuth access: never the target of a preferred quick fix. */
const ACCESS_GRANTING = new Set([ATM, UAT, LOGIN, 'ADMI_LOGIN_OAUTH2', 'ADMI_MANAGE_OAUTH2']);

function build(): PermissionInfo[] {
  const categories = new Map(PERMISSION_CATEGORIES.map(([prefix, label]) => [prefix, { prefix, label }]));
  const out: PermissionInfo[] = [];
  for (const line of PERMISSION_TABLE.split('\n')) {
    const [id, name, ...aliases] = line.split('|');
    const tba = TBA[id as TbaPermissionId];
    out.push({
      id,
      name,
      aliases: [...aliases, ...(tba?.aliases ?? []), ...(EXTRA_ALIASES[id] ?? [])],
      category: categories.get(id.slice(0, id.indexOf('_'))),
      levels: tba ? TBA_LEVELS : LEVELS,
      tba: tba !== undefined,
      highlyPrivileged: HIGHLY_PRIVILEGED_IDS.includes(id),
      listed: true,
      summary: tba?.summary,
    });
  }
  // NetSuite's help gives no permission ID for these two; the name is the only handle.
  for (const name of ['View Unencrypted Credit Cards', 'View Unencrypted ACH Account Numbers']) {
    out.push({ id: '', name, aliases: [], levels: LEVELS, tba: false, highlyPrivileged: true, listed: false });
  }
  return out;
}

export const PERMISSIONS: readonly PermissionInfo[] = build();

const byKey = new Map<string, PermissionInfo>();
const byId = new Map<string, PermissionInfo>();
for (const p of PERMISSIONS) {
  if (p.id) {
    byKey.set(p.id.toLowerCase(), p);
    byId.set(p.id, p);
  }
  for (const n of [p.name, ...p.aliases]) if (!byKey.has(normalizeName(n))) byKey.set(normalizeName(n), p);
}

function normalizeName(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds a permission by its NetSuite name or alias (any case) or its permission ID (any case). */
export function findPermission(nameOrId: string): PermissionInfo | undefined {
  return byKey.get(normalizeName(nameOrId));
}

/** A permission by its exact ID, as NetSuite writes it. */
export function permissionById(id: string): PermissionInfo | undefined {
  return byId.get(id);
}

/** The stable key of a permission: its ID, or its name where NetSuite gives no ID. */
export function permissionKey(p: PermissionInfo): string {
  return p.id || p.name;
}

export function isLevel(s: string): s is Level {
  return (LEVELS as readonly string[]).includes(s);
}

/**
 * Whether a quick fix may be preferred (applied by a single keystroke or by fix-all) when it
 * writes this permission: never for one that gives token, OAuth or 2FA-relevant access.
 */
export function safeToPrefer(p: PermissionInfo): boolean {
  return !ACCESS_GRANTING.has(p.id) && !p.tba && !p.highlyPrivileged;
}

// ---- Permission references that are not NetSuite's permission IDs ----

/** Shaped like a NetSuite permission ID: capitals, a prefix, an underscore (`LIST_CUSTJOB`). */
export function isPermissionIdShape(s: string): boolean {
  return /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(s);
}

/**
 * Shaped like an ID in a `<permkey>`, which holds nothing but IDs: capitals and digits, with or
 * without an underscore. NetSuite's exports also carry IDs such as ADMINDOCS that have none.
 */
export function isPermkeyShape(s: string): boolean {
  return /^[A-Z][A-Z0-9_]*[A-Z0-9]$/.test(s);
}

/** A custom object a permission may name: a custom record type, transaction type or segment. */
export interface ObjectReference {
  scriptid: string;
  appid?: string;
  bundleid?: string;
  type?: string;
  /** `plain` for `customrecord_x`, `qualified` for `[scriptid=…]` and its forms. */
  form: 'plain' | 'qualified';
}

// Custom record types, segments, and transaction types: an SDF customtransactiontype's script ID
// starts with customtransaction, customsale or custompurchase, by the kind of transaction.
const OBJECT_SCRIPTID = /^(customrecord|customtransaction|customsale|custompurchase|customsegment|cseg)[a-z0-9_]*$/i;
const REFERENCE_KEYS = new Set(['scriptid', 'appid', 'bundleid', 'type']);

/**
 * Reads a permission that names a custom object: `customrecord_x`, `cseg_region`, or SDF's
 * references `[scriptid=…]`, `[appid=…, scriptid=…]`, `[type=…, scriptid=…]`. A bracketed text
 * that is no such reference gives `{ problem }`; anything else gives undefined.
 */
export function objectReference(s: string): ObjectReference | { problem: string } | undefined {
  const t = s.trim();
  if (OBJECT_SCRIPTID.test(t)) return { scriptid: t, form: 'plain' };
  if (!t.startsWith('[')) return undefined;
  if (!t.endsWith(']')) return { problem: "a reference ends with ']'" };
  const out: Partial<ObjectReference> & { form: 'qualified' } = { form: 'qualified' };
  for (const part of t.slice(1, -1).split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*([\w.-]+)\s*$/i.exec(part);
    if (!m) return { problem: `'${part.trim()}' is not written key=value` };
    const key = m[1].toLowerCase();
    if (!REFERENCE_KEYS.has(key)) return { problem: `'${m[1]}' is not a reference key (scriptid, appid, bundleid, type)` };
    if ((out as Record<string, unknown>)[key] !== undefined) return { problem: `${key} is given twice` };
    (out as Record<string, string>)[key] = m[2];
  }
  if (!out.scriptid) return { problem: 'a reference names its scriptid' };
  return out as ObjectReference;
}

// ---- Did-you-mean for IDs absent from the list ----

/** Whether two strings are one edit apart: a character changed, dropped, added, or two adjacent ones swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const ra = a.length - i - j;
  const rb = b.length - i - j;
  if (ra <= 1 && rb <= 1) return true;
  // One transposition: ab ↔ ba.
  return ra === 2 && rb === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/** The ID's part after its category prefix. */
function body(id: string): string {
  return id.slice(id.indexOf('_') + 1);
}

/**
 * The listed ID an unlisted, ID-shaped permkey is a typo of, if it plainly is one: exactly one
 * listed ID one edit away (a letter added, dropped, changed or swapped), where neither is the
 * other cut short or extended (ADMI_LOGIN_OAUTH2 is no typo of ADMI_LOGIN_OAUTH), the edit is
 * not in a number (REPO_940, REPO_941), and the ID is long enough to tell. NetSuite exports
 * some IDs its list lacks, so anything less plain gets no suggestion.
 */
export function typoOf(id: string): PermissionInfo | undefined {
  if (byId.has(id) || id.length < 8 || !isPermissionIdShape(id)) return undefined;
  let found: PermissionInfo | undefined;
  let count = 0;
  for (const p of byId.values()) {
    const k = p.id;
    // Cut short or extended (at either end of the part after the prefix): maybe another real ID.
    if (k.startsWith(id) || id.startsWith(k) || body(k).endsWith(body(id)) || body(id).endsWith(body(k))) return undefined;
    if (!oneEditApart(id, k) || /\d/.test(diffChars(id, k))) continue;
    count++;
    found = p;
  }
  return count === 1 ? found : undefined;
}

/** The characters where two strings differ, past their common prefix and suffix. */
function diffChars(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.slice(i, a.length - j) + b.slice(i, b.length - j);
}

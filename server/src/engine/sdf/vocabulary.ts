import { isPermissionIdShape, objectReference, PERMISSIONS, type PermissionInfo } from '../permissions';

/** `permlevel` values, weakest first (netsuite-facts.md). */
export const SDF_LEVELS = ['NONE', 'VIEW', 'CREATE', 'EDIT', 'FULL'] as const;
export type SdfLevel = (typeof SDF_LEVELS)[number];

/** `centertype` values of a role object: Oracle's role_centertype list. */
export const ROLE_CENTER_TYPES = [
  'ACCOUNTCENTER',
  'BASIC',
  'ENGINEERCENTER',
  'EXECUTIVE',
  'HR',
  'MARKETCENTER',
  'PARTNERCENTER',
  'PROJECTCENTER',
  'SALESCENTER',
  'SHIPPINGCENTER',
  'STOREMANAGER',
  'SUPPORTCENTER',
  'SYSADMINCENTER',
] as const;

/**
 * The centers of generic_centertype that NetSuite has roles of, though role_centertype lacks
 * them: Oracle names Employee Center, Partner Center, Vendor Center and Customer Center roles
 * (Designate Two-Factor Authentication Roles), and `suitecloud object:import` writes custom
 * roles of the Customer and Employee Centers with these values.
 */
export const CENTER_ROLE_TYPES = ['CUSTOMER', 'EMPLOYEE', 'PARTNER', 'VENDOR'] as const;

/** The Customer Center's `centertype`: NetSuite cannot make such a role 2FA-required. */
export const CUSTOMER_CENTER = 'CUSTOMER';

/** Center types of Oracle's generic_centertype list (centers and center tabs) that no role is documented with. */
export const OTHER_CENTER_TYPES = ['ALL', 'OFFLINESALESCENTER', 'SUITEAPPCONTROLCENTER', 'WEBSITE'] as const;

/** The value of `tfarequired` that switches two-factor authentication off. */
export const TFA_OFF = 'OFF';

/**
 * Whether a written `tfarequired` leaves 2FA off: OFF in any case, or an empty element, which
 * keeps the field's default (OFF in the role reference's table).
 */
export function tfaOff(value: string): boolean {
  const v = value.trim().toUpperCase();
  return v === '' || v === TFA_OFF;
}

/**
 * What the quick fixes (and the SDF export) write when a role must require 2FA and no other role
 * of the project shows the account's own values. Oracle's stored pages name only OFF; SMS is
 * the one other value of the tfarequired list in a third-party copy of Oracle's SDF reference
 * (docs/netsuite-help SDF-ROLE-OBJECT.md), and the value NetSuite writes for a 2FA-required
 * role in role objects exported from live accounts. Oracle documents `tfaduration`'s default
 * as '0' (Per session). Fixes still prefer a value the project already uses
 * (`twoFactorExample`).
 */
export const TFA_REQUIRED_FALLBACK = 'SMS';
export const TFA_DURATION_DEFAULT = '0';

/** Role fields the engine reads; hover and completion can use the same list. */
export const SDF_ROLE_FIELDS = {
  name: 'The role name shown in NetSuite (required).',
  centertype: 'The center (tabs and links) the role uses (required).',
  tfarequired: 'Two-Factor Authentication Required: OFF, or a value that requires 2FA.',
  tfaduration: 'Duration of Trusted Device; required when tfarequired is not OFF.',
  iswebserviceonlyrole: 'Web Services Only Role (T/F): such roles do not work with RESTlets.',
  isinactive: 'Inactive (T/F): an inactive role cannot log in.',
  issinglesignononly: 'Single Sign-On Only Role (T/F): a SAML SSO-only role ignores the 2FA requirement.',
  coreadminpermission: 'Core Administration Permissions (T/F): highly privileged, so 2FA is required.',
  permissions: 'The role’s permissions: <permission><permkey>ID</permkey><permlevel>LEVEL</permlevel></permission>.',
} as const;

/**
 * The role's boolean fields, written T or F (NetSuite's role reference; the rows its stored copy
 * cuts off are from the same reference as Salto's generated types carry it).
 */
export const SDF_BOOLEAN_FIELDS = [
  'coreadminpermission',
  'employeeselectionunrestricted',
  'employeeviewingallowed',
  'isinactive',
  'ispartnerrole',
  'issalesrole',
  'issinglesignononly',
  'issupportrole',
  'iswebserviceonlyrole',
  'restrictbydevice',
  'restrictip',
  'restricttimeandexpenses',
  'subsidiaryviewingallowed',
] as const;

const byId = new Map(PERMISSIONS.filter((p) => p.id).map((p) => [p.id.toLowerCase(), p]));

/** A permission by its ID as an SDF `permkey` (any case; names are not permkeys). */
export function permissionByKey(permkey: string): PermissionInfo | undefined {
  return byId.get(permkey.trim().toLowerCase());
}

/** Every permkey the engine knows, for completion. */
export const KNOWN_PERMKEYS: readonly string[] = PERMISSIONS.filter((p) => p.id).map((p) => p.id);

/**
 * Shaped like a NetSuite permission ID (`LIST_CUSTJOB`, `ADMI_LOGIN_OAUTH`) or a reference to a
 * custom record, transaction type or segment, which SDF roles may also list.
 */
export function looksLikePermkey(s: string): boolean {
  if (isPermissionIdShape(s)) return true;
  const ref = objectReference(s);
  return ref !== undefined && !('problem' in ref);
}

/** The SDF level for a `.nsroles` level word. */
export function sdfLevel(level: string): string {
  return level.toUpperCase();
}

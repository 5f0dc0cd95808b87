import { ATM, LOGIN, UAT } from '../../../shared/protocol/vocabulary';
// The three TBA permission IDs the engine simulates are part of the protocol's vocabulary.
export { ATM, LOGIN, UAT, type TbaPermissionId } from '../../../shared/protocol/vocabulary';

/** Levels NetSuite uses for permissions, weakest first. */
export const LEVELS = ['none', 'view', 'create', 'edit', 'full'] as const;
export type Level = (typeof LEVELS)[number];

/** What the engine knows of one NetSuite permission. */
export interface PermissionInfo {
  id: string;
  /** The name shown in NetSuite (Setup subtab). */
  name: string;
  /** Other spellings the docs use. */
  aliases: string[];
  levels: readonly Level[];
  /** One of the three permissions the simulator reasons about. */
  tba: boolean;
  /** Listed among the permissions that force two-factor authentication. */
  highlyPrivileged: boolean;
  summary: string;
}

const TBA_LEVELS: readonly Level[] = ['none', 'full'];
const ALL_LEVELS: readonly Level[] = LEVELS;

export const PERMISSIONS: readonly PermissionInfo[] = [
  {
    id: ATM,
    name: 'Access Token Management',
    aliases: [],
    levels: TBA_LEVELS,
    tba: true,
    highlyPrivileged: true,
    summary: 'Create, assign and manage access tokens for other users (not for Administrator roles, not for own use).',
  },
  {
    id: UAT,
    name: 'User Access Tokens',
    aliases: ['User Access Token'],
    levels: TBA_LEVELS,
    tba: true,
    highlyPrivileged: false,
    summary: 'Create and manage access tokens for the current user and current role.',
  },
  {
    id: LOGIN,
    name: 'Log in using Access Tokens',
    aliases: [],
    levels: TBA_LEVELS,
    tba: true,
    highlyPrivileged: false,
    summary: 'Use access tokens to log in through RESTlets or web services.',
  },
  hp('ADMI_MANAGE_OAUTH2', 'OAuth 2.0 Authorized Applications Management'),
  hp('ADMI_KERNEL', 'Core Administration Permissions'),
  hp('ADMI_TWOFACTORAUTHBASE', 'Two-Factor Authentication base'),
  hp('ADMI_SAMLSSOSETUP', 'Set Up SAML Single Sign-on'),
  hp('ADMI_OIDCSETUP', 'Set Up OpenID Connect (OIDC) Single Sign-on'),
  hp('ADMI_OPENIDSSOSETUP', 'Set Up OpenID Single Sign-on'),
  hp('ADMI_NSASOIDCPROVIDER', 'OIDC Provider Setup'),
  hp('ADMI_INTEGRAPP', 'Integration Application'),
  hp('ADMI_DEVICE_ID', 'Device ID Management'),
  // NetSuite's help gives no permission ID for these two; the name is the only handle.
  hp('', 'View Unencrypted Credit Cards'),
  hp('', 'View Unencrypted ACH Account Numbers'),
];

function hp(id: string, name: string): PermissionInfo {
  return {
    id,
    name,
    aliases: [],
    levels: ALL_LEVELS,
    tba: false,
    highlyPrivileged: true,
    summary: 'A highly privileged permission: roles holding it require two-factor authentication.',
  };
}

const byKey = new Map<string, PermissionInfo>();
for (const p of PERMISSIONS) {
  if (p.id) byKey.set(p.id.toLowerCase(), p);
  byKey.set(normalizeName(p.name), p);
  for (const a of p.aliases) byKey.set(normalizeName(a), p);
}

function normalizeName(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds a permission by its NetSuite name (any case) or its permission ID. */
export function findPermission(nameOrId: string): PermissionInfo | undefined {
  return byKey.get(normalizeName(nameOrId));
}

/** The stable key of a permission: its ID, or its name where NetSuite gives no ID. */
export function permissionKey(p: PermissionInfo): string {
  return p.id || p.name;
}

export function isLevel(s: string): s is Level {
  return (LEVELS as readonly string[]).includes(s);
}

/**
 * The words every side of the protocol shares: actions, channels, the three TBA permission
 * ids. The engine, the server, the extension host and the webview all import them from here,
 * so this file imports nothing.
 */

/** Actions the simulator, `expect` lines and the CLI understand. */
export const ACTIONS = ['issue-token', 'revoke-token', 'restlet-login', 'web-services-login'] as const;
export type Action = (typeof ACTIONS)[number];

/** Where a token is issued or revoked. */
export const CHANNELS = ['access-tokens-page', 'settings-portlet', 'issuetoken-endpoint', 'authorization-flow'] as const;
export type Channel = (typeof CHANNELS)[number];

export const INTEGRATION_STATES = ['enabled', 'blocked', 'waiting-for-approval'] as const;
export type IntegrationState = (typeof INTEGRATION_STATES)[number];

/** The three TBA permission IDs the engine simulates. */
export const ATM = 'ADMI_MANAGE_OAUTH_TOKENS';
export const UAT = 'ADMI_MANAGE_OWN_OAUTH_TOKENS';
export const LOGIN = 'ADMI_LOGIN_OAUTH';
export type TbaPermissionId = typeof ATM | typeof UAT | typeof LOGIN;
export const TBA_PERMISSION_IDS = [ATM, UAT, LOGIN] as const;

/** Role flags a suggestion may set or clear. */
export const ROLE_FLAGS = ['web-services-only', 'inactive'] as const;
export type RoleFlag = (typeof ROLE_FLAGS)[number];

export function isAction(s: string): s is Action {
  return (ACTIONS as readonly string[]).includes(s);
}

export function isChannel(s: string): s is Channel {
  return (CHANNELS as readonly string[]).includes(s);
}

export function isTokenAction(a: Action): boolean {
  return a === 'issue-token' || a === 'revoke-token';
}

export const ACTION_DOCS: Record<Action, string> = {
  'issue-token': 'Create an access token: for the actor and acting role, or with `for U as R` for another user and role.',
  'revoke-token': 'Revoke or otherwise manage an access token (same target rules as issue-token).',
  'restlet-login': 'Call a RESTlet authenticated by a token for the actor and acting role.',
  'web-services-login': 'Call SOAP or REST web services authenticated by a token for the actor and acting role.',
};

export const CHANNEL_DOCS: Record<Channel, string> = {
  'access-tokens-page': 'Setup > Users/Roles > Access Tokens (the default when the token is for another user).',
  'settings-portlet': 'The Manage Access Tokens link in the Settings portlet (the default for your own tokens).',
  'issuetoken-endpoint': 'The issuetoken (or revoketoken) REST endpoint, called programmatically.',
  'authorization-flow':
    "The three-step TBA authorization flow, started by the application (own tokens only; needs the integration's TBA: Authorization Flow box).",
};

// SDF's File Cabinet: `src/FileCabinet`, or a root `FileCabinet` known by the folders SDF puts in it.
const CABINET = /(^|[\\/])(src[\\/]FileCabinet([\\/]|$)|FileCabinet[\\/](SuiteScripts|SuiteApps|SuiteBundles|Templates|Web Site Hosting Files)([\\/]|$))/;

/**
 * Whether a path lies in a SuiteCloud project's File Cabinet folder. Files there are documents
 * that SDF deploys as they are (an app's own `role.xml` settings, say), never objects, whatever
 * their root element. The Node CLI keeps the folder at `src/FileCabinet`; the Java CLI and the
 * IDE plug-ins at the project root, beside `manifest.xml`, so there it is known by the folders
 * SDF puts under it (`SuiteScripts` in account customization projects, `SuiteApps` in SuiteApps).
 * A folder of that name above a project is not one. Where the files can be asked about,
 * `hasManifest(folder)` tells more: a FileCabinet folder beside manifest.xml is the File Cabinet,
 * whatever folders it holds.
 */
export function inFileCabinet(file: string, hasManifest?: (folder: string) => boolean): boolean {
  if (CABINET.test(file)) return true;
  if (!hasManifest) return false;
  const parts = file.split(/[\\/]/);
  for (let i = parts.length - 1; i > 0; i--) if (parts[i] === 'FileCabinet' && hasManifest(parts.slice(0, i).join('/') || '/')) return true;
  return false;
}

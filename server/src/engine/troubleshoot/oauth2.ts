import type { Page } from './pages';

const HELP = 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/';

/** NetSuite's OAuth 2.0 error pages: their codes are not TBA's, and troubleshoot explains TBA. */
export const OAUTH2_PAGES = {
  loginAuditTrail: { title: 'RESTlets and REST Web Services Error Messages in the Login Audit Trail', url: `${HELP}subsect_158324637123.html` },
  authentication: { title: 'RESTlets and REST Web Services Authentication Errors', url: `${HELP}subsect_158521885412.html` },
  refreshToken: { title: 'Refresh Token Request Error Messages in the Login Audit Trail', url: `${HELP}subsect_161252550131.html` },
} as const satisfies Record<string, Page>;

const P = OAUTH2_PAGES;

/** Each code of the OAuth 2.0 pages that no TBA page shows, with the page that lists it. */
const CODES: readonly [string, Page][] = [
  ['AccessTokenExpired', P.loginAuditTrail],
  ['AuthorizationCodeGrantRequired', P.loginAuditTrail],
  ['ClientAuthenticationFailed', P.refreshToken],
  ['EntityOrRoleDisabled', P.loginAuditTrail],
  ['InvalidIntegration', P.loginAuditTrail],
  ['InvalidScope', P.refreshToken],
  ['RefreshTokenExpired', P.refreshToken],
  ['ScopeMismatched', P.loginAuditTrail],
  ['TokenRejected', P.loginAuditTrail],
  ['invalid_request', P.authentication],
  ['invalid_token', P.authentication],
];

const byCode = new Map(CODES.map(([code, page]) => [code.toLowerCase(), { code, page }]));

/** The OAuth 2.0 error `code` names (matched case-insensitively, as TBA codes are), if it is one. */
export function oauth2Error(code: string): { code: string; page: Page } | undefined {
  return byCode.get(code.trim().toLowerCase());
}

/** Every OAuth 2.0 code known, as NetSuite spells it. */
export function oauth2Codes(): string[] {
  return CODES.map(([code]) => code);
}

/** What to say when asked about an OAuth 2.0 code. */
export function oauth2Message(hit: { code: string; page: Page }): string {
  return `'${hit.code}' is an OAuth 2.0 error, not a token-based authentication (TBA) one: see "${hit.page.title}" (${hit.page.url}); troubleshoot explains TBA errors`;
}

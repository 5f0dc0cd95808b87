import type { Basis } from '../citations';
import * as detect from './detect';
import { type Page, PAGES } from './pages';

/** A sentence (or list item) of a NetSuite page, verbatim. */
export interface PageQuote {
  page: Page;
  text: string;
}

/** What to do about a cause: the page's resolution, verbatim, or plain words of ours. */
export interface RemedyDef {
  /** Lines of the remedy, in order. */
  lines: string[];
  /** The lines from this index on are numbered steps. */
  stepsFrom?: number;
  /** True when every line is the page's own words (a test checks them against the stored page). */
  quoted: boolean;
  page?: Page;
  uiPath?: string;
}

/** One cause a NetSuite page gives (or that other pages imply) for an error. */
export interface CauseDef {
  id: string;
  /** The cause in plain words. */
  cause: string;
  /** `documented` when the error's own page states this cause; `inferred` otherwise. */
  basis: Basis;
  inferredFrom?: string;
  /** The sentences that state the cause, verbatim. */
  quotes: PageQuote[];
  remedy: RemedyDef;
  /** Reads the cause off the account model; none for a cause the model cannot show. */
  detect?: detect.Detector;
  /** For a cause the model cannot show: where to look instead. */
  check?: string;
}

const q = (page: Page, ...texts: string[]): PageQuote[] => texts.map((text) => ({ page, text }));
const MANAGE_INTEGRATIONS = 'Setup > Integration > Manage Integrations > (integration) > Edit';
const MANAGE_ROLES = 'Setup > Users/Roles > User Management > Manage Roles > (role) > Edit';
const ACCESS_TOKENS = 'Setup > Users/Roles > User Management > Access Tokens';

/** "Enable the application on the integration record", as both error tables word it. */
export const enableApplication = (page: Page): RemedyDef => ({
  lines: [
    'Enable the application on the integration record.',
    'To enable the app:',
    'Go to Setup > Integration > Manage Integrations.',
    'Select the appropriate integration record, and click Edit.',
    'In the State field, change Blocked to Enabled.',
    'Save the record.',
  ],
  stepsFrom: 2,
  quoted: true,
  page,
  uiPath: MANAGE_INTEGRATIONS,
});

export const integrationBlocked = (page: Page, problem: string): CauseDef => ({
  id: 'integration-blocked',
  cause: "The integration record's State is Blocked.",
  basis: 'documented',
  quotes: q(page, problem),
  remedy: enableApplication(page),
  detect: detect.integrationBlocked,
});

export const integrationWaiting = (code: string): CauseDef => ({
  id: 'integration-waiting',
  cause: "The integration record's State is Waiting for Approval.",
  basis: 'inferred',
  inferredFrom: `NetSuite says a record waiting for approval has all its requests blocked, but its error tables name no code for it; ${code} is the code for a record that is not enabled.`,
  quotes: q(
    PAGES.issueTokenEndpoint,
    'Until you set the state to Enabled, all requests sent by that application are blocked.',
    'However, if the box is checked (set to true) the State field on the new integration record is set to Waiting for Approval.',
  ),
  remedy: {
    lines: ['Edit the integration record and set its State to Enabled.'],
    quoted: false,
    page: PAGES.issueTokenEndpoint,
    uiPath: MANAGE_INTEGRATIONS,
  },
  detect: detect.integrationWaiting,
});

export const integrationMissing = (page: Page, quotes: PageQuote[]): CauseDef => ({
  id: 'integration-missing',
  cause: 'No integration record exists for the application (the token names none, or one the account does not have).',
  basis: 'documented',
  quotes,
  remedy: {
    lines: ['If there is no existing integration record for this application, create one. See Create Integration Records for Applications to Use TBA.'],
    quoted: true,
    page,
    uiPath: 'Setup > Integration > Manage Integrations > New',
  },
  detect: detect.integrationMissing,
});

export const integrationTbaCleared = (code: string): CauseDef => ({
  id: 'integration-tba-cleared',
  cause: "The integration record's Token-based Authentication box is cleared.",
  basis: 'inferred',
  inferredFrom: `Checking the box is what gives the application its consumer key and secret, and the box must be checked for token use; NetSuite's table for ${code} does not name the box.`,
  quotes: [
    ...q(PAGES.integrationRecords, 'This box must be checked to enable use of either the TBA authorization flow or the issuetoken endpoint.'),
    // "Check the Token-based Authentication box." is a step of the remedy below, not a reason.
    ...q(PAGES.enableExisting, 'The system displays the Client Credentials (Consumer Key and Consumer Secret) on the screen.'),
  ],
  remedy: {
    lines: [
      'Go to Setup > Integration > Managing Integrations, and open the appropriate integration record for editing.',
      'Check the Token-based Authentication box.',
      'Click Save.',
    ],
    stepsFrom: 0,
    quoted: true,
    page: PAGES.enableExisting,
    uiPath: MANAGE_INTEGRATIONS,
  },
  detect: detect.integrationTbaCleared,
});

export const consumerKeyWrong = (page: Page, lines: string[]): CauseDef => ({
  id: 'consumer-key-wrong',
  cause: 'The application sends a wrong consumer key (or credentials that were reset).',
  basis: 'documented',
  quotes: q(page, 'The appropriate integration record could not be found.'),
  remedy: { lines, quoted: true, page },
  check: "The account model holds no consumer keys: compare the application's consumer key with the one shown when the integration record was saved.",
});

export const requestCause = (id: string, cause: string, page: Page, problem: string[], remedy: string[], check: string): CauseDef => ({
  id,
  cause,
  basis: 'documented',
  quotes: q(page, ...problem),
  remedy: { lines: remedy, quoted: true, page },
  check,
});

// Token and login causes: NetSuite's rows for refused tokens are cut off in every stored copy of
// the error tables, so each is tied to a code by inference and cites the page that states it.
const TOKEN_ROWS_CUT = (code: string) =>
  `The rows of NetSuite's error tables after nonce_used are cut off in every stored copy (docs/sources/netsuite-help/found-by-search.md); ${code} is taken as the code for a token that NetSuite refuses.`;

export const tokenRevoked = (code: string): CauseDef => ({
  id: 'token-revoked',
  cause: 'The token is revoked.',
  basis: 'inferred',
  inferredFrom: TOKEN_ROWS_CUT(code),
  quotes: q(
    PAGES.tokens,
    'Revoking a token makes it inactive forever, but does not remove the token from the system.',
    'When a token is revoked, it cannot be edited, and will display an Inactive status in list views.',
  ),
  remedy: {
    lines: ['A revoked token cannot be made active again: create a new token for the user, role and application.'],
    quoted: false,
    page: PAGES.tokens,
    uiPath: ACCESS_TOKENS,
  },
  detect: detect.tokenRevoked,
});

export const tokenInactive = (code: string): CauseDef => ({
  id: 'token-inactive',
  cause: "The token's Inactive box is checked.",
  basis: 'inferred',
  inferredFrom: TOKEN_ROWS_CUT(code),
  quotes: q(PAGES.tokens, 'When the Inactive box is checked for a token, the token will display as Inactive in list views, but the token can still be edited.'),
  remedy: {
    lines: ['To make the token active again, click Edit, clear the Inactive box, and click Save.'],
    quoted: true,
    page: PAGES.tokens,
    uiPath: ACCESS_TOKENS,
  },
  detect: detect.tokenInactive,
});

export const userLacksRole = (code: string): CauseDef => ({
  id: 'user-lacks-role',
  cause: "The token's user no longer holds the token's role.",
  basis: 'inferred',
  inferredFrom: TOKEN_ROWS_CUT(code),
  quotes: [
    ...q(
      PAGES.tokens,
      'When an administrator removes roles from an entity (an employee, a vendor, a partner, a customer, or a contact) the tokens are still active in the system.',
      'These active tokens cannot be used by the entity for log in to NetSuite (unless the administrator adds the roles back to the entity).',
    ),
    ...q(PAGES.restletSetup, 'A token is valid for one specific company, user entity, and role only.'),
  ],
  remedy: {
    lines: ['Give the role back to the user, or create a token for a role the user holds.'],
    quoted: false,
    page: PAGES.tokens,
    uiPath: 'Setup > Users/Roles > Manage Users > (user) > Access > Roles',
  },
  detect: detect.userLacksRole,
});

export const roleCannotLogIn = (code: string): CauseDef => ({
  id: 'role-cannot-log-in',
  cause: "The token's role has no permission to log in with tokens.",
  basis: 'inferred',
  inferredFrom: `${TOKEN_ROWS_CUT(code)} A role logs in with tokens through Log in using Access Tokens or User Access Tokens.`,
  quotes: q(
    PAGES.tbaRoles,
    'Can use access tokens to log in through RESTlets or web services.',
    'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
  ),
  remedy: {
    lines: ['Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) at level Full to the role.'],
    quoted: false,
    page: PAGES.tbaRoles,
    uiPath: `${MANAGE_ROLES} > Permissions > Setup`,
  },
  detect: detect.roleCannotLogIn,
});

const ENTITY_DISABLED = (code: string) =>
  `NetSuite documents "Role or entity is inactive." for OAuth 2.0 logins (EntityOrRoleDisabled); the same is assumed for ${code}.`;

export const userInactive = (code: string): CauseDef => ({
  id: 'user-inactive',
  cause: "The token's user is inactive.",
  basis: 'inferred',
  inferredFrom: ENTITY_DISABLED(code),
  quotes: q(PAGES.oauthRefreshErrors, 'Role or entity is inactive.'),
  remedy: { lines: ['Verify that the entity or role is active in the account.'], quoted: true, page: PAGES.oauthRefreshErrors },
  detect: detect.userInactive,
});

export const roleInactive = (code: string): CauseDef => ({
  id: 'role-inactive',
  cause: "The token's role is inactive.",
  basis: 'inferred',
  inferredFrom: ENTITY_DISABLED(code),
  quotes: q(PAGES.oauthRefreshErrors, 'Role or entity is inactive.'),
  remedy: { lines: ['Verify that the entity or role is active in the account.'], quoted: true, page: PAGES.oauthRefreshErrors },
  detect: detect.roleInactive,
});

export const webServicesOnlyRestlet: CauseDef = {
  id: 'web-services-only-restlet',
  cause: 'A RESTlet is called with a Web Services Only role.',
  basis: 'documented',
  quotes: [
    ...q(
      PAGES.rolesService,
      'Be aware that if a role has the Web Services Only option set to true, a user logged in through that role is permitted to send web services calls only.',
      'RESTlet calls receive an INVALID_LOGIN_CREDENTIALS error response.',
    ),
    ...q(PAGES.restletSetup, 'Roles with the Web Services Only restriction will not work with RESTlets.'),
  ],
  remedy: {
    lines: ["Call the RESTlet with a token for a role that is not Web Services Only, or clear the role's Web Services Only Role box."],
    quoted: false,
    page: PAGES.rolesService,
    uiPath: MANAGE_ROLES,
  },
  detect: detect.webServicesOnlyRole,
};

export const singleSignOnOnly = (code: string): CauseDef => ({
  id: 'single-sign-on-only',
  cause: 'Web services are called with a Single Sign-On Only role.',
  basis: 'inferred',
  inferredFrom: `NetSuite says a Single Sign-On Only role cannot reach web services without single sign-on, but names no error code; ${code} is the code for a refused login.`,
  quotes: q(
    PAGES.singleSignOnOnly,
    'This setting prohibits a user from accessing NetSuite through web services or the user interface without going through OIDC single sign-on.',
  ),
  remedy: {
    lines: ["Use a token for a role that is not Single Sign-On Only, or clear the role's Single Sign-On Only box."],
    quoted: false,
    page: PAGES.singleSignOnOnly,
    uiPath: MANAGE_ROLES,
  },
  detect: detect.singleSignOnOnlyRole,
});

export const wrongAccount: CauseDef = {
  id: 'wrong-account',
  cause:
    'The token belongs to another account (for example a production token used in a sandbox or Release Preview), or the request names the wrong account ID.',
  basis: 'documented',
  quotes: [
    ...q(PAGES.restletSetup, 'A token is valid for one specific company, user entity, and role only.'),
    ...q(
      PAGES.loginAuditTrail,
      'Tokens created using the Token-based Authentication feature in your NetSuite production account are not copied to your Release Preview or to your sandbox accounts.',
    ),
  ],
  remedy: {
    lines: [
      'To test this feature in Release Preview or in a sandbox, you must create new tokens in that account.',
      'Each time the sandbox is refreshed, you must create new tokens in the sandbox.',
    ],
    quoted: true,
    page: PAGES.loginAuditTrail,
  },
  check:
    "The account model does not know which account the request was sent to: compare the request's account ID (realm) with the account the token was created in.",
};

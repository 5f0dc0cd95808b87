import { ATM, LOGIN, UAT } from '../engine';

/** For each TBA permission, the rules whose quotes say what holders can and cannot do. */
export const PERMISSION_QUOTES: Record<string, { can: string[]; cannot: string[] }> = {
  [ATM]: { can: ['TBA-ATM-OTHERS'], cannot: ['TBA-ATM-SELF', 'TBA-ATM-NO-LOGIN'] },
  [UAT]: { can: ['TBA-UAT-OWN', 'TBA-UAT-LOGIN'], cannot: [] },
  [LOGIN]: { can: ['TBA-LOGIN'], cannot: ['TBA-LOGIN-NO-ISSUE'] },
};

/** One sentence per keyword, for hover and completion. */
export const KEYWORD_DOCS: Record<string, string> = {
  account: 'The NetSuite account: whether the Token-based Authentication feature is enabled.',
  role: 'A role declaration, or (in a user or token) a reference to a role by quoted name or bare id.',
  user: 'A user and the roles assigned to them; in a token, the user the token is for.',
  integration: 'An integration record; every token belongs to one.',
  token: 'An access token: for one user, one role and one integration.',
  include: 'Reads another role file into this account, relative to this file.',
  expect: 'A test: whether a user acting in a role can or cannot do an action.',
  administrator: "NetSuite's built-in Administrator role.",
  id: 'The SuiteCloud (SDF) script id of the role; references may use it bare.',
  permission: 'A permission by its NetSuite name or permission ID, with an optional level (default full).',
  'two-factor': 'Whether the role requires two-factor authentication: required or not-required.',
  'web-services-only': 'The Web Services Only restriction: such roles cannot call RESTlets.',
  inactive: 'Inactive: nothing can be done with it (an inactive token can be made active again).',
  'token-based-authentication': 'Token-based Authentication: enabled or disabled.',
  state: 'The integration record state: enabled, blocked or waiting-for-approval.',
  'created-by': 'The user who created the token; checked against what their roles allow.',
  revoked: 'The token is revoked: it can no longer be used, and cannot be made active again.',
  'single-sign-on-only': 'The Single Sign-On Only restriction: users of such a role log in through single sign-on.',
  center: "The role's center type, e.g. customer (Customer Center) or basic.",
  'authorization-flow': 'The integration\'s "TBA: Authorization Flow" box: enabled or disabled (default disabled).',
  'callback-url': "The integration's callback URL, which the TBA authorization flow redirects to.",
  'issuetoken-endpoint': 'The integration\'s "TBA: IssueToken Endpoint" box: enabled or disabled (default disabled).',
};

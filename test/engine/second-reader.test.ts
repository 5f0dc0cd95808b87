/**
 * A second reader's cases: written from NetSuite's pages (docs/sources/) and the language contract
 * only, before the engine's decision code was read, then run against the engine. Each case carries
 * the sentence that decides it, checked here to be verbatim in the stored page; where no sentence
 * decides it (`decided: false`) the sentence is the nearest one and the expectation is a reading.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AccountIndex, type Action, type Channel, decide, factsOf } from '../../server/src/engine';
import { load } from '../helpers/memory';

interface Question {
  user: string;
  role: string;
  action: Action;
  for?: string;
  forRole?: string;
  via?: Channel;
  integration?: string;
}
interface Case {
  id: string;
  title: string;
  text: string;
  question: Question;
  expected: 'allow' | 'deny';
  page: keyof typeof P;
  quote: string;
  decided: boolean;
}

const NS = 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/';
const MIR = 'https://oracle.hydrogen.sagittarius.connect.product.adaptavist.com/en/cloud/saas/netsuite/ns-online-help/';
/** The stored copy (under docs/sources/) and the URL of each page the cases quote. */
const P = {
  SEED: ['set-up-tba-roles.txt', NS + 'bridgehead_4248124361.html'],
  UAT: ['netsuite-help/user-access-token-create-tba-token.md', NS + 'bridgehead_4254083671.html'],
  ATM: ['netsuite-help/access-token-management-create-assign-tba-token.md', NS + 'bridgehead_4254081947.html'],
  ISSUE: ['netsuite-help/issue-token-revoke-token-rest-services.md', NS + 'chapter_157017286140.html'],
  RESTLET: ['netsuite-help/setting-up-tba-for-a-restlet-integration.md', NS + 'section_1530099787.html'],
  ROLESSVC: ['netsuite-help/rest-roles-service.md', NS + 'chapter_157011522878.html'],
  WSOROLE: ['netsuite-help/setting-a-role-as-web-services-only-role.md', NS + 'bridgehead_N288629.html'],
  WSOUSER: ['netsuite-help/setting-a-web-services-only-role-for-a-user.md', NS + 'section_N3424894.html'],
  SSO: ['netsuite-help/setting-a-role-as-single-sign-on-only-role.md', NS + 'bridgehead_N288661.html'],
  OVERVIEW: ['netsuite-help/token-based-authentication-tba-overview.md', NS + 'chapter_4247329078.html'],
  USERS: ['netsuite-help/token-based-authentication-tba-for-users.md', NS + 'section_158618788810.html'],
  ISSUETOKEN: ['netsuite-help/issuetoken-endpoint.md', NS + 'section_156337184796.html'],
  OTP: ['netsuite-help/required-2fa-issuetoken-nlauth-otp.md', NS + 'section_1546447142.html'],
  DESIG2FA: ['netsuite-help/designate-two-factor-authentication-roles.md', NS + 'section_N328126.html'],
  ERRFLOW: ['netsuite-help/tba-authorization-flow-error-messages.md', NS + 'subsect_156934879823.html'],
  ERRWS: ['netsuite-help/tba-error-messages-restlets-soap-rest.md', NS + 'subsect_156935170194.html'],
  INTREC: ['netsuite-help/create-integration-records-for-tba.md', NS + 'bridgehead_4249032125.html'],
  THREESTEP: ['netsuite-help/three-step-tba-authorization-flow.md', NS + 'section_156337186044.html'],
  SETUPREQ: ['netsuite-help/tba-setup-requirements-restlets.md', MIR + 'section_4636903496.html'],
  VIEWTOK: ['netsuite-help/viewing-editing-creating-revoking-tba-tokens.md', NS + 'bridgehead_4249078810.html'],
  ASSIGN: ['netsuite-help/assign-users-to-tba-roles.md', NS + 'bridgehead_4249025340.html'],
  MAND2FA: ['netsuite-help/mandatory-2fa-for-netsuite-access.md', NS + 'section_1532968056.html'],
  LEVELS: ['netsuite-help/access-levels-for-permissions.md', MIR + 'section_N326341.html'],
  STEP2: ['netsuite-help/tba-flow-step-two-authorize-request-token.md', NS + 'section_156536698849.html'],
  CONTRACT: ['nsroles-language.md', ''],
} as const;

/** Cases no page decides, where the engine must say its answer is inferred (its first citation). */
const ENGINE_SAYS_INFERRED = new Set(['L7', 'A15', 'A16', 'A17', 'A26', 'A27', 'D12', 'D14', 'S3', 'S5', 'I6', 'I15', 'N2', 'N3', 'N4', 'N5']);

const LOGIN = 'Log in using Access Tokens';
const UAT = 'User Access Tokens';
const ATM = 'Access Token Management';

function role(name: string, perms: (string | [string, string])[] = [], flags: string[] = []): string {
  const lines = [];
  for (const p of perms) {
    const [n, lvl] = typeof p === 'string' ? [p, 'full'] : p;
    lines.push(`  permission "${n}" ${lvl}`);
  }
  for (const f of flags) lines.push(`  ${f}`);
  return `role "${name}" {\n${lines.join('\n')}\n}\n`;
}
function user(name: string, roles: string[], flags: string[] = []): string {
  return `user "${name}" {\n${roles.map((r) => `  role "${r}"`).join('\n')}\n${flags.map((f) => '  ' + f).join('\n')}\n}\n`;
}
function integ(name: string, props: string[]): string {
  return `integration "${name}" {\n${props.map((p) => '  ' + p).join('\n')}\n}\n`;
}
const ADMIN = `role "Administrator" {\n  administrator\n}\n`;
const feat = (s = 'enabled'): string => `account "Test" {\n  token-based-authentication ${s}\n}\n`;

// A role that can log in with tokens, held by a target user, used by "other user" cases.
const TARGET = role('Svc Login', [LOGIN]) + user('svc', ['Svc Login']);
const GOODAPP = integ('App', [
  'token-based-authentication enabled',
  'authorization-flow enabled',
  'callback-url "https://app.example.com/cb"',
  'issuetoken-endpoint enabled',
  'state enabled',
]);

const q = (user: string, roleName: string, action: Action, extra: Omit<Question, 'user' | 'role' | 'action'> = {}): Question => ({
  user,
  role: roleName,
  action,
  ...extra,
});

const cases: Case[] = [];
function c(id: string, title: string, text: string, question: Question, expected: 'allow' | 'deny', page: keyof typeof P, quote: string, decided = true): void {
  cases.push({ id, title, text, question, expected, page, quote, decided });
}

// ---------- Log in using Access Tokens alone ----------
const L = feat() + role('Login', [LOGIN]) + user('u', ['Login']);
c('L1', 'LOGIN: RESTlet login', L, q('u', 'Login', 'restlet-login'), 'allow', 'SEED', 'Can use access tokens to log in through RESTlets or web services.');
c(
  'L2',
  'LOGIN: web services login',
  L,
  q('u', 'Login', 'web-services-login'),
  'allow',
  'SEED',
  'Can use access tokens to log in through RESTlets or web services.',
);
c(
  'L3',
  'LOGIN: own token via Settings portlet',
  L,
  q('u', 'Login', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SEED',
  'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.',
);
c(
  'L4',
  'LOGIN: own token via issuetoken endpoint',
  L,
  q('u', 'Login', 'issue-token', { via: 'issuetoken-endpoint' }),
  'deny',
  'SEED',
  'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.',
);
c(
  'L5',
  'LOGIN: own token via Access Tokens page',
  L,
  q('u', 'Login', 'issue-token', { via: 'access-tokens-page' }),
  'deny',
  'ATM',
  'Log in as a user with the Access Token Management permission.',
);
c(
  'L6',
  'LOGIN: token for another user via Access Tokens page',
  L + TARGET,
  q('u', 'Login', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'ATM',
  'Users assigned a customized role that has the Access Token Management permission can create, assign, and manage a token for other users (except tokens for an Administrator role) in the company.',
);
c(
  'L7',
  'LOGIN: own token via authorization flow (no integration named)',
  L,
  q('u', 'Login', 'issue-token', { via: 'authorization-flow' }),
  'allow',
  'USERS',
  'An integration developer creates an application that uses the TBA authorization flow. At the end of the flow, user gets an access token.',
  false,
);
c(
  'L8',
  'LOGIN at level none: RESTlet login',
  feat() + role('R', [[LOGIN, 'none']]) + user('u', ['R']),
  q('u', 'R', 'restlet-login'),
  'deny',
  'LEVELS',
  'NONE - User doesn’t have access to existing files. The user cannot create new, view existing, edit existing, or delete existing files.',
);
c(
  'L9',
  'LOGIN at level view: RESTlet login',
  feat() + role('R', [[LOGIN, 'view']]) + user('u', ['R']),
  q('u', 'R', 'restlet-login'),
  'deny',
  'LEVELS',
  'Note that for some permissions, only the minimum view level is required for usage, and other levels do not provide any additional capabilities.',
  false,
);
c(
  'L10',
  'LOGIN at level edit: web services login',
  feat() + role('R', [[LOGIN, 'edit']]) + user('u', ['R']),
  q('u', 'R', 'web-services-login'),
  'deny',
  'LEVELS',
  '(no page gives the levels of the TBA permissions)',
  false,
);
c(
  'L11',
  'LOGIN duplicate: none then full -> first counts',
  feat() +
    role('R', [
      [LOGIN, 'none'],
      [LOGIN, 'full'],
    ]) +
    user('u', ['R']),
  q('u', 'R', 'restlet-login'),
  'deny',
  'CONTRACT',
  'Duplicate lines: when a role gives one permission twice, the first line counts everywhere',
);
c(
  'L12',
  'LOGIN duplicate: full then none -> first counts',
  feat() +
    role('R', [
      [LOGIN, 'full'],
      [LOGIN, 'none'],
    ]) +
    user('u', ['R']),
  q('u', 'R', 'restlet-login'),
  'allow',
  'CONTRACT',
  'Duplicate lines: when a role gives one permission twice, the first line counts everywhere',
);
c(
  'L13',
  'LOGIN: revoke own token via Settings portlet',
  L,
  q('u', 'Login', 'revoke-token', { via: 'settings-portlet' }),
  'deny',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
  false,
);
c(
  'L14',
  'no TBA permission at all: RESTlet login',
  feat() + role('Plain', ['Publish Employee List']) + user('u', ['Plain']),
  q('u', 'Plain', 'restlet-login'),
  'deny',
  'SETUPREQ',
  'You must assign a user to a role with permission to log in by using token-based authentication. For more information, see Assign Users to Token-based Authentication Roles.',
  false,
);

// ---------- User Access Tokens alone ----------
const U = feat() + role('UAT', [UAT]) + user('u', ['UAT']);
c(
  'U1',
  'UAT: own token via Settings portlet',
  U,
  q('u', 'UAT', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'U2',
  'UAT: own token via issuetoken endpoint',
  U,
  q('u', 'UAT', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'ISSUE',
  'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
);
c(
  'U3',
  'UAT: RESTlet login',
  U,
  q('u', 'UAT', 'restlet-login'),
  'allow',
  'SEED',
  'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
);
c(
  'U4',
  'UAT: web services login',
  U,
  q('u', 'UAT', 'web-services-login'),
  'allow',
  'SEED',
  'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
);
c(
  'U5',
  'UAT: token for another user (Access Tokens page)',
  U + TARGET,
  q('u', 'UAT', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'U6',
  'UAT: revoke own token via Settings portlet',
  U,
  q('u', 'UAT', 'revoke-token', { via: 'settings-portlet' }),
  'allow',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'U7',
  'UAT: own token for a role other than the current one',
  feat() + role('UAT', [UAT]) + role('Login', [LOGIN]) + user('u', ['UAT', 'Login']),
  q('u', 'UAT', 'issue-token', { for: 'u', forRole: 'Login', via: 'settings-portlet' }),
  'deny',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'U8',
  'UAT: own token via Access Tokens page',
  U,
  q('u', 'UAT', 'issue-token', { via: 'access-tokens-page' }),
  'deny',
  'ATM',
  'Log in as a user with the Access Token Management permission.',
  false,
);
c(
  'U9',
  "UAT: revoke another user's token",
  U + TARGET,
  q('u', 'UAT', 'revoke-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'USERS',
  'For users without a role that has the User Access Token permission, an administrator can create, assign, and manage access tokens.',
);
c(
  'U10',
  'UAT at level view: own token via portlet',
  feat() + role('R', [[UAT, 'view']]) + user('u', ['R']),
  q('u', 'R', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'LEVELS',
  '(no page gives the levels of the TBA permissions)',
  false,
);
c(
  'U11',
  'UAT at level none: own token via portlet',
  feat() + role('R', [[UAT, 'none']]) + user('u', ['R']),
  q('u', 'R', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'LEVELS',
  'NONE - User doesn’t have access to existing files. The user cannot create new, view existing, edit existing, or delete existing files.',
);
c(
  'U12',
  'UAT duplicate none then full: own token',
  feat() +
    role('R', [
      [UAT, 'none'],
      [UAT, 'full'],
    ]) +
    user('u', ['R']),
  q('u', 'R', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'CONTRACT',
  'Duplicate lines: when a role gives one permission twice, the first line counts everywhere',
);
c(
  'U13',
  'UAT: revoke own token via token endpoint',
  U,
  q('u', 'UAT', 'revoke-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'ISSUE',
  'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
);
c(
  'U14',
  'UAT: own token via authorization flow with a good app',
  U + GOODAPP,
  q('u', 'UAT', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'allow',
  'USERS',
  'An integration developer creates an application that uses the TBA authorization flow. At the end of the flow, user gets an access token.',
);

c(
  'U15',
  'UAT acting, own token for another held LOGIN role via the authorization flow (Change Role at consent)',
  feat() + role('UAT', [UAT]) + role('Login', [LOGIN]) + user('u', ['UAT', 'Login']) + GOODAPP,
  q('u', 'UAT', 'issue-token', { for: 'u', forRole: 'Login', via: 'authorization-flow', integration: 'App' }),
  'allow',
  'STEP2',
  'If the authenticated user is logged in to an inappropriate role, the user can choose the appropriate role by selecting Change Role on the Consent page.',
);

// ---------- Access Token Management alone ----------
const A = feat() + role('ATM', [ATM]) + user('m', ['ATM']) + TARGET;
c(
  'A1',
  'ATM: token for another user via Access Tokens page',
  A,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login', via: 'access-tokens-page' }),
  'allow',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c('A2', 'ATM: RESTlet login', A, q('m', 'ATM', 'restlet-login'), 'deny', 'SEED', 'Cannot use access tokens to log in through RESTlets or web services.');
c(
  'A3',
  'ATM: web services login',
  A,
  q('m', 'ATM', 'web-services-login'),
  'deny',
  'SEED',
  'Cannot use access tokens to log in through RESTlets or web services.',
);
c(
  'A4',
  'ATM: own token via Settings portlet',
  A,
  q('m', 'ATM', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SEED',
  'Cannot create access tokens for their own use. Exception: administrators can create tokens for their own use.',
);
c(
  'A5',
  'ATM: own token via Access Tokens page',
  A,
  q('m', 'ATM', 'issue-token', { via: 'access-tokens-page' }),
  'deny',
  'SEED',
  'Cannot create access tokens for their own use. Exception: administrators can create tokens for their own use.',
);
c(
  'A6',
  'ATM: own token via issuetoken endpoint',
  A,
  q('m', 'ATM', 'issue-token', { via: 'issuetoken-endpoint' }),
  'deny',
  'SEED',
  'Cannot create access tokens for their own use. Exception: administrators can create tokens for their own use.',
);
c(
  'A7',
  'ATM: token for another user via issuetoken endpoint',
  A,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login', via: 'issuetoken-endpoint' }),
  'deny',
  'ISSUE',
  'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.',
);
c(
  'A8',
  "ATM: revoke another user's token via Access Tokens page",
  A,
  q('m', 'ATM', 'revoke-token', { for: 'svc', forRole: 'Svc Login', via: 'access-tokens-page' }),
  'allow',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'A9',
  "ATM: revoke another user's token via endpoint",
  A,
  q('m', 'ATM', 'revoke-token', { for: 'svc', forRole: 'Svc Login', via: 'issuetoken-endpoint' }),
  'deny',
  'ISSUE',
  'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.',
);
c(
  'A10',
  'ATM: token for an Administrator',
  A + ADMIN + user('boss', ['Administrator']),
  q('m', 'ATM', 'issue-token', { for: 'boss', forRole: 'Administrator' }),
  'deny',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'A11',
  "ATM: revoke an Administrator's token",
  A + ADMIN + user('boss', ['Administrator']),
  q('m', 'ATM', 'revoke-token', { for: 'boss', forRole: 'Administrator' }),
  'deny',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'A12',
  'ATM: token for a user whose role has no TBA login permission',
  A + role('Clerk', ['Publish Employee List']) + user('clerk', ['Clerk']),
  q('m', 'ATM', 'issue-token', { for: 'clerk', forRole: 'Clerk' }),
  'deny',
  'SETUPREQ',
  'You must assign a user to a role with permission to log in by using token-based authentication. For more information, see Assign Users to Token-based Authentication Roles.',
  false,
);
c(
  'A13',
  'ATM: token for a user whose role holds only ATM (cannot log in)',
  A + user('m2', ['ATM']),
  q('m', 'ATM', 'issue-token', { for: 'm2', forRole: 'ATM' }),
  'deny',
  'SEED',
  'Cannot use access tokens to log in through RESTlets or web services.',
  false,
);
c(
  'A14',
  'ATM: token for a user whose role holds UAT only (can log in)',
  A + role('UAT', [UAT]) + user('dev', ['UAT']),
  q('m', 'ATM', 'issue-token', { for: 'dev', forRole: 'UAT' }),
  'allow',
  'SEED',
  'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
);
c(
  'A15',
  'ATM: token for a user in a role that user does not hold',
  A + role('Other', [LOGIN]),
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Other' }),
  'deny',
  'RESTLET',
  'A token is valid for one specific company, user entity, and role only.',
  false,
);
c(
  'A16',
  'ATM: token for an inactive user',
  A + role('L2', [LOGIN]) + user('gone', ['L2'], ['inactive']),
  q('m', 'ATM', 'issue-token', { for: 'gone', forRole: 'L2' }),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);
c(
  'A17',
  'ATM: token for a user in an inactive role',
  A + role('Old', [LOGIN], ['inactive']) + user('o', ['Old']),
  q('m', 'ATM', 'issue-token', { for: 'o', forRole: 'Old' }),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);
c(
  'A18',
  'ATM: token for a user who also holds Administrator, target role non-admin',
  A + ADMIN + user('both', ['Administrator', 'Svc Login']),
  q('m', 'ATM', 'issue-token', { for: 'both', forRole: 'Svc Login' }),
  'allow',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'A19',
  'ATM: token for another user via Settings portlet',
  A,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login', via: 'settings-portlet' }),
  'deny',
  'UAT',
  'The My Access Tokens page appears, listing all the tokens for the current user in the current role.',
);
c(
  'A20',
  'ATM at level none: token for other',
  feat() + role('R', [[ATM, 'none']]) + user('m', ['R']) + TARGET,
  q('m', 'R', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'LEVELS',
  'NONE - User doesn’t have access to existing files. The user cannot create new, view existing, edit existing, or delete existing files.',
);
c(
  'A21',
  'ATM at level view: token for other',
  feat() + role('R', [[ATM, 'view']]) + user('m', ['R']) + TARGET,
  q('m', 'R', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'LEVELS',
  '(no page gives the levels of the TBA permissions)',
  false,
);
c(
  'A22',
  'ATM duplicate none then full: token for other',
  feat() +
    role('R', [
      [ATM, 'none'],
      [ATM, 'full'],
    ]) +
    user('m', ['R']) +
    TARGET,
  q('m', 'R', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'CONTRACT',
  'Duplicate lines: when a role gives one permission twice, the first line counts everywhere',
);
c(
  'A23',
  'ATM: own token via authorization flow',
  A + GOODAPP,
  q('m', 'ATM', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'SEED',
  'Cannot create access tokens for their own use. Exception: administrators can create tokens for their own use.',
);
c(
  'A24',
  'ATM: token for another user via authorization flow',
  A,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login', via: 'authorization-flow' }),
  'deny',
  'ISSUE',
  'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.',
);
c(
  'A25',
  'ATM: token for a Web Services Only user (can log in through web services)',
  A + role('WSO', [LOGIN], ['web-services-only']) + user('ws', ['WSO']),
  q('m', 'ATM', 'issue-token', { for: 'ws', forRole: 'WSO' }),
  'allow',
  'WSOROLE',
  'If a role is designed to be used by programs that integrate with NetSuite through web services, check the Web Services Only Role box to allow NetSuite account access but disallow UI access and privileges.',
);
c(
  'A26',
  'inactive ATM actor: token for other',
  feat() + role('ATM', [ATM]) + user('m', ['ATM'], ['inactive']) + TARGET,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);
c(
  'A27',
  'ATM actor acting in an inactive role',
  feat() + role('ATM', [ATM], ['inactive']) + user('m', ['ATM']) + TARGET,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);

// ---------- Combinations ----------
const LU = feat() + role('LU', [LOGIN, UAT]) + user('u', ['LU']);
c(
  'C1',
  'LOGIN+UAT: own token via Settings portlet',
  LU,
  q('u', 'LU', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'C2',
  'LOGIN+UAT: own token via issuetoken endpoint',
  LU,
  q('u', 'LU', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'ISSUE',
  'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
);
c('C3', 'LOGIN+UAT: RESTlet login', LU, q('u', 'LU', 'restlet-login'), 'allow', 'SEED', 'Can use access tokens to log in through RESTlets or web services.');
const LA = feat() + role('LA', [LOGIN, ATM]) + user('m', ['LA']) + TARGET;
c('C4', 'LOGIN+ATM: RESTlet login', LA, q('m', 'LA', 'restlet-login'), 'allow', 'SEED', 'Can use access tokens to log in through RESTlets or web services.');
c(
  'C5',
  'LOGIN+ATM: own token via portlet',
  LA,
  q('m', 'LA', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SEED',
  'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.',
);
c(
  'C6',
  'LOGIN+ATM: token for another user',
  LA,
  q('m', 'LA', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'allow',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'C7',
  'LOGIN+ATM: own token via Access Tokens page',
  LA,
  q('m', 'LA', 'issue-token', { via: 'access-tokens-page' }),
  'deny',
  'SEED',
  'Cannot create access tokens for their own use. Exception: administrators can create tokens for their own use.',
);
const UA = feat() + role('UA', [UAT, ATM]) + user('m', ['UA']) + TARGET;
c(
  'C8',
  'UAT+ATM: own token via portlet',
  UA,
  q('m', 'UA', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'C9',
  'UAT+ATM: token for another user',
  UA,
  q('m', 'UA', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'allow',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'C10',
  'UAT+ATM: RESTlet login',
  UA,
  q('m', 'UA', 'restlet-login'),
  'allow',
  'SEED',
  'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
);
c(
  'C11',
  'UAT+ATM: own token via Access Tokens page',
  UA,
  q('m', 'UA', 'issue-token', { via: 'access-tokens-page' }),
  'deny',
  'SEED',
  'Cannot create access tokens for their own use. Exception: administrators can create tokens for their own use.',
  false,
);
const ALL = feat() + role('All3', [LOGIN, UAT, ATM]) + user('m', ['All3']) + TARGET + ADMIN + user('boss', ['Administrator']);
c(
  'C12',
  'all three: web services login',
  ALL,
  q('m', 'All3', 'web-services-login'),
  'allow',
  'SEED',
  'Can use access tokens to log in through RESTlets or web services.',
);
c(
  'C13',
  'all three: token for an Administrator',
  ALL,
  q('m', 'All3', 'issue-token', { for: 'boss', forRole: 'Administrator' }),
  'deny',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'C14',
  'all three: own token via issuetoken endpoint',
  ALL,
  q('m', 'All3', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'ISSUE',
  'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
);
c(
  'C15',
  'LOGIN none + UAT full: RESTlet login (UAT suffices)',
  feat() + role('R', [[LOGIN, 'none'], UAT]) + user('u', ['R']),
  q('u', 'R', 'restlet-login'),
  'allow',
  'SEED',
  'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
);
c(
  'C16',
  'two roles: acting as LOGIN role, user also holds UAT role -> own token for current role via portlet',
  feat() + role('UAT', [UAT]) + role('Login', [LOGIN]) + user('u', ['UAT', 'Login']),
  q('u', 'Login', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SEED',
  'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.',
);

// ---------- Administrator ----------
const AD = feat() + ADMIN + user('admin', ['Administrator']) + user('admin2', ['Administrator']) + TARGET;
c(
  'D1',
  'Admin: own token via Settings portlet',
  AD,
  q('admin', 'Administrator', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'ISSUE',
  'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
);
c(
  'D2',
  'Admin: own token via issuetoken endpoint',
  AD,
  q('admin', 'Administrator', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'ISSUE',
  'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
);
c(
  'D3',
  'Admin: own token via Access Tokens page',
  AD,
  q('admin', 'Administrator', 'issue-token', { via: 'access-tokens-page' }),
  'deny',
  'ISSUE',
  'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
);
c(
  'D4',
  'Admin: token for another Administrator',
  AD,
  q('admin', 'Administrator', 'issue-token', { for: 'admin2', forRole: 'Administrator' }),
  'deny',
  'SEED',
  'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account. Administrators can create tokens for themselves, but not for other administrators.',
);
c(
  'D5',
  "Admin: revoke another Administrator's token",
  AD,
  q('admin', 'Administrator', 'revoke-token', { for: 'admin2', forRole: 'Administrator' }),
  'deny',
  'ATM',
  'A user cannot create access tokens for an administrator, and the administrator cannot create access tokens for another administrator.',
  false,
);
c(
  'D6',
  'Admin: token for a LOGIN user via Access Tokens page',
  AD,
  q('admin', 'Administrator', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'allow',
  'USERS',
  'For users without a role that has the User Access Token permission, an administrator can create, assign, and manage access tokens.',
);
c(
  'D7',
  'Admin: RESTlet login',
  AD,
  q('admin', 'Administrator', 'restlet-login'),
  'allow',
  'ISSUE',
  'You can use TBA with those integrations that require the Administrator role.',
);
c(
  'D8',
  'Admin: web services login',
  AD,
  q('admin', 'Administrator', 'web-services-login'),
  'allow',
  'ISSUE',
  'You can use TBA with those integrations that require the Administrator role.',
);
c(
  'D9',
  'Admin: token for another user via issuetoken endpoint',
  AD,
  q('admin', 'Administrator', 'issue-token', { for: 'svc', forRole: 'Svc Login', via: 'issuetoken-endpoint' }),
  'deny',
  'ISSUE',
  'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.',
);
c(
  'D10',
  'Admin: own token for another role the admin holds, via Access Tokens page',
  feat() + ADMIN + role('Svc Login', [LOGIN]) + user('admin', ['Administrator', 'Svc Login']),
  q('admin', 'Administrator', 'issue-token', { for: 'admin', forRole: 'Svc Login', via: 'access-tokens-page' }),
  'deny',
  'ISSUE',
  'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
);
c(
  'D11',
  'Admin: own token for another role the admin holds, via Settings portlet',
  feat() + ADMIN + role('Svc Login', [LOGIN]) + user('admin', ['Administrator', 'Svc Login']),
  q('admin', 'Administrator', 'issue-token', { for: 'admin', forRole: 'Svc Login', via: 'settings-portlet' }),
  'deny',
  'UAT',
  'The My Access Tokens page appears, listing all the tokens for the current user in the current role.',
);
c(
  'D12',
  'Admin: own token via authorization flow with a good app',
  AD + GOODAPP,
  q('admin', 'Administrator', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'allow',
  'OVERVIEW',
  'Two-factor authentication (2FA) is not compatible with integrations. When using any 2FA-required role, it is not possible to use user credentials with TBA integrations. Use either OAuth 2.0, or the TBA authorization flow.',
  false,
);
c(
  'D13',
  'Admin: revoke own token via Settings portlet',
  AD,
  q('admin', 'Administrator', 'revoke-token', { via: 'settings-portlet' }),
  'allow',
  'ISSUE',
  'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
  false,
);
c(
  'D14',
  'inactive Administrator user: own token via portlet',
  feat() + ADMIN + user('admin', ['Administrator'], ['inactive']),
  q('admin', 'Administrator', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);

// ---------- Web Services Only ----------
const W = feat() + role('WSO', [LOGIN], ['web-services-only']) + user('ws', ['WSO']);
c(
  'W1',
  'WSO+LOGIN: RESTlet login',
  W,
  q('ws', 'WSO', 'restlet-login'),
  'deny',
  'RESTLET',
  'Roles with the Web Services Only restriction will not work with RESTlets.',
);
c(
  'W2',
  'WSO+LOGIN: web services login',
  W,
  q('ws', 'WSO', 'web-services-login'),
  'allow',
  'WSOROLE',
  'If a role is designed to be used by programs that integrate with NetSuite through web services, check the Web Services Only Role box to allow NetSuite account access but disallow UI access and privileges.',
);
const WU = feat() + role('WSOU', [UAT], ['web-services-only']) + user('ws', ['WSOU']);
c(
  'W3',
  'WSO+UAT: own token via Settings portlet (UI)',
  WU,
  q('ws', 'WSOU', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'WSOROLE',
  'If a role is designed to be used by programs that integrate with NetSuite through web services, check the Web Services Only Role box to allow NetSuite account access but disallow UI access and privileges.',
);
// W4 was first expected to deny ("permitted to send web services calls only"); the Web Services Only
// page's own note says otherwise for non-UI methods other than RESTlets.
c(
  'W4',
  'WSO+UAT: own token via issuetoken endpoint (not the UI)',
  WU,
  q('ws', 'WSOU', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'WSOUSER',
  'However, checking the Web Services Only box does not exclude access to NetSuite by other non-UI methods.',
);
c(
  'W5',
  'WSO+ATM: token for another user via Access Tokens page (UI)',
  feat() + role('WSOA', [ATM], ['web-services-only']) + user('m', ['WSOA']) + TARGET,
  q('m', 'WSOA', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'WSOROLE',
  'If a role is designed to be used by programs that integrate with NetSuite through web services, check the Web Services Only Role box to allow NetSuite account access but disallow UI access and privileges.',
);
c(
  'W6',
  'WSO+LOGIN: own token via authorization flow (UI login form)',
  W + GOODAPP,
  q('ws', 'WSO', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'WSOUSER',
  'A role designated as Web Services Only prohibits the user from accessing NetSuite through the UI.',
  false,
);
c(
  'W7',
  'WSO+UAT: web services login',
  WU,
  q('ws', 'WSOU', 'web-services-login'),
  'allow',
  'SEED',
  'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.',
);
c(
  'W8',
  'WSO+UAT: RESTlet login',
  WU,
  q('ws', 'WSOU', 'restlet-login'),
  'deny',
  'RESTLET',
  'Roles with the Web Services Only restriction will not work with RESTlets.',
);

// ---------- Single Sign-On Only ----------
const S = feat() + role('SSO', [LOGIN], ['single-sign-on-only']) + user('s', ['SSO']);
c(
  'S1',
  'SSO-only+LOGIN: web services login',
  S,
  q('s', 'SSO', 'web-services-login'),
  'deny',
  'SSO',
  'This setting prohibits a user from accessing NetSuite through web services or the user interface without going through OIDC single sign-on.',
  false,
);
// S2 was first expected to deny ("account access only through OIDC single sign-on"); no page names
// RESTlets for such roles, RESTlets "are not part of the NetSuite web services feature", and TBA works
// with single sign-on roles. The pages pull both ways; the engine's allow is kept.
c(
  'S2',
  'SSO-only+LOGIN: RESTlet login with a token',
  S,
  q('s', 'SSO', 'restlet-login'),
  'allow',
  'OVERVIEW',
  'You can use Two-Factor Authentication (2FA) roles and roles with SAML Single Sign-on permissions with TBA.',
  false,
);
const SU = feat() + role('SSOU', [UAT], ['single-sign-on-only']) + user('s', ['SSOU']);
c(
  'S3',
  'SSO-only+UAT: own token via issuetoken endpoint (NLAuth credentials, no SSO)',
  SU,
  q('s', 'SSOU', 'issue-token', { via: 'issuetoken-endpoint' }),
  'deny',
  'SSO',
  'This setting prohibits a user from accessing NetSuite through web services or the user interface without going through OIDC single sign-on.',
  false,
);
c(
  'S4',
  'SSO-only+UAT: own token via Settings portlet (UI reached through SSO)',
  SU,
  q('s', 'SSOU', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'SSO',
  'If the role is designed to be used by users accessing NetSuite through OIDC single sign-on, check the Single Sign-On Only box to allow NetSuite account access only through OIDC single sign-on.',
  false,
);
c(
  'S5',
  'SSO-only+UAT: own token via authorization flow',
  SU + GOODAPP,
  q('s', 'SSOU', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'allow',
  'STEP2',
  'If the GET request goes to an account-specific domain and SAML SSO or OIDC is enabled, the user can be sent to a third-party app.',
  false,
);
c(
  'S6',
  'ATM: token for a user in an SSO-only LOGIN role',
  feat() + role('ATM', [ATM]) + user('m', ['ATM']) + role('SSO', [LOGIN], ['single-sign-on-only']) + user('s', ['SSO']),
  q('m', 'ATM', 'issue-token', { for: 's', forRole: 'SSO' }),
  'allow',
  'OVERVIEW',
  'You can use Two-Factor Authentication (2FA) roles and roles with SAML Single Sign-on permissions with TBA.',
  false,
);

// ---------- 2FA ----------
const T = feat() + role('UAT2FA', [UAT], ['two-factor required']) + user('t', ['UAT2FA']);
c(
  'T1',
  '2FA-required UAT role: own token via issuetoken endpoint (nlauth_otp)',
  T,
  q('t', 'UAT2FA', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'OTP',
  'To accommodate the requirement for required 2FA for highly privileged roles, the issuetoken endpoint was extended. The NLAuth authentication header includes an optional parameter, nlauth_otp.',
  false,
);
c(
  'T2',
  '2FA-required UAT role: own token via Settings portlet',
  T,
  q('t', 'UAT2FA', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'UAT',
  'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
);
c(
  'T3',
  '2FA-required UAT role: RESTlet login with token',
  T,
  q('t', 'UAT2FA', 'restlet-login'),
  'allow',
  'OVERVIEW',
  'You can use Two-Factor Authentication (2FA) roles and roles with SAML Single Sign-on permissions with TBA.',
);
c(
  'T4',
  '2FA-required UAT role: own token via authorization flow',
  T + GOODAPP,
  q('t', 'UAT2FA', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'allow',
  'OVERVIEW',
  'Two-factor authentication (2FA) is not compatible with integrations. When using any 2FA-required role, it is not possible to use user credentials with TBA integrations. Use either OAuth 2.0, or the TBA authorization flow.',
);
c(
  'T5',
  'highly privileged permission (Set Up SAML Single Sign-on) forces 2FA: issuetoken endpoint',
  feat() + role('HP', [UAT, 'Set Up SAML Single Sign-on']) + user('t', ['HP']),
  q('t', 'HP', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'OTP',
  'To accommodate the requirement for required 2FA for highly privileged roles, the issuetoken endpoint was extended. The NLAuth authentication header includes an optional parameter, nlauth_otp.',
  false,
);
c(
  'T6',
  'Customer Center role with two-factor required line: issuetoken endpoint (2FA cannot apply)',
  feat() + role('Cust', [UAT], ['center customer', 'two-factor required']) + user('cust', ['Cust']),
  q('cust', 'Cust', 'issue-token', { via: 'issuetoken-endpoint' }),
  'allow',
  'DESIG2FA',
  'The 2FA-required designation can be applied to most roles, including Employee Center, Partner Center, and Vendor Center roles, but not to Customer Center roles.',
);
c(
  'T7',
  'Customer Center LOGIN role: RESTlet login',
  feat() + role('CustL', [LOGIN], ['center customer']) + user('cust', ['CustL']),
  q('cust', 'CustL', 'restlet-login'),
  'allow',
  'ASSIGN',
  'TBA is available for many types of NetSuite users, including customers, employees, partners, and vendors.',
);
c(
  'T8',
  'Customer Center UAT role: own token via portlet',
  feat() + role('CustU', [UAT], ['center customer']) + user('cust', ['CustU']),
  q('cust', 'CustU', 'issue-token', { via: 'settings-portlet' }),
  'allow',
  'ASSIGN',
  'TBA is available for many types of NetSuite users, including customers, employees, partners, and vendors.',
);
c(
  'T9',
  'ATM: token for a Customer Center LOGIN user',
  feat() + role('ATM', [ATM]) + user('m', ['ATM']) + role('CustL', [LOGIN], ['center customer']) + user('cust', ['CustL']),
  q('m', 'ATM', 'issue-token', { for: 'cust', forRole: 'CustL' }),
  'allow',
  'ASSIGN',
  'TBA is available for many types of NetSuite users, including customers, employees, partners, and vendors.',
);
c(
  'T10',
  '2FA-required LOGIN role: web services login with token',
  feat() + role('L2FA', [LOGIN], ['two-factor required']) + user('t', ['L2FA']),
  q('t', 'L2FA', 'web-services-login'),
  'allow',
  'DESIG2FA',
  'If you want to use RESTlets or web services with a highly privileged role, use Token-based Authentication or OAuth 2.0.',
);

// ---------- TBA feature ----------
c(
  'F1',
  'feature disabled: LOGIN RESTlet login',
  feat('disabled') + role('Login', [LOGIN]) + user('u', ['Login']),
  q('u', 'Login', 'restlet-login'),
  'deny',
  'ERRWS',
  'The Token-based Authentication feature in NetSuite is not enabled.',
);
c(
  'F2',
  'feature disabled: UAT own token via portlet',
  feat('disabled') + role('UAT', [UAT]) + user('u', ['UAT']),
  q('u', 'UAT', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SETUPREQ',
  'You must enable the Token-based Authentication feature. For more information, see Enable the Token-based Authentication Feature.',
);
c(
  'F3',
  'feature disabled: Admin own token via portlet',
  feat('disabled') + ADMIN + user('admin', ['Administrator']),
  q('admin', 'Administrator', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SETUPREQ',
  'You must enable the Token-based Authentication feature. For more information, see Enable the Token-based Authentication Feature.',
);
c(
  'F4',
  'feature disabled: ATM token for other user',
  feat('disabled') + role('ATM', [ATM]) + user('m', ['ATM']) + TARGET,
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login' }),
  'deny',
  'SETUPREQ',
  'You must enable the Token-based Authentication feature. For more information, see Enable the Token-based Authentication Feature.',
);
c(
  'F5',
  'feature not stated (no account block): LOGIN RESTlet login',
  role('Login', [LOGIN]) + user('u', ['Login']),
  q('u', 'Login', 'restlet-login'),
  'allow',
  'CONTRACT',
  'token-based-authentication enabled        # enabled (default) | disabled',
  false,
);
c(
  'F6',
  'feature disabled: web services login',
  feat('disabled') + role('Login', [LOGIN]) + user('u', ['Login']),
  q('u', 'Login', 'web-services-login'),
  'deny',
  'ERRWS',
  'The Token-based Authentication feature in NetSuite is not enabled.',
);

// ---------- Integrations ----------
const IL = (props: string[]): string => feat() + role('Login', [LOGIN]) + role('UAT', [UAT]) + user('u', ['Login']) + user('d', ['UAT']) + integ('App', props);
c(
  'I1',
  'RESTlet login with a Blocked application',
  IL(['token-based-authentication enabled', 'state blocked']),
  q('u', 'Login', 'restlet-login', { integration: 'App' }),
  'deny',
  'ERRWS',
  'The application is in Blocked state on the integration record.',
);
c(
  'I2',
  'RESTlet login with a Waiting-for-Approval application',
  IL(['token-based-authentication enabled', 'state waiting-for-approval']),
  q('u', 'Login', 'restlet-login', { integration: 'App' }),
  'deny',
  'ISSUETOKEN',
  'Until you set the state to Enabled, all requests sent by that application are blocked.',
);
c(
  'I3',
  'RESTlet login with an enabled TBA application',
  IL(['token-based-authentication enabled', 'state enabled']),
  q('u', 'Login', 'restlet-login', { integration: 'App' }),
  'allow',
  'SEED',
  'Can use access tokens to log in through RESTlets or web services.',
);
c(
  'I4',
  'RESTlet login with an application whose TBA box is cleared',
  IL(['token-based-authentication disabled', 'state enabled']),
  q('u', 'Login', 'restlet-login', { integration: 'App' }),
  'deny',
  'SETUPREQ',
  'You must create an integration record for the application on Setup > Integration > Manage Integrations. On the integration record, the Token-based Authentication box must be checked.',
);
c(
  'I5',
  'web services login with a Blocked application',
  IL(['token-based-authentication enabled', 'state blocked']),
  q('u', 'Login', 'web-services-login', { integration: 'App' }),
  'deny',
  'ERRWS',
  'The application is in Blocked state on the integration record.',
);
c(
  'I6',
  'issuetoken endpoint: app with IssueToken box cleared',
  IL(['token-based-authentication enabled', 'issuetoken-endpoint disabled', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'deny',
  'INTREC',
  '(TBA: IssueToken Endpoint row not retrievable; inferred)',
  false,
);
c(
  'I7',
  'issuetoken endpoint: app with all boxes and Enabled',
  IL(['token-based-authentication enabled', 'issuetoken-endpoint enabled', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'allow',
  'ISSUE',
  'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
);
c(
  'I8',
  'issuetoken endpoint: app with TBA box cleared',
  IL(['token-based-authentication disabled', 'issuetoken-endpoint enabled', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'deny',
  'INTREC',
  'This box must be checked to enable use of either the TBA authorization flow or the issuetoken endpoint.',
);
c(
  'I9',
  'issuetoken endpoint: app Waiting for Approval',
  IL(['token-based-authentication enabled', 'issuetoken-endpoint enabled', 'state waiting-for-approval']),
  q('d', 'UAT', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'deny',
  'ISSUETOKEN',
  'Until you set the state to Enabled, all requests sent by that application are blocked.',
);
c(
  'I10',
  'issuetoken endpoint: app Blocked',
  IL(['token-based-authentication enabled', 'issuetoken-endpoint enabled', 'state blocked']),
  q('d', 'UAT', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'deny',
  'ERRWS',
  'The application is in Blocked state on the integration record.',
);
c(
  'I11',
  'authorization flow: app with Authorization Flow box cleared',
  IL(['token-based-authentication enabled', 'authorization-flow disabled', 'callback-url "https://x.example/cb"', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'ERRFLOW',
  'Ensure that the TBA: Authorization Flow box is checked in the corresponding integration record. For more information, see Create Integration Records for Applications to Use TBA.',
);
c(
  'I12',
  'authorization flow: box checked, no callback URL',
  IL(['token-based-authentication enabled', 'authorization-flow enabled', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'THREESTEP',
  'The administrator must configure the callback URL on the integration record.',
);
c(
  'I13',
  'authorization flow: app Blocked',
  IL(['token-based-authentication enabled', 'authorization-flow enabled', 'callback-url "https://x.example/cb"', 'state blocked']),
  q('d', 'UAT', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'ERRFLOW',
  'The state of the integration record is Blocked.',
);
c(
  'I14',
  'authorization flow: app Waiting for Approval',
  IL(['token-based-authentication enabled', 'authorization-flow enabled', 'callback-url "https://x.example/cb"', 'state waiting-for-approval']),
  q('d', 'UAT', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'ISSUETOKEN',
  'Until you set the state to Enabled, all requests sent by that application are blocked.',
);
c(
  'I15',
  'authorization flow: good app, LOGIN role',
  IL(['token-based-authentication enabled', 'authorization-flow enabled', 'callback-url "https://x.example/cb"', 'state enabled']),
  q('u', 'Login', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'allow',
  'THREESTEP',
  'If this step succeeds, the application exchanges the request token for an access token to be used when calling a RESTlet or a web service.',
  false,
);
c(
  'I16',
  'authorization flow: TBA box cleared',
  IL(['token-based-authentication disabled', 'authorization-flow enabled', 'callback-url "https://x.example/cb"', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'authorization-flow', integration: 'App' }),
  'deny',
  'INTREC',
  'This box must be checked to enable use of either the TBA authorization flow or the issuetoken endpoint.',
);
c(
  'I17',
  'Settings portlet: app with TBA box cleared',
  IL(['token-based-authentication disabled', 'state enabled']),
  q('d', 'UAT', 'issue-token', { via: 'settings-portlet', integration: 'App' }),
  'deny',
  'SETUPREQ',
  'You must create an integration record for the application on Setup > Integration > Manage Integrations. On the integration record, the Token-based Authentication box must be checked.',
);
c(
  'I18',
  'LOGIN role: issuetoken endpoint with a good app (permission still missing)',
  IL(['token-based-authentication enabled', 'issuetoken-endpoint enabled', 'state enabled']),
  q('u', 'Login', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'deny',
  'SEED',
  'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.',
);
c(
  'I19',
  '2FA-required UAT role: issuetoken endpoint with a good app',
  feat() + role('UAT2FA', [UAT], ['two-factor required']) + user('t', ['UAT2FA']) + GOODAPP,
  q('t', 'UAT2FA', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'allow',
  'OTP',
  'To accommodate the requirement for required 2FA for highly privileged roles, the issuetoken endpoint was extended. The NLAuth authentication header includes an optional parameter, nlauth_otp.',
  false,
);
c(
  'I20',
  'Admin: own token via issuetoken endpoint with a good app',
  AD + GOODAPP,
  q('admin', 'Administrator', 'issue-token', { via: 'issuetoken-endpoint', integration: 'App' }),
  'allow',
  'ISSUE',
  'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
);
c(
  'I21',
  'ATM: token for other via Access Tokens page with a Blocked app',
  feat() + role('ATM', [ATM]) + user('m', ['ATM']) + TARGET + integ('App', ['token-based-authentication enabled', 'state blocked']),
  q('m', 'ATM', 'issue-token', { for: 'svc', forRole: 'Svc Login', integration: 'App' }),
  'deny',
  'ERRWS',
  '(silent: page lists login errors only)',
  false,
);

// ---------- Inactive / role not held ----------
c(
  'N1',
  'user acts in a role not held',
  feat() + role('Login', [LOGIN]) + role('Other', [LOGIN]) + user('u', ['Login']),
  q('u', 'Other', 'restlet-login'),
  'deny',
  'VIEWTOK',
  'These active tokens cannot be used by the entity for log in to NetSuite (unless the administrator adds the roles back to the entity).',
);
c(
  'N2',
  'inactive user: RESTlet login',
  feat() + role('Login', [LOGIN]) + user('u', ['Login'], ['inactive']),
  q('u', 'Login', 'restlet-login'),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);
c(
  'N3',
  'inactive role: RESTlet login',
  feat() + role('Login', [LOGIN], ['inactive']) + user('u', ['Login']),
  q('u', 'Login', 'restlet-login'),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);
c(
  'N4',
  'inactive UAT user: own token via portlet',
  feat() + role('UAT', [UAT]) + user('u', ['UAT'], ['inactive']),
  q('u', 'UAT', 'issue-token', { via: 'settings-portlet' }),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);
c(
  'N5',
  'inactive role: web services login',
  feat() + role('Login', [LOGIN], ['inactive']) + user('u', ['Login']),
  q('u', 'Login', 'web-services-login'),
  'deny',
  'SETUPREQ',
  '(silent for TBA)',
  false,
);

const sources = path.join(__dirname, '../../docs/sources');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const stored = new Map<string, string>();
function storedText(file: string): string {
  if (!stored.has(file)) stored.set(file, norm(fs.readFileSync(path.join(sources, file), 'utf8')));
  return stored.get(file)!;
}

describe("second reader: cases written from NetSuite's pages", () => {
  it(`holds ${cases.length} cases with unique ids`, () => {
    assert.ok(cases.length >= 60);
    assert.equal(new Set(cases.map((k) => k.id)).size, cases.length);
  });

  it('every case quotes its page verbatim (whitespace-normalised); a case a page decides names its URL', () => {
    const bad: string[] = [];
    for (const k of cases) {
      const [file, url] = P[k.page];
      if (k.decided && k.page !== 'CONTRACT' && !url.startsWith('https://')) bad.push(`${k.id}: no URL`);
      if (k.quote.startsWith('(')) {
        if (k.decided) bad.push(`${k.id}: decided, but quotes nothing`);
        continue;
      }
      if (!storedText(file).includes(norm(k.quote))) bad.push(`${k.id}: not in ${file}: ${k.quote}`);
    }
    assert.deepEqual(bad, []);
  });

  for (const k of cases) {
    it(`${k.id} ${k.title}: ${k.expected}`, () => {
      const { model } = load(k.text);
      const facts = factsOf(model, new AccountIndex(model));
      const q = k.question;
      const v = decide(facts, {
        user: q.user,
        role: q.role,
        action: q.action,
        target: q.for === undefined ? undefined : { user: q.for, role: q.forRole! },
        channel: q.via,
        integration: q.integration,
      });
      assert.equal(v.decision, k.expected, `${k.quote}\n${v.trace.join('\n')}`);
      assert.ok(v.citations.length > 0 && v.citations.every((c) => c.quote && (c.basis === 'documented' || c.basis === 'inferred')));
      if (ENGINE_SAYS_INFERRED.has(k.id)) {
        assert.equal(k.decided, false, `${k.id}: a page decides it`);
        assert.equal(v.citations[0].basis, 'inferred', `${k.id}: no page decides it, but the engine's answer is not labelled inferred`);
      }
    });
  }
});

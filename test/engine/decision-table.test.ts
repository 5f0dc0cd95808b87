/**
 * The exhaustive decision table. Expected outcomes are written below as rules read from
 * "Set Up Token-based Authentication Roles" and the NetSuite pages in docs/sources/netsuite-help — first
 * matching row wins — and every combination is enumerated and checked against the engine.
 * Nothing here calls the engine to compute an expectation.
 */
import { strict as assert } from 'assert';
import { AccountIndex, type Action, type Channel, decide, factsOf } from '../../server/src/engine';
import { load } from '../helpers/memory';

type Tri = boolean | '*';
interface Row {
  atm?: Tri;
  uat?: Tri;
  login?: Tri;
  admin?: Tri;
  wso?: Tri;
  action?: Action | 'login' | 'token';
  self?: Tri;
  targetAdmin?: Tri;
  holds?: Tri;
  channel?: Channel | '*';
  expect: 'allow' | 'deny';
  rule: string;
  why: string;
}

// Login through RESTlets or web services with a token for (actor, acting role).
const LOGIN_TABLE: Row[] = [
  {
    action: 'restlet-login',
    wso: true,
    expect: 'deny',
    rule: 'TBA-WSO-RESTLET',
    why: "Roles with the Web Services Only restriction don't work with RESTlets.",
  },
  { login: true, expect: 'allow', rule: 'TBA-LOGIN', why: 'Log in using Access Tokens: Can use access tokens to log in through RESTlets or web services.' },
  { uat: true, expect: 'allow', rule: 'TBA-UAT-LOGIN', why: 'User Access Tokens holders do not also need Log in using Access Tokens (inferred).' },
  { admin: true, expect: 'allow', rule: 'TBA-ADMIN-LOGIN', why: 'TBA can be used with integrations that require the Administrator role.' },
  { atm: true, expect: 'deny', rule: 'TBA-ATM-NO-LOGIN', why: 'Access Token Management: Cannot use access tokens to log in.' },
  { expect: 'deny', rule: 'TBA-NO-LOGIN-PERMISSION', why: 'Nothing grants a token login.' },
];

// The Settings portlet, the Access Tokens page and the authorization flow's step two (the NetSuite login
// form and consent page, "Step Two Authorize the Request Token") are the UI. "Setting a Web Services Only
// Role for a User": "A role designated as Web Services Only prohibits the user from accessing NetSuite through the UI."
const WSO_UI: Row[] = (['access-tokens-page', 'settings-portlet', 'authorization-flow'] as const).map((channel) => ({
  channel,
  wso: true,
  expect: 'deny',
  rule: 'TBA-WSO-UI',
  why: 'A role designated as Web Services Only prohibits the user from accessing NetSuite through the UI.',
}));

// Issue or revoke a token for the actor's own use (target = actor and acting role).
const OWN_TABLE: Row[] = [
  ...WSO_UI,
  {
    channel: 'access-tokens-page',
    admin: true,
    expect: 'deny',
    rule: 'TBA-ADMIN-SELF',
    why: 'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
  },
  {
    channel: 'access-tokens-page',
    atm: true,
    expect: 'deny',
    rule: 'TBA-ATM-SELF',
    why: 'Access Token Management: Cannot create access tokens for their own use.',
  },
  {
    channel: 'access-tokens-page',
    uat: true,
    expect: 'deny',
    rule: 'TBA-UAT-OWN',
    why: 'User Access Tokens works from the Settings portlet (My Access Tokens).',
  },
  { channel: 'access-tokens-page', expect: 'deny', rule: 'TBA-OWN-NEEDS-PERMISSION', why: 'No permission for own tokens.' },
  // The Three-Step TBA Authorization Flow: the user the token is for authorizes it (inferred: a role that can log in with tokens).
  { channel: 'authorization-flow', action: 'revoke-token', expect: 'deny', rule: 'TBA-AUTHFLOW-OWN', why: 'The flow grants tokens; it does not revoke them.' },
  {
    channel: 'authorization-flow',
    login: true,
    expect: 'allow',
    rule: 'TBA-AUTHFLOW-OWN',
    why: 'A user, for whom an access token is to be granted, authorizes the request token.',
  },
  { channel: 'authorization-flow', uat: true, expect: 'allow', rule: 'TBA-AUTHFLOW-OWN', why: 'As above; User Access Tokens logs in with tokens (inferred).' },
  { channel: 'authorization-flow', admin: true, expect: 'allow', rule: 'TBA-AUTHFLOW-OWN', why: 'As above; the Administrator role uses TBA.' },
  {
    channel: 'authorization-flow',
    atm: true,
    expect: 'deny',
    rule: 'TBA-ATM-SELF',
    why: 'Access Token Management: Cannot create access tokens for their own use.',
  },
  { channel: 'authorization-flow', expect: 'deny', rule: 'TBA-AUTHFLOW-OWN', why: 'Nothing lets the role log in with the token.' },
  // Issue Token and Revoke Token REST Services: "developers and users can issue or revoke their own tokens programmatically using a token endpoint."
  {
    channel: 'issuetoken-endpoint',
    action: 'revoke-token',
    login: true,
    expect: 'allow',
    rule: 'TBA-ENDPOINT-OWN',
    why: 'Users can revoke their own tokens through the endpoint.',
  },
  { channel: 'issuetoken-endpoint', action: 'revoke-token', uat: true, expect: 'allow', rule: 'TBA-ENDPOINT-OWN', why: 'As above.' },
  { channel: 'issuetoken-endpoint', action: 'revoke-token', admin: true, expect: 'allow', rule: 'TBA-ENDPOINT-OWN', why: 'As above.' },
  {
    channel: 'issuetoken-endpoint',
    action: 'revoke-token',
    expect: 'deny',
    rule: 'TBA-TOKEN-ROLE-TBA',
    why: 'The role cannot log in with tokens, so has none to revoke.',
  },
  { admin: true, expect: 'allow', rule: 'TBA-ADMIN-SELF', why: 'Exception: administrators can create tokens for their own use.' },
  { uat: true, expect: 'allow', rule: 'TBA-UAT-OWN', why: 'User Access Token: tokens for the current user and current role.' },
  {
    action: 'issue-token',
    login: true,
    expect: 'deny',
    rule: 'TBA-LOGIN-NO-ISSUE',
    why: 'Log in using Access Tokens: Cannot create their own access tokens via the Settings portlet or issuetoken.',
  },
  { action: 'issue-token', atm: true, expect: 'deny', rule: 'TBA-ATM-SELF', why: 'Access Token Management: Cannot create access tokens for their own use.' },
  { expect: 'deny', rule: 'TBA-OWN-NEEDS-PERMISSION', why: 'No permission to create or manage own tokens.' },
];

// Issue or revoke a token for another user and role.
const OTHERS_TABLE: Row[] = [
  ...WSO_UI,
  { holds: false, expect: 'deny', rule: 'TBA-ROLE-NOT-HELD', why: 'A token is valid for one specific company, user entity, and role only.' },
  {
    channel: 'authorization-flow',
    expect: 'deny',
    rule: 'TBA-AUTHFLOW-OWN',
    why: 'A user, for whom an access token is to be granted, authorizes the request token.',
  },
  {
    channel: 'issuetoken-endpoint',
    expect: 'deny',
    rule: 'TBA-ENDPOINT-SELF-ONLY',
    why: 'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.',
  },
  { channel: 'settings-portlet', expect: 'deny', rule: 'TBA-PORTLET-SELF-ONLY', why: 'The Settings portlet link is for the current user and role.' },
  { targetAdmin: true, expect: 'deny', rule: 'TBA-ADMIN-TARGET', why: '(except tokens for an Administrator role); not for other administrators.' },
  { atm: true, expect: 'allow', rule: 'TBA-ATM-OTHERS', why: 'Access Token Management: Can create, assign, and manage a token for other users.' },
  {
    admin: true,
    expect: 'allow',
    rule: 'TBA-ADMIN-OTHERS',
    why: 'For users without a role that has the User Access Token permission, an administrator can create, assign, and manage access tokens.',
  },
  { expect: 'deny', rule: 'TBA-OTHERS-NEED-ATM', why: 'Only Access Token Management creates tokens for other users.' },
];

interface Case {
  atm: boolean;
  uat: boolean;
  login: boolean;
  admin: boolean;
  wso: boolean;
  action: Action;
  self: boolean;
  targetAdmin: boolean;
  holds: boolean;
  channel: Channel | null;
}

function matches(row: Row, c: Case): boolean {
  const keys = ['atm', 'uat', 'login', 'admin', 'wso', 'self', 'targetAdmin', 'holds'] as const;
  for (const k of keys) if (row[k] !== undefined && row[k] !== '*' && row[k] !== c[k]) return false;
  if (row.channel !== undefined && row.channel !== '*' && row.channel !== c.channel) return false;
  if (row.action !== undefined && row.action !== c.action) return false;
  return true;
}

function expected(c: Case): Row {
  const table = c.channel === null ? LOGIN_TABLE : c.self ? OWN_TABLE : OTHERS_TABLE;
  const row = table.find((r) => matches(r, c));
  assert.ok(row, `no table row for ${JSON.stringify(c)}`);
  return row;
}

/**
 * One account per acting-role configuration, holding every target variant. With `duplicates`,
 * each TBA permission is written twice with opposite levels, the deciding one first: "when a
 * role gives one permission twice, the first line counts everywhere" (language contract v2).
 */
function accountFor(atm: boolean, uat: boolean, login: boolean, admin: boolean, wso: boolean, duplicates = false): string {
  const grant = (held: boolean, id: string) =>
    duplicates ? [`permission ${id} ${held ? 'full' : 'none'}`, `permission ${id} ${held ? 'none' : 'full'}`] : held ? [`permission ${id}`] : [];
  const perms = [
    ...grant(atm, 'ADMI_MANAGE_OAUTH_TOKENS'),
    ...grant(uat, 'ADMI_MANAGE_OWN_OAUTH_TOKENS'),
    ...grant(login, 'ADMI_LOGIN_OAUTH'),
    admin && 'administrator',
    wso && 'web-services-only',
  ].filter(Boolean);
  return `role "Actor" {\n  ${perms.join('\n  ')}\n  two-factor required\n}
role "Target" { permission ADMI_LOGIN_OAUTH }
role "Target Admin" { administrator; permission ADMI_LOGIN_OAUTH; two-factor required }
role "Other" { permission ADMI_LOGIN_OAUTH }
user "actor" { role "Actor" }
user "holder" { role "Target"; role "Target Admin" }
user "non-holder" { role "Other" }
`;
}

const BOOLS = [false, true];
const CHANNELS: Channel[] = ['access-tokens-page', 'settings-portlet', 'issuetoken-endpoint', 'authorization-flow'];

function allCases(): Case[] {
  const out: Case[] = [];
  for (const atm of BOOLS)
    for (const uat of BOOLS)
      for (const login of BOOLS)
        for (const admin of BOOLS)
          for (const wso of BOOLS) {
            const base = { atm, uat, login, admin, wso };
            for (const action of ['restlet-login', 'web-services-login'] as Action[]) {
              out.push({ ...base, action, self: true, targetAdmin: admin, holds: true, channel: null });
            }
            for (const action of ['issue-token', 'revoke-token'] as Action[]) {
              for (const channel of CHANNELS) {
                out.push({ ...base, action, self: true, targetAdmin: admin, holds: true, channel });
                for (const targetAdmin of BOOLS) for (const holds of BOOLS) out.push({ ...base, action, self: false, targetAdmin, holds, channel });
              }
            }
          }
  return out;
}

describe('decision table (documented TBA rules)', () => {
  const cases = allCases();
  const models = new Map<string, ReturnType<typeof load>>();

  it(`enumerates ${cases.length} combinations`, () => {
    // 32 acting roles × (2 login actions + 2 token actions × 4 channels × (own + 2 target roles × held/not held))
    assert.equal(cases.length, 32 * (2 + 2 * 4 * (1 + 4)));
  });

  for (const duplicates of [false, true]) {
    it(`every combination decides as the documentation says, citing the deciding rule verbatim${duplicates ? ' (each permission written twice: the first line counts)' : ''}`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        const key = `${c.atm}${c.uat}${c.login}${c.admin}${c.wso}${duplicates}`;
        if (!models.has(key)) models.set(key, load(accountFor(c.atm, c.uat, c.login, c.admin, c.wso, duplicates)));
        const { model } = models.get(key)!;
        const facts = factsOf(model, new AccountIndex(model));
        const target = c.self || c.channel === null ? undefined : { user: c.holds ? 'holder' : 'non-holder', role: c.targetAdmin ? 'Target Admin' : 'Target' };
        const v = decide(facts, { user: 'actor', role: 'Actor', action: c.action, target, channel: c.channel ?? undefined });
        const want = expected(c);
        if (v.decision !== want.expect || v.rule !== want.rule) {
          failures.push(`${JSON.stringify(c)}: expected ${want.expect} (${want.rule}: ${want.why}), got ${v.decision} (${v.rule}): ${v.trace.at(-1)}`);
        }
        if (v.citations[0]?.rule !== want.rule || !v.citations[0].quote || !v.citations[0].url)
          failures.push(`${JSON.stringify(c)}: the first citation is not ${want.rule}'s, with its URL`);
      }
      assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${cases.length} rows differ`);
    });
  }
});

/**
 * Differential test: the engine against the documented rules written a second time as Cedar
 * policies (test/differential/policies.cedar), on random accounts and on the examples. Every
 * question about an account is asked of both; they must agree. `npm run fuzz` runs this long.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { loadAccount, RULES } from '../../server/src/engine';
import { accountArb, type AccountSpec, type IntegrationSpec, type RoleSpec } from '../differential/account';
import { CedarAccount, type Question } from '../differential/cedar';
import { compareAccount, compareExpects, report } from '../differential/compare';
import { specOfModel } from '../differential/examples';
import { load, memoryHost } from '../helpers/memory';

// Fixed so that `npm test` is repeatable; `npm run fuzz` picks a random seed and prints it.
const SEED = 20240607;
const ACCOUNTS = 45;

const role = (name: string, extra: Partial<RoleSpec> = {}): RoleSpec => ({
  name,
  id: `customrole_${name.toLowerCase()}`,
  administrator: false,
  wso: false,
  sso: false,
  inactive: false,
  grants: [],
  noise: 'none',
  oneLine: true,
  ...extra,
});

const app = (name: string, extra: Partial<IntegrationSpec> = {}): IntegrationSpec => ({
  name,
  tba: 'enabled',
  state: 'enabled',
  authorizationFlow: 'absent',
  callbackUrl: false,
  issueTokenEndpoint: 'absent',
  oneLine: true,
  ...extra,
});

// A small account for checking the Cedar side alone against sentences of the documents.
const SMALL: AccountSpec = {
  tba: 'absent',
  ask: 'name',
  roles: [
    role('Admin', { administrator: true }),
    role('Manager', { grants: [{ perm: 'atm', form: 'id' }] }),
    role('Dev', { grants: [{ perm: 'uat', form: 'id' }] }),
    role('Login', { grants: [{ perm: 'login', form: 'id' }] }),
    role('Soap', { grants: [{ perm: 'login', form: 'id' }], wso: true }),
    role('Sso', { grants: [{ perm: 'uat', form: 'id' }], sso: true }),
  ],
  users: [
    { name: 'admin', roles: [{ role: 0, form: 'name' }], inactive: false, oneLine: true },
    { name: 'mgr', roles: [{ role: 1, form: 'name' }], inactive: false, oneLine: true },
    { name: 'dev', roles: [{ role: 2, form: 'name' }], inactive: false, oneLine: true },
    {
      name: 'svc',
      roles: [
        { role: 3, form: 'name' },
        { role: 4, form: 'name' },
      ],
      inactive: false,
      oneLine: true,
    },
    { name: 'admin2', roles: [{ role: 0, form: 'name' }], inactive: false, oneLine: true },
    { name: 'sso', roles: [{ role: 5, form: 'name' }], inactive: false, oneLine: true },
  ],
  integrations: [
    app('Orders'),
    app('Blocked', { state: 'blocked' }),
    app('Waiting', { state: 'waiting-for-approval' }),
    app('No TBA', { tba: 'disabled' }),
    app('Flow', { authorizationFlow: 'enabled', callbackUrl: true, issueTokenEndpoint: 'enabled' }),
    app('Flow Without Callback', { authorizationFlow: 'enabled' }),
  ],
};

const ORACLE_CASES: [Question, 'allow' | 'deny', string][] = [
  [
    { user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'svc', role: 'Login' } },
    'allow',
    'ATM: Can create, assign, and manage a token for other users',
  ],
  [{ user: 'mgr', role: 'Manager', action: 'issue-token' }, 'deny', 'ATM: Cannot create access tokens for their own use.'],
  [{ user: 'mgr', role: 'Manager', action: 'restlet-login' }, 'deny', 'ATM: Cannot use access tokens to log in through RESTlets or web services.'],
  [{ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'admin', role: 'Admin' } }, 'deny', '(except tokens for an Administrator role)'],
  [{ user: 'admin', role: 'Admin', action: 'issue-token' }, 'allow', 'Administrators can create tokens for themselves'],
  [{ user: 'admin', role: 'Admin', action: 'issue-token', target: { user: 'admin2', role: 'Admin' } }, 'deny', 'but not for other administrators'],
  [
    { user: 'dev', role: 'Dev', action: 'issue-token', channel: 'settings-portlet' },
    'allow',
    'User Access Token: tokens for the current user and current role',
  ],
  [{ user: 'dev', role: 'Dev', action: 'web-services-login' }, 'allow', 'does not also need the Log in using Access Tokens permission'],
  [
    { user: 'svc', role: 'Login', action: 'issue-token', channel: 'issuetoken-endpoint' },
    'deny',
    'Cannot create their own access tokens ... by calling the issuetoken endpoint.',
  ],
  [{ user: 'svc', role: 'Login', action: 'restlet-login' }, 'allow', 'Can use access tokens to log in through RESTlets or web services.'],
  [{ user: 'svc', role: 'Soap', action: 'restlet-login' }, 'deny', "Roles with the Web Services Only restriction don't work with RESTlets."],
  [{ user: 'svc', role: 'Soap', action: 'web-services-login' }, 'allow', 'Web Services Only roles still log in to web services'],
  [
    { user: 'svc', role: 'Soap', action: 'issue-token', channel: 'issuetoken-endpoint' },
    'deny',
    'Log in using Access Tokens: Cannot create their own access tokens ... by calling the issuetoken endpoint.',
  ],
  [{ user: 'sso', role: 'Sso', action: 'issue-token', channel: 'settings-portlet' }, 'allow', 'User Access Token, through the UI with single sign-on'],
  [
    { user: 'sso', role: 'Sso', action: 'web-services-login' },
    'deny',
    'Single Sign-On Only: prohibits a user from accessing NetSuite through web services ... without going through OIDC single sign-on.',
  ],
  [{ user: 'sso', role: 'Sso', action: 'restlet-login' }, 'allow', 'RESTlets are not part of the NetSuite web services feature.'],
  [
    { user: 'dev', role: 'Dev', action: 'revoke-token', channel: 'issuetoken-endpoint' },
    'allow',
    'users can issue or revoke their own tokens programmatically',
  ],
  [{ user: 'dev', role: 'Dev', action: 'issue-token', channel: 'authorization-flow' }, 'allow', 'the user the token is for authorizes it (inferred)'],
  [{ user: 'mgr', role: 'Manager', action: 'issue-token', channel: 'authorization-flow' }, 'deny', 'ATM: Cannot create access tokens for their own use.'],
  [
    { user: 'mgr', role: 'Manager', action: 'revoke-token', target: { user: 'svc', role: 'Login' }, channel: 'issuetoken-endpoint' },
    'deny',
    'users cannot programmatically issue or revoke tokens for other users',
  ],
  [{ user: 'mgr', role: 'Login', action: 'issue-token', target: { user: 'svc', role: 'Login' } }, 'deny', 'the actor must hold the acting role'],
  [{ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'dev', role: 'Login' } }, 'deny', "a token's user must hold the token's role"],
  [{ user: 'svc', role: 'Login', action: 'restlet-login', integration: 'Orders' }, 'allow', 'an enabled integration with TBA checked takes the login'],
  [{ user: 'svc', role: 'Login', action: 'restlet-login', integration: 'Blocked' }, 'deny', 'The application is in Blocked state on the integration record.'],
  [{ user: 'svc', role: 'Login', action: 'restlet-login', integration: 'Waiting' }, 'deny', 'all requests sent by that application are blocked.'],
  [{ user: 'svc', role: 'Login', action: 'web-services-login', integration: 'No TBA' }, 'deny', 'the Token-based Authentication box must be checked.'],
  [{ user: 'svc', role: 'Login', action: 'restlet-login', integration: 'Ghost App' }, 'deny', 'no record for the application'],
  [
    { user: 'dev', role: 'Dev', action: 'issue-token', channel: 'authorization-flow', integration: 'Flow' },
    'allow',
    'TBA: Authorization Flow checked, callback URL set',
  ],
  [
    { user: 'dev', role: 'Dev', action: 'issue-token', channel: 'authorization-flow', integration: 'Flow Without Callback' },
    'deny',
    'the flow redirects to the callback URL',
  ],
  [
    { user: 'dev', role: 'Dev', action: 'issue-token', channel: 'authorization-flow', integration: 'Orders' },
    'deny',
    'Ensure that the TBA: Authorization Flow box is checked',
  ],
  [{ user: 'dev', role: 'Dev', action: 'issue-token', channel: 'issuetoken-endpoint', integration: 'Flow' }, 'allow', 'TBA: IssueToken Endpoint checked'],
  [
    { user: 'dev', role: 'Dev', action: 'issue-token', channel: 'issuetoken-endpoint', integration: 'Orders' },
    'deny',
    'TBA: IssueToken Endpoint unchecked (inferred)',
  ],
];

describe('differential: engine vs Cedar', function () {
  this.timeout(600_000);

  it('the Cedar policies answer the documented sentences', () => {
    const cedar = new CedarAccount(SMALL);
    for (const [q, expected, why] of ORACLE_CASES) assert.equal(cedar.decide(q).decision, expected, `${JSON.stringify(q)}: ${why}`);
    const off = new CedarAccount({ ...SMALL, tba: 'disabled' });
    assert.equal(off.decide(ORACLE_CASES[0][0]).decision, 'deny', 'feature disabled');
  });

  it('agrees on every question about the examples', () => {
    const acme = fs.readFileSync(path.join(__dirname, '../../examples/acme/account.nsroles'), 'utf8');
    const roles = fs.readFileSync(path.join(__dirname, '../../examples/acme/roles.nsroles'), 'utf8');
    const mistakes = fs.readFileSync(path.join(__dirname, '../../examples/mistakes/mistakes.nsroles'), 'utf8');
    const accounts = [loadAccount('/acme/account.nsroles', memoryHost({ '/acme/account.nsroles': acme, '/acme/roles.nsroles': roles })), load(mistakes)];
    let compared = 0;
    for (const loaded of accounts) {
      const c = compareAccount(specOfModel(loaded.model), loaded);
      compared += c.compared;
      assert.equal(c.disagreements.length, 0, report(c));
      assert.ok(c.compared > 1000 && [...c.outcomes.keys()].some((k) => k.startsWith('allow')), 'the example is asked real questions');
    }
    console.log(`      ${compared} decisions compared on the examples`);
  });

  it(`agrees on every question about ${ACCOUNTS} random accounts`, () => {
    let compared = 0;
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(accountArb(), (spec) => {
        const c = compareAccount(spec);
        compared += c.compared;
        for (const k of c.outcomes.keys()) outcomes.add(k.split(' ')[1]);
        if (c.disagreements.length > 0) throw new Error(report(c));
      }),
      { seed: SEED, numRuns: ACCOUNTS },
    );
    console.log(`      ${compared} decisions compared (seed ${SEED})`);
    // The generator must reach every way the engine can decide, or agreement proves little.
    const decisive = RULES.filter((r) => r.kind === 'decision' && r.id !== 'TBA-2FA-OTP').map((r) => r.id);
    assert.deepEqual(
      decisive.filter((id) => !outcomes.has(id)),
      [],
      'decision rules never reached by the random accounts',
    );
  });

  it('agrees through expect lines too (binding and expectRequest on the path)', () => {
    let compared = 0;
    fc.assert(
      fc.property(accountArb(), (spec) => {
        const c = compareExpects(spec, 7);
        compared += c.compared;
        if (c.disagreements.length > 0) throw new Error(report(c));
      }),
      { seed: SEED + 1, numRuns: 30 },
    );
    console.log(`      ${compared} expect lines compared`);
  });
});

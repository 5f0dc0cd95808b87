import { strict as assert } from 'assert';
import { AccountIndex, decide, type DecisionRequest, factsOf, lintAccount, suggest, type Verdict } from '../../server/src/engine';
import { load } from '../helpers/memory';

const BASE = `
role "Manager" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
role "Login" { permission ADMI_LOGIN_OAUTH }
role "Self Service" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS }
role "Both" { permission ADMI_MANAGE_OAUTH_TOKENS; permission ADMI_LOGIN_OAUTH; two-factor required }
role "Own And Manage" { permission ADMI_MANAGE_OAUTH_TOKENS; permission ADMI_MANAGE_OWN_OAUTH_TOKENS; two-factor required }
role "Plain" { }
role "Admin" { administrator; two-factor required }
role "Gone" { permission ADMI_LOGIN_OAUTH; inactive }
user "mgr" { role "Manager"; role "Both"; role "Own And Manage" }
user "svc" { role "Login"; role "Plain"; role "Gone" }
user "dev" { role "Self Service" }
user "boss" { role "Admin" }
user "ex" { role "Login"; inactive }
`;

function ask(req: DecisionRequest, extra = ''): Verdict {
  const { model } = load(BASE + extra);
  return decide(factsOf(model, new AccountIndex(model)), req);
}

function check(req: DecisionRequest, decision: 'allow' | 'deny', rule: string, extra = ''): Verdict {
  const v = ask(req, extra);
  assert.equal(`${v.decision} ${v.rule}`, `${decision} ${rule}`, v.trace.join('\n'));
  assert.ok(v.citations.length > 0 && v.citations.every((c) => c.quote && c.source && (c.basis === 'documented' || c.basis === 'inferred')));
  return v;
}

describe('decide', () => {
  it('an integration named in the request takes part; without one the records do not', () => {
    const integrations = `integration "Open" {}
integration "Off" { token-based-authentication disabled }
integration "Held" { state blocked }
integration "Waiting" { state waiting-for-approval }
`;
    const login = { user: 'svc', role: 'Login', action: 'restlet-login' } as const;
    assert.equal(check({ ...login, integration: 'open' }, 'allow', 'TBA-LOGIN', integrations).integration, 'Open');
    for (const [name, rule] of [
      ['Off', 'TBA-INTEGRATION-TBA'],
      ['Held', 'TBA-INTEGRATION-BLOCKED'],
      ['Waiting', 'TBA-INTEGRATION-WAITING'],
      ['Missing', 'TBA-TOKEN-INTEGRATION'],
    ])
      assert.equal(check({ ...login, integration: name }, 'deny', rule, integrations).integration, name);
    assert.equal(check(login, 'allow', 'TBA-LOGIN', integrations).integration, null);
  });

  it("the authorization flow serves only the caller's own tokens", () => {
    check(
      { user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'svc', role: 'Login' }, channel: 'authorization-flow' },
      'deny',
      'TBA-AUTHFLOW-OWN',
    );
    check({ user: 'dev', role: 'Self Service', action: 'issue-token', channel: 'authorization-flow' }, 'allow', 'TBA-AUTHFLOW-OWN');
  });

  it('permissions are additive: Access Token Management does not cancel Log in using Access Tokens', () => {
    check({ user: 'mgr', role: 'Both', action: 'restlet-login' }, 'allow', 'TBA-LOGIN');
    check({ user: 'mgr', role: 'Manager', action: 'restlet-login' }, 'deny', 'TBA-ATM-NO-LOGIN');
  });

  it('Access Token Management plus User Access Tokens may create own tokens', () => {
    check({ user: 'mgr', role: 'Own And Manage', action: 'issue-token' }, 'allow', 'TBA-UAT-OWN');
    check({ user: 'mgr', role: 'Manager', action: 'issue-token' }, 'deny', 'TBA-ATM-SELF');
  });

  it('the acting role decides, not the union of the user’s roles', () => {
    // mgr holds Both (login) but acts as Manager.
    check({ user: 'mgr', role: 'Manager', action: 'web-services-login' }, 'deny', 'TBA-ATM-NO-LOGIN');
  });

  it('the actor must hold the acting role', () => {
    const v = check({ user: 'dev', role: 'Login', action: 'restlet-login' }, 'deny', 'TBA-ROLE-NOT-HELD');
    assert.equal(v.citations[0].basis, 'inferred');
  });

  it('a token’s user must hold the token’s role', () => {
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'dev', role: 'Login' } }, 'deny', 'TBA-ROLE-NOT-HELD');
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'svc', role: 'Login' } }, 'allow', 'TBA-ATM-OTHERS');
  });

  it('token roles must be TBA-enabled', () => {
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'svc', role: 'Plain' } }, 'deny', 'TBA-TOKEN-ROLE-TBA');
    // User Access Tokens makes a role TBA-enabled too (inferred from the note).
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'dev', role: 'Self Service' } }, 'allow', 'TBA-ATM-OTHERS');
  });

  it('administrators: own tokens yes (not on the Access Tokens page), other administrators no, others yes', () => {
    check({ user: 'boss', role: 'Admin', action: 'issue-token' }, 'allow', 'TBA-ADMIN-SELF');
    check({ user: 'boss', role: 'Admin', action: 'issue-token', channel: 'issuetoken-endpoint' }, 'allow', 'TBA-ADMIN-SELF');
    check({ user: 'boss', role: 'Admin', action: 'issue-token', channel: 'access-tokens-page' }, 'deny', 'TBA-ADMIN-SELF');
    check(
      { user: 'boss', role: 'Admin', action: 'issue-token', target: { user: 'boss2', role: 'Admin' } },
      'deny',
      'TBA-ADMIN-TARGET',
      'user "boss2" { role "Admin" }',
    );
    const v = check({ user: 'boss', role: 'Admin', action: 'issue-token', target: { user: 'svc', role: 'Login' } }, 'allow', 'TBA-ADMIN-OTHERS');
    assert.equal(v.citations.find((c) => c.rule === 'TBA-ADMIN-OTHERS')!.basis, 'documented');
    check({ user: 'boss', role: 'Admin', action: 'restlet-login' }, 'allow', 'TBA-ADMIN-LOGIN');
  });

  it('Web Services Only roles cannot call RESTlets but can use web services', () => {
    const extra = 'role "WSO" { permission ADMI_LOGIN_OAUTH; web-services-only }\nuser "soap" { role "WSO" }';
    check({ user: 'soap', role: 'WSO', action: 'restlet-login' }, 'deny', 'TBA-WSO-RESTLET', extra);
    check({ user: 'soap', role: 'WSO', action: 'web-services-login' }, 'allow', 'TBA-LOGIN', extra);
  });

  it('without an account block the feature is assumed enabled, and the first step says so and why', () => {
    const req: DecisionRequest = { user: 'svc', role: 'Login', action: 'restlet-login' };
    assert.equal(
      ask(req).trace[0],
      'The Token-based Authentication feature is assumed enabled: no account block says token-based-authentication enabled or disabled.',
    );
    assert.equal(ask(req, 'account "A" { token-based-authentication enabled }').trace[0], 'The Token-based Authentication feature is enabled.');
    // An account block that does not set the feature leaves it assumed.
    assert.match(ask(req, 'account "A" {}').trace[0], /assumed enabled/);
  });

  it("lint's remembered verdicts follow an account block added later", () => {
    const text = BASE + 'expect "svc" as "Login" cannot restlet-login\n';
    const first = lintAccount(load(text)).find((f) => f.rule === 'NSR-EXPECT-FAILED')!;
    assert.match(first.verdict!.trace[0], /assumed enabled/);
    const declared = lintAccount(load(text + 'account "A" { token-based-authentication enabled }\n')).find((f) => f.rule === 'NSR-EXPECT-FAILED')!;
    assert.equal(declared.verdict!.trace[0], 'The Token-based Authentication feature is enabled.');
  });

  it('the TBA feature switched off denies every token action', () => {
    const off = 'account "A" { token-based-authentication disabled }';
    for (const action of ['issue-token', 'revoke-token', 'restlet-login', 'web-services-login'] as const) {
      check({ user: 'boss', role: 'Admin', action }, 'deny', 'TBA-FEATURE-DISABLED', off);
    }
  });

  it('inactive users and roles are denied, citing an inferred rule', () => {
    const v = check({ user: 'ex', role: 'Login', action: 'restlet-login' }, 'deny', 'TBA-INACTIVE');
    assert.equal(v.citations[0].basis, 'inferred');
    check({ user: 'svc', role: 'Gone', action: 'restlet-login' }, 'deny', 'TBA-INACTIVE');
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'ex', role: 'Login' } }, 'deny', 'TBA-INACTIVE');
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'svc', role: 'Gone' } }, 'deny', 'TBA-INACTIVE');
  });

  it('issuetoken-endpoint never serves another user; settings-portlet is for own tokens', () => {
    check(
      { user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'svc', role: 'Login' }, channel: 'issuetoken-endpoint' },
      'deny',
      'TBA-ENDPOINT-SELF-ONLY',
    );
    check(
      { user: 'mgr', role: 'Manager', action: 'revoke-token', target: { user: 'svc', role: 'Login' }, channel: 'settings-portlet' },
      'deny',
      'TBA-PORTLET-SELF-ONLY',
    );
    // Revoking through the endpoint rests on the sentence about revoking, not one about creating.
    const revoke = check({ user: 'dev', role: 'Self Service', action: 'revoke-token', channel: 'issuetoken-endpoint' }, 'allow', 'TBA-ENDPOINT-OWN');
    assert.match(revoke.citations[0].quote, /issue or revoke their own tokens programmatically using a token endpoint/);
  });

  it('Web Services Only roles cannot use the Settings portlet or the Access Tokens page', () => {
    const extra = `role "WSO Self" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS; web-services-only }
role "WSO Manager" { permission ADMI_MANAGE_OAUTH_TOKENS; web-services-only; two-factor required }
user "wso" { role "WSO Self"; role "WSO Manager" }`;
    for (const channel of ['settings-portlet', undefined] as const) {
      const v = check({ user: 'wso', role: 'WSO Self', action: 'issue-token', channel }, 'deny', 'TBA-WSO-UI', extra);
      assert.equal(v.citations[0].quote, 'A role designated as Web Services Only prohibits the user from accessing NetSuite through the UI.');
      assert.equal(v.citations[0].url, 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3424894.html');
    }
    check({ user: 'wso', role: 'WSO Manager', action: 'issue-token', target: { user: 'svc', role: 'Login' } }, 'deny', 'TBA-WSO-UI', extra);
    // The token endpoint is not the UI.
    check({ user: 'wso', role: 'WSO Self', action: 'issue-token', channel: 'issuetoken-endpoint' }, 'allow', 'TBA-UAT-OWN', extra);
  });

  it('Web Services Only roles cannot take part in the authorization flow: its step two is the NetSuite login form and consent page', () => {
    const extra = `role "WSO Login" { permission ADMI_LOGIN_OAUTH; web-services-only }
user "wso" { role "WSO Login" }`;
    const v = check({ user: 'wso', role: 'WSO Login', action: 'issue-token', channel: 'authorization-flow' }, 'deny', 'TBA-WSO-UI', extra);
    assert.ok(
      v.citations.some(
        (c) =>
          c.url === 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156536698849.html' &&
          c.quote.includes('Change Role on the Consent page'),
      ),
    );
    assert.match(v.trace.at(-1)!, /authorization flow/);
    // The same role still logs in to web services with its token.
    check({ user: 'wso', role: 'WSO Login', action: 'web-services-login' }, 'allow', 'TBA-LOGIN', extra);
  });

  it('a permission written twice: the first line counts', () => {
    const extra = `role "Twice" { permission ADMI_MANAGE_OAUTH_TOKENS none; permission ADMI_MANAGE_OAUTH_TOKENS full }
role "Once" { permission ADMI_LOGIN_OAUTH full; permission "Log in using Access Tokens" none }
user "t" { role "Twice"; role "Once" }`;
    check({ user: 't', role: 'Twice', action: 'issue-token', target: { user: 'svc', role: 'Login' } }, 'deny', 'TBA-OTHERS-NEED-ATM', extra);
    check({ user: 't', role: 'Once', action: 'restlet-login' }, 'allow', 'TBA-LOGIN', extra);
  });

  it('right answer, right reason: each denial cites the sentence that decides it', () => {
    // Access Token Management asking for its own token in another held role: it cannot create its own tokens at all.
    const own = check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'mgr', role: 'Both' } }, 'deny', 'TBA-ATM-SELF');
    assert.equal(own.citations[0].quote, 'Cannot create access tokens for their own use.');
    // A token role with only User Access Tokens: allowed, and the reading is inferred.
    const uatTarget = check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'dev', role: 'Self Service' } }, 'allow', 'TBA-ATM-OTHERS');
    assert.deepEqual(
      uatTarget.citations.filter((c) => c.rule !== 'TBA-ATM-OTHERS').map((c) => [c.rule, c.basis]),
      [['TBA-UAT-LOGIN', 'inferred']],
    );
    // Login denials carry no UI steps among their citations; the steps are the remedy.
    const login = check({ user: 'svc', role: 'Plain', action: 'restlet-login' }, 'deny', 'TBA-NO-LOGIN-PERMISSION');
    assert.ok(login.citations.every((c) => !/Select a role to customize|go to Setup/.test(c.quote)));
    assert.equal(login.remedy?.url, 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4248124361.html');
  });

  it('integration boxes gate the authorization flow and the issuetoken endpoint', () => {
    const extra = `integration "Flow" { authorization-flow enabled; callback-url "https://app.example.com/cb"; issuetoken-endpoint enabled }
integration "No Flow" { issuetoken-endpoint enabled }
integration "No Callback" { authorization-flow enabled }
integration "No TBA" { token-based-authentication disabled; authorization-flow enabled; issuetoken-endpoint enabled }
integration "No Endpoint" { authorization-flow enabled; callback-url "https://x.example.com" }`;
    const own = (channel: 'authorization-flow' | 'issuetoken-endpoint', integration: string) => ({
      user: 'dev',
      role: 'Self Service',
      action: 'issue-token' as const,
      channel,
      integration,
    });
    check(own('authorization-flow', 'Flow'), 'allow', 'TBA-AUTHFLOW-OWN', extra);
    check(own('authorization-flow', 'No Flow'), 'deny', 'TBA-AUTHFLOW-BOX', extra);
    check(own('authorization-flow', 'No Callback'), 'deny', 'TBA-AUTHFLOW-CALLBACK', extra);
    check(own('authorization-flow', 'No TBA'), 'deny', 'TBA-INTEGRATION-TBA', extra);
    check(own('issuetoken-endpoint', 'No TBA'), 'deny', 'TBA-INTEGRATION-TBA', extra);
    check(own('issuetoken-endpoint', 'Flow'), 'allow', 'TBA-UAT-OWN', extra);
    check(own('issuetoken-endpoint', 'No Endpoint'), 'deny', 'TBA-ISSUETOKEN-BOX', extra);
    // Without an integration named, the boxes take no part.
    check({ user: 'dev', role: 'Self Service', action: 'issue-token', channel: 'issuetoken-endpoint' }, 'allow', 'TBA-UAT-OWN', extra);
  });

  it('Single Sign-On Only roles cannot use web services; RESTlets are not web services', () => {
    const extra = 'role "SSO" { permission ADMI_LOGIN_OAUTH; single-sign-on-only }\nuser "sso" { role "SSO" }';
    check({ user: 'sso', role: 'SSO', action: 'web-services-login' }, 'deny', 'TBA-SSO-ONLY', extra);
    check({ user: 'sso', role: 'SSO', action: 'restlet-login' }, 'allow', 'TBA-LOGIN', extra);
  });

  it('Single Sign-On Only roles get no token from the issuetoken endpoint (it asks for credentials), but can use the authorization flow', () => {
    const extra = `role "SSO Dev" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS; single-sign-on-only }
role "SSO Login" { permission ADMI_LOGIN_OAUTH; single-sign-on-only }
user "sso" { role "SSO Dev"; role "SSO Login" }`;
    const v = check({ user: 'sso', role: 'SSO Dev', action: 'issue-token', channel: 'issuetoken-endpoint' }, 'deny', 'TBA-SSO-ISSUETOKEN', extra);
    assert.equal(v.citations[0].basis, 'inferred');
    assert.equal(v.citations[0].url, 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_N288661.html');
    assert.match(v.citations[0].quote, /allow NetSuite account access only through OIDC single sign-on/);
    check({ user: 'sso', role: 'SSO Dev', action: 'issue-token', channel: 'authorization-flow' }, 'allow', 'TBA-AUTHFLOW-OWN', extra);
    check({ user: 'sso', role: 'SSO Dev', action: 'issue-token', channel: 'settings-portlet' }, 'allow', 'TBA-UAT-OWN', extra);
    // Without User Access Tokens the documented reason still decides.
    check({ user: 'sso', role: 'SSO Login', action: 'issue-token', channel: 'issuetoken-endpoint' }, 'deny', 'TBA-LOGIN-NO-ISSUE', extra);
  });

  it('own tokens are for the acting role only', () => {
    check({ user: 'mgr', role: 'Own And Manage', action: 'issue-token', target: { user: 'mgr', role: 'Both' } }, 'deny', 'TBA-OWN-CURRENT-ROLE');
  });

  it("the authorization flow grants a token for another of the user's roles: Change Role on the Consent page", () => {
    const extra = `role "Dev UAT" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS }
role "Svc Login" { permission ADMI_LOGIN_OAUTH }
role "WSO Login" { permission ADMI_LOGIN_OAUTH; web-services-only }
role "Manager Only" { permission ADMI_MANAGE_OAUTH_TOKENS }
role "Not Held" { permission ADMI_LOGIN_OAUTH }
user "multi" { role "Dev UAT"; role "Svc Login"; role "WSO Login"; role "Manager Only" }`;
    const own = (role: string, channel: 'authorization-flow' | 'settings-portlet' = 'authorization-flow'): DecisionRequest => ({
      user: 'multi',
      role: 'Dev UAT',
      action: 'issue-token',
      target: { user: 'multi', role },
      channel,
    });
    const v = check(own('Svc Login'), 'allow', 'TBA-AUTHFLOW-OWN', extra);
    assert.ok(v.trace.some((t) => /Change Role|consent page/.test(t)));
    // Not on the consent page's Change Role list, not held, or unable to log in with tokens.
    check(own('WSO Login'), 'deny', 'TBA-WSO-UI', extra);
    check(own('Not Held'), 'deny', 'TBA-ROLE-NOT-HELD', extra);
    check(own('Manager Only'), 'deny', 'TBA-AUTHFLOW-OWN', extra);
    // The Settings portlet makes tokens for the current role only.
    check(own('Svc Login', 'settings-portlet'), 'deny', 'TBA-OWN-CURRENT-ROLE', extra);
  });

  it('the issuetoken call for a 2FA role cites the one-time password rule', () => {
    const v = check({ user: 'boss', role: 'Admin', action: 'issue-token', channel: 'issuetoken-endpoint' }, 'allow', 'TBA-ADMIN-SELF');
    assert.ok(v.citations.some((c) => c.rule === 'TBA-2FA-OTP'));
    assert.ok(v.trace.some((t) => /one-time password/.test(t)));
  });

  it('unknown names deny without throwing', () => {
    check({ user: 'nobody', role: 'Login', action: 'restlet-login' }, 'deny', 'TBA-ROLE-NOT-HELD');
    check({ user: 'svc', role: 'No Such Role', action: 'restlet-login' }, 'deny', 'TBA-ROLE-NOT-HELD');
    check({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'ghost', role: 'Login' } }, 'deny', 'TBA-ROLE-NOT-HELD');
  });

  it('role ids work wherever role names do', () => {
    check(
      { user: 'x', role: 'customrole_x', action: 'restlet-login' },
      'allow',
      'TBA-LOGIN',
      'role "X Role" { id customrole_x; permission ADMI_LOGIN_OAUTH }\nuser "x" { role customrole_x }',
    );
  });

  it('fills in the contract fields: target and default channel for token actions, null for logins', () => {
    const own = ask({ user: 'dev', role: 'Self Service', action: 'issue-token' });
    assert.deepEqual([own.target, own.channel], [{ user: 'dev', role: 'Self Service' }, 'settings-portlet']);
    const other = ask({ user: 'mgr', role: 'Manager', action: 'issue-token', target: { user: 'SVC', role: 'login' } });
    assert.deepEqual([other.target, other.channel], [{ user: 'svc', role: 'Login' }, 'access-tokens-page']);
    const login = ask({ user: 'svc', role: 'Login', action: 'restlet-login' });
    assert.deepEqual([login.target, login.channel], [null, null]);
    assert.ok(login.trace.length >= 3);
  });
});

describe('suggest', () => {
  function suggestionsFor(req: DecisionRequest, extra = '') {
    const { model } = load(BASE + extra);
    const facts = factsOf(model, new AccountIndex(model));
    return suggest(facts, req);
  }

  it('finds the smallest change, verified by deciding again', () => {
    const s = suggestionsFor({ user: 'mgr', role: 'Manager', action: 'restlet-login' });
    assert.deepEqual(s[0].changes, [{ kind: 'add-permission', role: 'Manager', permission: 'ADMI_LOGIN_OAUTH' }]);
    assert.ok(s.every((x) => x.result === 'allow' && x.changes.length === 1));
    // Removing Access Token Management would not help: it is not an override.
    assert.ok(!s.some((x) => x.changes.some((c) => c.kind === 'remove-permission')));
  });

  it('applying a suggestion to the file text really flips the decision', () => {
    const req: DecisionRequest = { user: 'dev', role: 'Login', action: 'restlet-login' };
    const s = suggestionsFor(req);
    assert.deepEqual(s[0].changes, [{ kind: 'assign-role', user: 'dev', role: 'Login' }]);
    const v = ask(req, 'user "dev2" { }').decision;
    assert.equal(v, 'deny');
    const changed = load(BASE.replace('user "dev" { role "Self Service" }', 'user "dev" { role "Self Service"; role "Login" }'));
    assert.equal(decide(factsOf(changed.model), req).decision, 'allow');
  });

  it('suggests what would deny an allowed action, too', () => {
    const s = suggestionsFor({ user: 'svc', role: 'Login', action: 'restlet-login' });
    assert.ok(s.some((x) => x.changes[0].kind === 'remove-permission'));
    assert.ok(s.every((x) => x.result === 'deny'));
  });

  it('falls back to pairs of changes when no single change flips it', () => {
    // Plain has nothing and svc's token target lacks login: issuing needs ATM on the actor and login on the target role.
    const s = suggestionsFor({ user: 'dev', role: 'Self Service', action: 'issue-token', target: { user: 'svc', role: 'Plain' } });
    assert.ok(s.length > 0);
    assert.ok(
      s.every((x) => x.changes.length === 2 && x.result === 'allow'),
      JSON.stringify(s.map((x) => x.text)),
    );
  });

  it('enabling the feature is the suggestion when it is off', () => {
    const s = suggestionsFor({ user: 'svc', role: 'Login', action: 'restlet-login' }, 'account "A" { token-based-authentication disabled }');
    assert.deepEqual(s[0].changes, [{ kind: 'enable-tba' }]);
  });
});

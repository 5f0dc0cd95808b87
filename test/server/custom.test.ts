import { strict as assert } from 'assert';
import * as path from 'path';
import type { ChangeEditResult, MatrixResult, ModelSummary, SimulateResult, WhoCanResult } from '../../shared/protocol/wire';
import { ChangeEditRequest, MatrixRequest, ModelRequest, SimulateRequest, WhoCanRequest } from '../../shared/protocol/lsp';
import { applyEdits, fileUri, TestServer, workspace } from './harness';

const ROLES = 'role "Mgr" { id customrole_mgr; permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }\nrole "Login" { permission ADMI_LOGIN_OAUTH }\n';
const MAIN = 'include "roles.nsroles"\nuser "ops" { role "Mgr" }\nuser "svc" { role "Login" }\nuser "nobody" {}\n';

describe('server: nsroles/* requests', () => {
  let s: TestServer;
  let main: string;
  let roles: string;
  before(async () => {
    const dir = workspace({ 'main.nsroles': MAIN, 'roles.nsroles': ROLES });
    main = fileUri(path.join(dir, 'main.nsroles'));
    roles = fileUri(path.join(dir, 'roles.nsroles'));
    s = await TestServer.start({ folders: [dir] });
    await s.open(main, MAIN);
  });
  after(() => s.stop());

  it('nsroles/model summarises the account, files as URIs', async () => {
    const { errorCodes, integrations, tokens, ...m } = await s.request<ModelSummary>(ModelRequest.method, { uri: main });
    assert.deepEqual([integrations, tokens], [[], []]);
    // The Troubleshoot tab's list of NetSuite error codes comes with the summary.
    assert.ok(errorCodes?.some((c) => c.code === 'consumer_key_refused'));
    assert.deepEqual(m, {
      uri: main,
      files: [main, roles],
      tbaEnabled: true,
      users: [
        { name: 'ops', roles: ['Mgr'], inactive: false },
        { name: 'svc', roles: ['Login'], inactive: false },
        { name: 'nobody', roles: [], inactive: false },
      ],
      roles: [
        {
          name: 'Mgr',
          id: 'customrole_mgr',
          administrator: false,
          permissions: ['Access Token Management'],
          webServicesOnly: false,
          inactive: false,
          origin: 'nsroles',
        },
        { name: 'Login', administrator: false, permissions: ['Log in using Access Tokens'], webServicesOnly: false, inactive: false, origin: 'nsroles' },
      ],
      syntaxErrors: 0,
    });
  });

  it('nsroles/simulate decides, suggests, says whether the role is held, and writes the expect line', async () => {
    const r = await s.request<SimulateResult>(SimulateRequest.method, { uri: main, request: { user: 'svc', role: 'Login', action: 'issue-token' } });
    assert.equal(r.decision.decision, 'deny');
    assert.equal(r.decision.rule, 'TBA-LOGIN-NO-ISSUE');
    assert.equal(r.decision.channel, 'settings-portlet');
    assert.deepEqual(r.decision.citations[0], {
      rule: 'TBA-LOGIN-NO-ISSUE',
      source: 'Set Up Token-based Authentication Roles',
      basis: 'documented',
      quote: 'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.',
      url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4248124361.html',
    });
    assert.deepEqual(r.decision.suggestions[0].changes, [{ kind: 'add-permission', role: 'Login', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' }]);
    assert.equal(r.roleHeld, true);
    assert.equal(r.expectLine, 'expect "svc" as "Login" cannot issue-token');
    const other = await s.request<SimulateResult>(SimulateRequest.method, {
      uri: main,
      request: { user: 'ops', role: 'customrole_mgr', action: 'issue-token', target: { user: 'svc', role: 'Login' }, channel: 'access-tokens-page' },
    });
    assert.equal(other.decision.decision, 'allow');
    assert.equal(other.expectLine, 'expect "ops" as "Mgr" can issue-token for "svc" as "Login" via access-tokens-page');
    const notHeld = await s.request<SimulateResult>(SimulateRequest.method, { uri: main, request: { user: 'svc', role: 'Mgr', action: 'restlet-login' } });
    assert.equal(notHeld.roleHeld, false);
    assert.equal(notHeld.decision.rule, 'TBA-ROLE-NOT-HELD');
  });

  it('nsroles/matrix and nsroles/whoCan', async () => {
    const m = await s.request<MatrixResult>(MatrixRequest.method, { uri: main });
    assert.equal(m.rows.length, 8);
    assert.deepEqual(
      m.rows.find((r) => r.user === 'svc' && r.action === 'restlet-login'),
      { user: 'svc', role: 'Login', action: 'restlet-login', target: null, decision: 'allow', rule: 'TBA-LOGIN' },
    );
    const wide = await s.request<MatrixResult>(MatrixRequest.method, { uri: main, expandTargets: true });
    assert.equal(wide.rows.length, 12);
    assert.equal(m.targetCounts, undefined, 'counted only when asked');
    const counted = await s.request<MatrixResult>(MatrixRequest.method, { uri: main, countTargets: true });
    assert.deepEqual(
      counted.targetCounts!.map((c) => [c.user, c.action, c.allowed, c.total]),
      [
        ['ops', 'issue-token', 1, 1],
        ['ops', 'revoke-token', 1, 1],
        ['svc', 'issue-token', 0, 1],
        ['svc', 'revoke-token', 0, 1],
      ],
    );
    // Only the rows asked for get every other target; the rest keep their own token's cells.
    const one = await s.request<MatrixResult>(MatrixRequest.method, { uri: main, expandTargets: true, targetsFor: [{ user: 'ops', role: 'Mgr' }] });
    assert.deepEqual(
      one.rows.filter((r) => r.target && (r.target.user !== r.user || r.target.role !== r.role)).map((r) => r.user),
      wide.rows.filter((r) => r.target && (r.target.user !== r.user || r.target.role !== r.role) && r.user === 'ops').map((r) => r.user),
    );
    assert.equal(one.rows.length, 10);
    const w = await s.request<WhoCanResult>(WhoCanRequest.method, { uri: main, action: 'issue-token', target: { user: 'svc', role: 'Login' } });
    assert.deepEqual(
      w.actors.map((a) => [a.user, a.role, [...new Set(a.citations.map((c) => c.rule))]]),
      [['ops', 'Mgr', ['TBA-ATM-OTHERS', 'TBA-LOGIN']]],
    );
    assert.deepEqual(w.target, { user: 'svc', role: 'Login' });
    // A named integration takes part: one the account does not define lets nobody through.
    const through = await s.request<WhoCanResult>(WhoCanRequest.method, {
      uri: main,
      action: 'issue-token',
      target: { user: 'svc', role: 'Login' },
      integration: 'Nope',
    });
    assert.deepEqual(through.actors, []);
  });

  it('nsroles/changeEdit writes model changes where the role and user are declared', async () => {
    const r = await s.request<ChangeEditResult>(ChangeEditRequest.method, {
      uri: main,
      changes: [
        { kind: 'add-permission', role: 'Login', permission: 'ADMI_MANAGE_OWN_OAUTH_TOKENS' },
        { kind: 'assign-role', user: 'nobody', role: 'Login' },
        { kind: 'set-user-inactive', user: 'svc', value: true },
      ],
    });
    assert.ok(r.edit);
    assert.equal(applyEdits(ROLES, r.edit.changes[roles]), ROLES.replace('ADMI_LOGIN_OAUTH }', 'ADMI_LOGIN_OAUTH; permission "User Access Tokens" full }'));
    assert.equal(
      applyEdits(MAIN, r.edit.changes[main]),
      MAIN.replace('user "nobody" {}', 'user "nobody" { role "Login" }').replace(
        '{ role "Login" }\nuser "nobody"',
        '{ role "Login"; inactive }\nuser "nobody"',
      ),
    );
    const channel = await s.request<ChangeEditResult>(ChangeEditRequest.method, { uri: main, changes: [{ kind: 'use-channel', channel: 'settings-portlet' }] });
    assert.deepEqual(channel, { edit: null, message: 'The channel is part of the request, not of the role files: choose it in the simulator.' });
  });

  it('rejects malformed params with InvalidParams and a reason', async () => {
    await assert.rejects(s.request(SimulateRequest.method, { uri: main, request: { user: 'svc', action: 'fly' } }), (e: { code: number; message: string }) => {
      assert.equal(e.code, -32602);
      assert.match(e.message, /^Invalid request\.role/);
      return true;
    });
    await assert.rejects(s.request(ChangeEditRequest.method, { uri: main, changes: [{ kind: 'drop-table' }] }), /Invalid/);
    await assert.rejects(s.request(ModelRequest.method, { uri: 42 }), /Invalid uri/);
  });
});

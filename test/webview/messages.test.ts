import * as assert from 'assert';
import { MAX_CHANGES, MAX_MESSAGE_BYTES, MAX_NAME, messageGate, parseSimulatorState, parseWebviewMessage } from '../../shared/protocol/schemas';
import type { WebviewMessage } from '../../shared/protocol/webview';

const VALID: WebviewMessage[] = [
  { type: 'ready' },
  {
    type: 'simulate',
    requestId: 1,
    request: {
      user: 'bob@acme.com',
      role: 'Integration Manager',
      action: 'issue-token',
      target: { user: 'svc-orders', role: 'RESTlet Integration' },
      channel: 'access-tokens-page',
    },
  },
  { type: 'simulate', requestId: 2, request: { user: 'svc-orders', role: 'RESTlet Integration', action: 'restlet-login' } },
  { type: 'matrix', requestId: 3, expandTargets: true },
  { type: 'matrix', requestId: 3, expandTargets: true, targetsFor: [{ user: 'bob@acme.com', role: 'Integration Manager' }] },
  { type: 'whoCan', requestId: 4, action: 'revoke-token', target: { user: 'svc-inventory', role: 'SOAP Sync' } },
  {
    type: 'applySuggestion',
    changes: [
      { kind: 'add-permission', role: 'Integration Manager', permission: 'ADMI_LOGIN_OAUTH' },
      { kind: 'use-channel', channel: 'settings-portlet' },
    ],
  },
  { type: 'applySuggestion', changes: [{ kind: 'set-role-flag', role: 'SOAP Sync', flag: 'web-services-only', value: false }] },
  { type: 'applySuggestion', changes: [{ kind: 'enable-tba' }] },
  { type: 'saveExpect', request: { user: 'bob@acme.com', role: 'Integration Manager', action: 'restlet-login' } },
  { type: 'exportMatrix', format: 'markdown', filter: 'svc', expandTargets: false },
];

function rejects(raw: unknown, reasonPart: string): void {
  const r = parseWebviewMessage(raw);
  assert.strictEqual(r.ok, false, 'accepted a message it should reject');
  if (!r.ok) assert.ok(r.reason.includes(reasonPart), `reason "${r.reason}" lacks "${reasonPart}"`);
}

describe('simulator webview messages: runtime validation', () => {
  it('accepts every message type of the protocol', () => {
    for (const m of VALID) assert.deepStrictEqual(parseWebviewMessage(m), { ok: true, value: m });
  });

  it('rejects unknown message types', () => {
    rejects({ type: 'runCommand', command: 'workbench.action.terminal.new' }, "type 'runCommand'");
    rejects({ type: 'SIMULATE', requestId: 1, request: VALID[2] }, "type 'SIMULATE'");
  });

  it('rejects malformed messages', () => {
    rejects(null, 'no type');
    rejects('ready', 'no type');
    rejects([{ type: 'ready' }], 'no type');
    rejects({}, 'no type');
    rejects({ type: 'simulate', requestId: '1', request: { user: 'a', role: 'b', action: 'issue-token' } }, 'requestId');
    rejects({ type: 'simulate', requestId: -1, request: { user: 'a', role: 'b', action: 'issue-token' } }, 'requestId');
    rejects({ type: 'simulate', requestId: 1.5, request: { user: 'a', role: 'b', action: 'issue-token' } }, 'requestId');
    rejects({ type: 'simulate', requestId: 1, request: { user: 'a', role: 'b', action: 'delete-account' } }, 'request.action');
    rejects({ type: 'simulate', requestId: 1, request: { user: '', role: 'b', action: 'issue-token' } }, 'request.user');
    rejects({ type: 'simulate', requestId: 1, request: { user: 'a', role: 'b', action: 'issue-token', channel: 'email' } }, 'request.channel');
    rejects({ type: 'matrix', requestId: 1 }, 'expandTargets');
    const many = Array.from({ length: 21 }, (_, i) => ({ user: `u${i}`, role: 'r' }));
    rejects({ type: 'matrix', requestId: 1, expandTargets: true, targetsFor: many }, 'targetsFor');
    rejects({ type: 'applySuggestion', changes: [] }, 'changes');
    rejects({ type: 'applySuggestion', changes: [{ kind: 'add-permission', role: 'X', permission: 'ADMI_ACCOUNTING' }] }, 'changes.0.permission');
    rejects({ type: 'applySuggestion', changes: [{ kind: 'rm-rf', path: '/' }] }, 'changes.0.kind');
    rejects({ type: 'exportMatrix', format: 'html', filter: '', expandTargets: false }, 'format');
  });

  it('rejects extra properties, so nothing unexpected rides along', () => {
    rejects({ type: 'ready', html: '<script>' }, 'html');
    rejects({ type: 'saveExpect', request: { user: 'a', role: 'b', action: 'restlet-login' }, line: 'free text for the file' }, 'line');
    rejects({ type: 'simulate', requestId: 1, request: { user: 'a', role: 'b', action: 'restlet-login', __proto__x: 1 } }, 'request');
  });

  it('rejects oversized messages before parsing them', () => {
    rejects({ type: 'exportMatrix', format: 'csv', filter: 'x'.repeat(MAX_MESSAGE_BYTES), expandTargets: false }, 'too large');
    rejects({ type: 'simulate', requestId: 1, request: { user: 'u'.repeat(MAX_NAME + 1), role: 'b', action: 'issue-token' } }, 'request.user');
    const many = Array.from({ length: MAX_CHANGES + 1 }, () => ({ kind: 'enable-tba' }));
    rejects({ type: 'applySuggestion', changes: many }, 'changes');
  });

  it('rejects values that cannot be serialised', () => {
    const loop: Record<string, unknown> = { type: 'ready' };
    loop.self = loop;
    rejects(loop, 'not serialisable');
    rejects({ type: 'matrix', requestId: 1n, expandTargets: true }, 'not serialisable');
  });

  it('never throws on a type whose toString cannot be called (found by messages-fuzz, seed 318455285)', () => {
    // Plain JSON: String() on the type called its own `toString`, a number, and threw a TypeError.
    const raw = {
      type: { toString: 0 },
      changes: [
        { kind: 'assign-role', user: '<img src=x onerror=alert(1)>', role: '\u0000' },
        { kind: 'set-user-inactive', user: ' ', value: false },
      ],
    };
    rejects(raw, 'type (an object): type:');
    rejects({ type: { toString: 0, valueOf: 0 } }, 'type (an object)');
    rejects({ type: [{ toString: 0 }] }, 'type (an array)');
    rejects({ type: 5 }, "type '5'");
    const log: string[] = [];
    messageGate(
      () => assert.fail('handled'),
      (l) => log.push(l),
    )(JSON.parse('{"type":{"toString":0},"changes":[]}'));
    assert.match(log[0], /^Rejected simulator webview message: type \(an object\)/);
  });

  it('the gate passes valid messages on and logs each rejection', () => {
    const handled: WebviewMessage[] = [];
    const log: string[] = [];
    const gate = messageGate(
      (m) => handled.push(m),
      (l) => log.push(l),
    );
    gate({ type: 'ready' });
    gate({ type: 'nope' });
    gate({ type: 'exportMatrix', format: 'csv', filter: 'x'.repeat(20000), expandTargets: false });
    assert.deepStrictEqual(handled, [{ type: 'ready' }]);
    assert.strictEqual(log.length, 2);
    assert.match(log[0], /^Rejected simulator webview message: type 'nope'/);
    assert.match(log[1], /too large/);
  });

  it('restores a saved panel state only when it has the right shape', () => {
    const state = {
      uri: 'file:///w/account.nsroles',
      tab: 'matrix',
      simulate: {
        user: 'bob@acme.com',
        role: 'Integration Manager',
        action: 'issue-token',
        targetUser: '',
        targetRole: '',
        channel: '',
        integration: 'Orders Sync',
      },
      matrix: { filter: 'svc', expanded: ['["bob@acme.com","Integration Manager"]'] },
      whoCan: { action: 'restlet-login', targetUser: '', targetRole: '', channel: '', integration: '' },
      troubleshoot: { error: 'consumer_key_refused', about: 'token' as const, token: 'orders-prod', user: '', role: '', integration: '' },
    };
    assert.deepStrictEqual(parseSimulatorState(state), state);
    // A state saved before the Troubleshoot tab existed is kept, with the tab empty.
    const { troubleshoot: _, ...older } = state;
    assert.deepStrictEqual(parseSimulatorState(older)?.troubleshoot, { error: '', about: 'token', token: '', user: '', role: '', integration: '' });
    // A state saved before the Integration pickers existed gets none chosen.
    const { integration: __, ...simulateBefore } = state.simulate;
    assert.strictEqual(parseSimulatorState({ ...state, simulate: simulateBefore })?.simulate.integration, '');
    assert.strictEqual(parseSimulatorState({ ...state, simulate: { ...state.simulate, integration: 'x'.repeat(5000) } }), undefined);
    assert.strictEqual(parseSimulatorState({ ...state, troubleshoot: { ...state.troubleshoot, about: 'everything' } }), undefined);
    assert.strictEqual(parseSimulatorState({ ...state, tab: 'settings' }), undefined);
    assert.strictEqual(parseSimulatorState({ ...state, simulate: { ...state.simulate, action: 'drop' } }), undefined);
    assert.strictEqual(parseSimulatorState(undefined), undefined);
  });
});

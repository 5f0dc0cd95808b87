/**
 * Fuzzing the host-side validator of simulator webview messages (fast-check). Validity is
 * written a second time here, by hand from shared/protocol/webview.ts, as an oracle: valid messages are
 * accepted unchanged, every mutation that breaks one is rejected, and for arbitrary values
 * (anything postMessage can carry) the validator never throws and accepts exactly what the
 * oracle accepts. Nothing reaches Object.prototype.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { MAX_CHANGES, MAX_MESSAGE_BYTES, MAX_NAME, messageGate, parseSimulatorState, parseWebviewMessage } from '../../shared/protocol/schemas';
import type { WebviewMessage } from '../../shared/protocol/webview';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';

const SEED = 4_040;
const ACTIONS = ['issue-token', 'revoke-token', 'restlet-login', 'web-services-login'];
const CHANNELS = ['access-tokens-page', 'settings-portlet', 'issuetoken-endpoint'];
const PERMISSIONS = ['ADMI_MANAGE_OAUTH_TOKENS', 'ADMI_MANAGE_OWN_OAUTH_TOKENS', 'ADMI_LOGIN_OAUTH'];

// ------------------------------------------------------------------ the oracle

type Obj = Record<string, unknown>;
// Plain objects only (structured clone turns null-prototype objects into plain ones).
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x) && [Object.prototype, null].includes(Object.getPrototypeOf(x));
/** Exactly these keys (optional ones may be absent or undefined). */
function keys(o: Obj, required: string[], optional: string[] = []): boolean {
  return required.every((k) => Object.prototype.hasOwnProperty.call(o, k)) && Object.keys(o).every((k) => required.includes(k) || optional.includes(k));
}
const isName = (x: unknown) => typeof x === 'string' && x.length >= 1 && x.length <= MAX_NAME;
const isId = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= Number.MAX_SAFE_INTEGER;
const opt = (x: unknown, ok: (y: unknown) => boolean) => x === undefined || ok(x);
const isUserRole = (x: unknown) => isObj(x) && keys(x, ['user', 'role']) && isName(x.user) && isName(x.role);
const isRequest = (x: unknown) =>
  isObj(x) &&
  keys(x, ['user', 'role', 'action'], ['target', 'channel', 'integration']) &&
  isName(x.user) &&
  isName(x.role) &&
  ACTIONS.includes(x.action as string) &&
  opt(x.target, isUserRole) &&
  opt(x.channel, (c) => CHANNELS.includes(c as string)) &&
  opt(x.integration, isName);

function isChange(x: unknown): boolean {
  if (!isObj(x)) return false;
  switch (x.kind) {
    case 'add-permission':
    case 'remove-permission':
      return keys(x, ['kind', 'role', 'permission']) && isName(x.role) && PERMISSIONS.includes(x.permission as string);
    case 'assign-role':
    case 'unassign-role':
      return keys(x, ['kind', 'user', 'role']) && isName(x.user) && isName(x.role);
    case 'set-role-flag':
      return (
        keys(x, ['kind', 'role', 'flag', 'value']) &&
        isName(x.role) &&
        ['web-services-only', 'inactive'].includes(x.flag as string) &&
        typeof x.value === 'boolean'
      );
    case 'set-user-inactive':
      return keys(x, ['kind', 'user', 'value']) && isName(x.user) && typeof x.value === 'boolean';
    case 'enable-tba':
      return keys(x, ['kind']);
    case 'use-channel':
      return keys(x, ['kind', 'channel']) && CHANNELS.includes(x.channel as string);
    default:
      return false;
  }
}

/** Whether `raw` is one of the protocol's webview messages, within the size limit. */
function oracle(raw: unknown): boolean {
  let json: string | undefined;
  try {
    json = JSON.stringify(raw);
  } catch {
    return false;
  }
  if (Buffer.byteLength(json ?? '', 'utf8') > MAX_MESSAGE_BYTES || !isObj(raw)) return false;
  switch (raw.type) {
    case 'ready':
      return keys(raw, ['type']);
    case 'simulate':
      return keys(raw, ['type', 'requestId', 'request']) && isId(raw.requestId) && isRequest(raw.request);
    case 'matrix':
      return keys(raw, ['type', 'requestId', 'expandTargets']) && isId(raw.requestId) && typeof raw.expandTargets === 'boolean';
    case 'whoCan':
      return (
        keys(raw, ['type', 'requestId', 'action'], ['target', 'channel']) &&
        isId(raw.requestId) &&
        ACTIONS.includes(raw.action as string) &&
        opt(raw.target, isUserRole) &&
        opt(raw.channel, (c) => CHANNELS.includes(c as string))
      );
    case 'applySuggestion':
      return (
        keys(raw, ['type', 'changes']) &&
        Array.isArray(raw.changes) &&
        raw.changes.length >= 1 &&
        raw.changes.length <= MAX_CHANGES &&
        Array.from(raw.changes).every(isChange)
      );
    case 'saveExpect':
      return keys(raw, ['type', 'request']) && isRequest(raw.request);
    case 'exportMatrix':
      return (
        keys(raw, ['type', 'format', 'filter', 'expandTargets']) &&
        ['csv', 'markdown'].includes(raw.format as string) &&
        typeof raw.filter === 'string' &&
        raw.filter.length <= MAX_NAME &&
        typeof raw.expandTargets === 'boolean'
      );
    default:
      return false;
  }
}

// ------------------------------------------------------------------ valid messages

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '](command:workbench.action.terminal.new)',
  '__proto__',
  'constructor',
  '\u0000',
  '😀'.repeat(128),
  'x'.repeat(MAX_NAME),
];
const name = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }), fc.constantFrom(...HOSTILE));
const requestId = fc.oneof(fc.nat(), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER));
const userRole = fc.record({ user: name, role: name });
const request = fc.record(
  { user: name, role: name, action: fc.constantFrom(...ACTIONS), target: userRole, channel: fc.constantFrom(...CHANNELS) },
  { requiredKeys: ['user', 'role', 'action'] },
);
const change = fc.oneof(
  fc.record({ kind: fc.constantFrom('add-permission', 'remove-permission'), role: name, permission: fc.constantFrom(...PERMISSIONS) }),
  fc.record({ kind: fc.constantFrom('assign-role', 'unassign-role'), user: name, role: name }),
  fc.record({ kind: fc.constant('set-role-flag'), role: name, flag: fc.constantFrom('web-services-only', 'inactive'), value: fc.boolean() }),
  fc.record({ kind: fc.constant('set-user-inactive'), user: name, value: fc.boolean() }),
  fc.record({ kind: fc.constant('enable-tba') }),
  fc.record({ kind: fc.constant('use-channel'), channel: fc.constantFrom(...CHANNELS) }),
);
const valid: fc.Arbitrary<Obj> = fc.oneof(
  fc.constant({ type: 'ready' }),
  fc.record({ type: fc.constant('simulate'), requestId, request }),
  fc.record({ type: fc.constant('matrix'), requestId, expandTargets: fc.boolean() }),
  fc.record(
    { type: fc.constant('whoCan'), requestId, action: fc.constantFrom(...ACTIONS), target: userRole, channel: fc.constantFrom(...CHANNELS) },
    { requiredKeys: ['type', 'requestId', 'action'] },
  ),
  fc.record({ type: fc.constant('applySuggestion'), changes: fc.array(change, { minLength: 1, maxLength: MAX_CHANGES }) }),
  fc.record({ type: fc.constant('saveExpect'), request }),
  fc.record({
    type: fc.constant('exportMatrix'),
    format: fc.constantFrom('csv', 'markdown'),
    filter: fc.string({ maxLength: MAX_NAME }),
    expandTargets: fc.boolean(),
  }),
);

// ------------------------------------------------------------------ breaking one

/** Wrong values of every type, including ones that look right. */
const wrong = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    -1,
    1.5,
    NaN,
    Infinity,
    -0.5,
    2 ** 53,
    true,
    false,
    [],
    {},
    '1',
    'ready',
    'x'.repeat(MAX_NAME + 1),
    'ISSUE-TOKEN',
    'restlet_login',
    ' access-tokens-page',
    // String() on these throws: the validator once described a message's type that way.
    { toString: 0 },
    { toString: 0, valueOf: 0 },
  ),
  fc.anything({ maxDepth: 2 }),
);
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'html', 'command', 'line', 'type2'),
  fc.string({ minLength: 1, maxLength: 8 }),
);

type Path = (string | number)[];
/** Every path to a value inside a message (objects and arrays), the message itself first. */
function paths(x: unknown, at: Path = []): Path[] {
  if (Array.isArray(x)) return [at, ...x.flatMap((v, i) => paths(v, [...at, i]))];
  if (isObj(x)) return [at, ...Object.entries(x).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}
function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x));
}
function parentOf(root: Obj, p: Path): { parent: Obj | unknown[]; key: string | number } | undefined {
  if (!p.length) return undefined;
  let cur: unknown = root;
  for (const k of p.slice(0, -1)) cur = (cur as Obj)[k as string];
  return { parent: cur as Obj, key: p[p.length - 1] };
}

type Break =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'grow'; at: number };
const breakArb: fc.Arbitrary<Break> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: wrong }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extra' as const), at: fc.nat(), key: extraKey, value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.record({ kind: fc.constant('grow' as const), at: fc.nat() }),
);

/** One change to a valid message; objects made through JSON, so `__proto__` is an own key. */
function breakOne(msg: Obj, b: Break): unknown {
  const m = clone(msg);
  const all = paths(m);
  const p = all[b.at % all.length];
  const slot = parentOf(m, p);
  if (b.kind === 'set') {
    if (!slot) return b.value;
    (slot.parent as Obj)[slot.key as string] = b.value;
  } else if (b.kind === 'drop') {
    if (!slot) return undefined;
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else delete slot.parent[slot.key as string];
  } else if (b.kind === 'extra') {
    const target = p.reduce<unknown>((o, k) => (o as Obj)[k as string], m);
    if (!isObj(target)) return m;
    const head = `{${JSON.stringify(b.key)}:${JSON.stringify(b.value ?? null)}${Object.keys(target).length ? ',' : ''}`;
    // Replacer functions: names may hold `$&` and other replacement patterns.
    return JSON.parse(JSON.stringify(m).replace(JSON.stringify(target), () => JSON.stringify(target).replace(/^\{/, () => head)));
  } else {
    // Past a limit: a name one character too long, one change too many, a message over 16 KB.
    const target = slot ? (slot.parent as Obj)[slot.key as string] : m;
    if (typeof target === 'string' && slot) (slot.parent as Obj)[slot.key as string] = target + 'x'.repeat(MAX_NAME + 1);
    else if (Array.isArray(target)) while (target.length <= MAX_CHANGES) target.push(target[0] ?? { kind: 'enable-tba' });
    else (m as Obj).padding = 'x'.repeat(MAX_MESSAGE_BYTES);
  }
  return m;
}

// ------------------------------------------------------------------ arbitrary values

/** What postMessage can carry: JSON, and structured-clone values (BigInt, Date, Map, Set, typed arrays). */
const cloneable = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});
const shaped = fc
  .record({
    type: fc.constantFrom('ready', 'simulate', 'matrix', 'whoCan', 'applySuggestion', 'saveExpect', 'exportMatrix', 'runCommand', 'SIMULATE', ''),
    rest: fc.dictionary(
      fc.constantFrom('requestId', 'request', 'expandTargets', 'action', 'target', 'channel', 'changes', 'format', 'filter', 'user', 'role', 'kind'),
      cloneable,
      { maxKeys: 4 },
    ),
  })
  .map(({ type, rest }) => ({ type, ...rest }));

describe('simulator webview messages: fuzzing the validator (fast-check)', function () {
  this.timeout(fuzzTimeout(30_000));

  it('the oracle agrees with the hand-written cases of messages.test.ts', () => {
    assert.strictEqual(oracle({ type: 'ready' }), true);
    assert.strictEqual(oracle({ type: 'ready', html: '<script>' }), false);
    assert.strictEqual(oracle({ type: 'simulate', requestId: 1.5, request: { user: 'a', role: 'b', action: 'issue-token' } }), false);
    assert.strictEqual(oracle({ type: 'applySuggestion', changes: [] }), false);
    assert.strictEqual(oracle(JSON.parse('{"type":"ready","__proto__":{"polluted":1}}')), false);
  });

  it('valid messages, hostile names included: accepted, and passed on unchanged', () => {
    fc.assert(
      fc.property(valid, (m) => {
        assert.ok(oracle(m), `the generator made an invalid message: ${JSON.stringify(m)}`);
        const r = parseWebviewMessage(m);
        assert.strictEqual(r.ok, true, JSON.stringify(r));
        // Loose: fast-check may build null-prototype objects; the validator returns plain ones.
        assert.deepEqual(r.ok && r.value, m);
      }),
      fuzz(2000, SEED),
    );
  });

  it('a valid message with one thing broken (a wrong value, a missing or extra key, a limit passed): rejected', () => {
    let broken = 0;
    fc.assert(
      fc.property(valid, breakArb, (m, b) => {
        const raw = breakOne(m, b);
        const r = parseWebviewMessage(raw);
        assert.strictEqual(
          r.ok,
          oracle(raw),
          `validator says ${JSON.stringify(r).slice(0, 200)}, oracle says ${oracle(raw)} for ${JSON.stringify(raw)?.slice(0, 300)}`,
        );
        if (!r.ok) {
          broken++;
          assert.ok(typeof r.reason === 'string' && r.reason.length < 500, r.reason);
        }
      }),
      fuzz(5000, SEED + 1),
    );
    assert.ok(broken > 2500, `only ${broken} messages were broken`);
  });

  it('anything postMessage can carry: never throws, and accepts exactly what the oracle accepts', () => {
    fc.assert(
      fc.property(fc.oneof(cloneable, shaped), (raw) => {
        let r: ReturnType<typeof parseWebviewMessage>;
        try {
          r = parseWebviewMessage(raw);
        } catch (e) {
          assert.fail(`threw ${e} for ${String(raw)}`);
        }
        assert.strictEqual(r.ok, oracle(raw));
      }),
      fuzz(5000, SEED + 2),
    );
  });

  it('the gate never throws and hands on only valid messages; a saved state is dropped unless well-formed', () => {
    const handled: WebviewMessage[] = [];
    const gate = messageGate(
      (m) => handled.push(m),
      () => {},
    );
    fc.assert(
      fc.property(fc.oneof(cloneable, shaped, valid), (raw) => {
        const before = handled.length;
        gate(raw);
        assert.strictEqual(handled.length - before, oracle(raw) ? 1 : 0);
        const state = parseSimulatorState(raw);
        assert.ok(state === undefined || (isObj(state) && ['simulate', 'matrix', 'whoCan'].includes(state.tab as string)));
      }),
      fuzz(2000, SEED + 3),
    );
    assert.strictEqual(({} as Obj).polluted, undefined);
    assert.strictEqual(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });
});

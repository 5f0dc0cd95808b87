/**
 * Runtime validation of what the simulator webview sends. The webview renders names from the
 * role file, so its messages are treated as untrusted input: anything that is not exactly one
 * of the protocol's messages is rejected with a log line and never acted on.
 * No `vscode` import here, so the tests can run it in plain Node.
 */
import * as v from 'valibot';
import { ACTIONS, CHANNELS } from '../../../server/src/engine/vocabulary';
import { ATM, LOGIN, UAT } from '../../../server/src/engine/permissions';
import type { SimulatorState, WebviewMessage } from '../../../shared/protocol';

/** Larger messages are rejected before they are parsed: no real message comes near it. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
const MAX_NAME = 256;
const MAX_CHANGES = 8;

const name = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME));
const action = v.picklist(ACTIONS);
const channel = v.picklist(CHANNELS);
const permission = v.picklist([ATM, UAT, LOGIN]);
const requestId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const userRole = v.strictObject({ user: name, role: name });

const decisionRequest = v.strictObject({
  user: name,
  role: name,
  action,
  target: v.optional(userRole),
  channel: v.optional(channel),
});

const modelChange = v.variant('kind', [
  v.strictObject({ kind: v.literal('add-permission'), role: name, permission }),
  v.strictObject({ kind: v.literal('remove-permission'), role: name, permission }),
  v.strictObject({ kind: v.literal('assign-role'), user: name, role: name }),
  v.strictObject({ kind: v.literal('unassign-role'), user: name, role: name }),
  v.strictObject({ kind: v.literal('set-role-flag'), role: name, flag: v.picklist(['web-services-only', 'inactive']), value: v.boolean() }),
  v.strictObject({ kind: v.literal('set-user-inactive'), user: name, value: v.boolean() }),
  v.strictObject({ kind: v.literal('enable-tba') }),
  v.strictObject({ kind: v.literal('use-channel'), channel }),
]);

const webviewMessage = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  v.strictObject({ type: v.literal('simulate'), requestId, request: decisionRequest }),
  v.strictObject({ type: v.literal('matrix'), requestId, expandTargets: v.boolean() }),
  v.strictObject({ type: v.literal('whoCan'), requestId, action, target: v.optional(userRole), channel: v.optional(channel) }),
  v.strictObject({ type: v.literal('applySuggestion'), changes: v.pipe(v.array(modelChange), v.minLength(1), v.maxLength(MAX_CHANGES)) }),
  v.strictObject({ type: v.literal('saveExpect'), request: decisionRequest }),
  v.strictObject({
    type: v.literal('exportMatrix'),
    format: v.picklist(['csv', 'markdown']),
    filter: v.pipe(v.string(), v.maxLength(MAX_NAME)),
    expandTargets: v.boolean(),
  }),
]);

// Fields are free text the user typed (a search may be empty while typing), so only lengths are checked.
const field = v.pipe(v.string(), v.maxLength(MAX_NAME));
const simulatorState = v.object({
  uri: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  tab: v.picklist(['simulate', 'matrix', 'whoCan']),
  simulate: v.object({ user: field, role: field, action, targetUser: field, targetRole: field, channel: v.union([channel, v.literal('')]) }),
  matrix: v.object({ filter: field, expanded: v.pipe(v.array(field), v.maxLength(1000)) }),
  whoCan: v.object({ action, targetUser: field, targetRole: field, channel: v.union([channel, v.literal('')]) }),
});

// Compile-time guard: the schema accepts exactly the protocol's message types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesProtocol: Same<v.InferOutput<typeof webviewMessage>, WebviewMessage> = true;
const stateMatchesProtocol: Same<v.InferOutput<typeof simulatorState>, SimulatorState> = true;
void schemaMatchesProtocol;
void stateMatchesProtocol;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The message's `type` for the log line. Only primitives go through String(): on an object it
 * would call the object's own `toString` / `valueOf`, and a message such as
 * `{ type: { toString: 0 } }` (plain JSON) makes that throw.
 */
function typeName(t: unknown): string {
  if (typeof t === 'object' && t !== null) return `type (${Array.isArray(t) ? 'an array' : 'an object'})`;
  return `type '${String(t).slice(0, 40)}'`;
}

/** Checks one message from the webview: size first, then shape; never throws. */
export function parseWebviewMessage(raw: unknown): Checked<WebviewMessage> {
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(raw) ?? '', 'utf8');
  } catch {
    return { ok: false, reason: 'not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, reason: `too large (${size} bytes, limit ${MAX_MESSAGE_BYTES})` };
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? typeName((raw as { type: unknown }).type) : undefined;
  const r = v.safeParse(webviewMessage, raw);
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'message';
  return { ok: false, reason: `${type ?? 'no type'}: ${where}: ${issue.message}` };
}

/** Checks the state the serializer hands back after a reload; a bad state is dropped, not trusted. */
export function parseSimulatorState(raw: unknown): SimulatorState | undefined {
  const r = v.safeParse(simulatorState, raw);
  return r.success ? r.output : undefined;
}

/** Wraps a handler so only valid messages reach it; the rest are logged and dropped. */
export function messageGate(handle: (m: WebviewMessage) => void, log: (line: string) => void): (raw: unknown) => void {
  return (raw) => {
    const r = parseWebviewMessage(raw);
    if (r.ok) handle(r.value);
    else log(`Rejected simulator webview message: ${r.reason}`);
  };
}

/**
 * Every runtime check of protocol data, once, with one set of limits: the extension host's gate
 * for webview messages, the webview's restored state, and the language server's custom
 * requests and document sync all use these. Anything that is not exactly a protocol message
 * is rejected with a one-line reason, never acted on; nothing here throws.
 */
import * as v from 'valibot';
import { ACTIONS, CHANNELS, ROLE_FLAGS, TBA_PERMISSION_IDS } from './vocabulary';
import type {
  AccessDeltaParams,
  ChangeEditParams,
  DecisionRequest,
  ExportSdfRoleParams,
  GenerateFromSdfParams,
  MatrixParams,
  ModelChange,
  ModelParams,
  SimulateParams,
  TroubleshootParams,
  WhoCanParams,
} from './wire';
import type { SimulatorState, WebviewMessage } from './webview';

/** Larger webview messages are rejected before they are parsed: no real message comes near it. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** A user, role, integration or token name. */
export const MAX_NAME = 1024;
/** Model changes in one suggestion or one change-edit request. */
export const MAX_CHANGES = 32;
export const MAX_URI = 8192;

const uri = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_URI));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME));
/** Free text the user typed (a search may be empty while typing): only the length is checked. */
const field = v.pipe(v.string(), v.maxLength(MAX_NAME));
const action = v.picklist(ACTIONS);
const channel = v.picklist(CHANNELS);
const permission = v.picklist(TBA_PERMISSION_IDS);
const requestId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const userRole = v.strictObject({ user: name, role: name });
const position = v.strictObject({ line: v.pipe(v.number(), v.integer(), v.minValue(0)), character: v.pipe(v.number(), v.integer(), v.minValue(0)) });

const decisionRequest = v.strictObject({
  user: name,
  role: name,
  action,
  target: v.optional(userRole),
  channel: v.optional(channel),
  integration: v.optional(name),
});

const modelChange = v.variant('kind', [
  v.strictObject({ kind: v.literal('add-permission'), role: name, permission }),
  v.strictObject({ kind: v.literal('remove-permission'), role: name, permission }),
  v.strictObject({ kind: v.literal('assign-role'), user: name, role: name }),
  v.strictObject({ kind: v.literal('unassign-role'), user: name, role: name }),
  v.strictObject({ kind: v.literal('set-role-flag'), role: name, flag: v.picklist(ROLE_FLAGS), value: v.boolean() }),
  v.strictObject({ kind: v.literal('set-user-inactive'), user: name, value: v.boolean() }),
  v.strictObject({ kind: v.literal('enable-tba') }),
  v.strictObject({ kind: v.literal('use-channel'), channel }),
]);
const changes = v.pipe(v.array(modelChange), v.minLength(1), v.maxLength(MAX_CHANGES));

// ---- Custom LSP requests (checked by the server before it acts) ----

export const ModelParamsSchema = v.strictObject({ uri });
export const SimulateParamsSchema = v.strictObject({ uri, request: decisionRequest });
/** Matrix rows the simulator shows expanded to every other target at once (each is thousands of cells in a large account). */
export const MAX_EXPANDED_ROWS = 20;
const targetsFor = v.optional(v.pipe(v.array(userRole), v.maxLength(MAX_EXPANDED_ROWS)));
export const MatrixParamsSchema = v.strictObject({ uri, expandTargets: v.optional(v.boolean()), countTargets: v.optional(v.boolean()), targetsFor });
export const WhoCanParamsSchema = v.strictObject({ uri, action, target: v.optional(userRole), channel: v.optional(channel), integration: v.optional(name) });
const subject = v.strictObject({ token: v.optional(name), user: v.optional(name), role: v.optional(name), integration: v.optional(name) });
const errorCode = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME));
export const TroubleshootParamsSchema = v.strictObject({ uri, error: errorCode, subject });
export const ChangeEditParamsSchema = v.strictObject({ uri, changes });
/** Files of one account at the base revision: bounded in count and size like the rest. */
export const MAX_BASE_FILES = 1000;
export const MAX_BASE_TEXT = 16 * 1024 * 1024;
export const AccessDeltaParamsSchema = v.strictObject({
  uri,
  base: v.pipe(v.array(v.strictObject({ uri, text: v.nullable(v.pipe(v.string(), v.maxLength(MAX_BASE_TEXT))) })), v.maxLength(MAX_BASE_FILES)),
});
export const GenerateFromSdfParamsSchema = v.strictObject({ uri: v.optional(uri), mode: v.picklist(['copy', 'reference']) });
export const ExportSdfRoleParamsSchema = v.strictObject({ uri, position });

// ---- CLI input: an access lock, `nsroles matrix --format json` committed as a snapshot ----

/** Rows may carry more fields than the ones compared (a later `matrix` may add some). */
export const AccessLockSchema = v.object({
  rows: v.array(
    v.object({
      user: name,
      role: name,
      action,
      target: v.nullable(v.object({ user: name, role: name })),
      decision: v.picklist(['allow', 'deny']),
    }),
  ),
});

// ---- LSP document sync (the standard notifications, checked before the document store sees them) ----

const version = v.pipe(v.number(), v.integer());
const range = v.object({ start: position, end: position });
// LSP lets clients add properties to these, so unknown keys are allowed here.
export const DidOpenSchema = v.object({ textDocument: v.object({ uri, languageId: v.string(), version, text: v.string() }) });
export const DidChangeSchema = v.object({
  textDocument: v.object({ uri, version }),
  contentChanges: v.array(v.union([v.object({ range, rangeLength: v.optional(v.number()), text: v.string() }), v.object({ text: v.string() })])),
});
export const IdentifiedSchema = v.object({ textDocument: v.object({ uri }) });

// ---- LSP requests and workspace notifications: the params the server reads, nothing more ----

const lspPosition = v.object({ line: v.pipe(v.number(), v.integer(), v.minValue(0)), character: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const lspRange = v.pipe(
  v.object({ start: lspPosition, end: lspPosition }),
  v.check((r) => r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), 'its start comes after its end'),
);
const textDocument = v.object({ uri });
export const DocumentParamsSchema = v.object({ textDocument });
export const PositionParamsSchema = v.object({ textDocument, position: lspPosition });
export const RangeParamsSchema = v.object({ textDocument, range: lspRange });
export const RenameParamsSchema = v.object({ textDocument, position: lspPosition, newName: v.string() });
export const CodeActionParamsSchema = v.object({
  textDocument,
  range: lspRange,
  context: v.object({ diagnostics: v.array(v.object({ range: lspRange, message: v.string() })) }),
});
export const WorkspaceSymbolParamsSchema = v.object({ query: v.string() });
// A client may leave `settings` out: the server then asks for the configuration itself.
export const ConfigurationChangeSchema = v.object({ settings: v.optional(v.unknown()) });
export const WatchedFilesSchema = v.object({ changes: v.array(v.object({ uri, type: v.number() })) });
const folder = v.object({ uri, name: v.string() });
/** The event of workspace/didChangeWorkspaceFolders, as the connection hands it on. */
export const FoldersChangeSchema = v.object({ added: v.array(folder), removed: v.array(folder) });

// ---- Simulator webview (webview → host), and the state the webview keeps ----

const webviewMessage = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  v.strictObject({ type: v.literal('simulate'), requestId, request: decisionRequest }),
  v.strictObject({ type: v.literal('matrix'), requestId, expandTargets: v.boolean(), targetsFor }),
  v.strictObject({ type: v.literal('whoCan'), requestId, action, target: v.optional(userRole), channel: v.optional(channel), integration: v.optional(name) }),
  v.strictObject({ type: v.literal('applySuggestion'), changes }),
  v.strictObject({ type: v.literal('saveExpect'), request: decisionRequest }),
  v.strictObject({ type: v.literal('troubleshoot'), requestId, error: errorCode, subject }),
  v.strictObject({
    type: v.literal('revealLine'),
    uri,
    line: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
    base: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal('accessDelta'), requestId }),
  v.strictObject({ type: v.literal('exportMatrix'), format: v.picklist(['csv', 'markdown']), filter: field, expandTargets: v.boolean() }),
  v.strictObject({ type: v.literal('generateFromSdf') }),
]);

const simulatorState = v.object({
  uri: v.optional(v.pipe(v.string(), v.maxLength(MAX_URI))),
  tab: v.picklist(['simulate', 'matrix', 'whoCan', 'troubleshoot', 'changes']),
  // `integration` is optional on read: a state saved before the field existed has none.
  simulate: v.object({
    user: field,
    role: field,
    action,
    targetUser: field,
    targetRole: field,
    channel: v.union([channel, v.literal('')]),
    integration: v.optional(field, ''),
  }),
  matrix: v.object({ filter: field, expanded: v.pipe(v.array(field), v.maxLength(1000)) }),
  whoCan: v.object({ action, targetUser: field, targetRole: field, channel: v.union([channel, v.literal('')]), integration: v.optional(field, '') }),
  // A state saved before the tab existed has none: it starts empty.
  troubleshoot: v.optional(
    v.object({ error: field, about: v.picklist(['token', 'login', 'account']), token: field, user: field, role: field, integration: field }),
    () => ({ error: '', about: 'token' as const, token: '', user: '', role: '', integration: '' }),
  ),
});

// Compile-time guards: each schema accepts exactly its protocol type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const guards: [
  Same<v.InferOutput<typeof webviewMessage>, WebviewMessage>,
  Same<v.InferOutput<typeof simulatorState>, SimulatorState>,
  Same<v.InferOutput<typeof decisionRequest>, DecisionRequest>,
  Same<v.InferOutput<typeof modelChange>, ModelChange>,
  Same<v.InferOutput<typeof ModelParamsSchema>, ModelParams>,
  Same<v.InferOutput<typeof SimulateParamsSchema>, SimulateParams>,
  Same<v.InferOutput<typeof MatrixParamsSchema>, MatrixParams>,
  Same<v.InferOutput<typeof WhoCanParamsSchema>, WhoCanParams>,
  Same<v.InferOutput<typeof TroubleshootParamsSchema>, TroubleshootParams>,
  Same<v.InferOutput<typeof ChangeEditParamsSchema>, ChangeEditParams>,
  Same<v.InferOutput<typeof GenerateFromSdfParamsSchema>, GenerateFromSdfParams>,
  Same<v.InferOutput<typeof ExportSdfRoleParamsSchema>, ExportSdfRoleParams>,
  Same<v.InferOutput<typeof AccessDeltaParamsSchema>, AccessDeltaParams>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true];
void guards;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `where: what`, from the first issue: the one format every check reports in. */
function describeIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], whole: string): string {
  const issue = issues[0];
  const where = issue.path?.map((p) => String(p.key).slice(0, 40)).join('.') || whole;
  // The message quotes the value received, which may be as long as the limit allows: keep log lines short.
  const message = issue.message.length > 200 ? `${issue.message.slice(0, 200)}…` : issue.message;
  return `${where}: ${message}`;
}

/** Checks data against a schema; never throws. */
export function checkSchema<S extends v.GenericSchema>(schema: S, data: unknown, whole = 'params'): Checked<v.InferOutput<S>> {
  const r = v.safeParse(schema, data);
  return r.success ? { ok: true, value: r.output } : { ok: false, reason: describeIssue(r.issues, whole) };
}

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
    size = new TextEncoder().encode(JSON.stringify(raw) ?? '').length;
  } catch {
    return { ok: false, reason: 'not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, reason: `too large (${size} bytes, limit ${MAX_MESSAGE_BYTES})` };
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? typeName((raw as { type: unknown }).type) : undefined;
  const r = checkSchema(webviewMessage, raw, 'message');
  return r.ok ? r : { ok: false, reason: `${type ?? 'no type'}: ${r.reason}` };
}

/** Checks the state the webview or the serializer hands back after a reload; a bad state is dropped, not trusted. */
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

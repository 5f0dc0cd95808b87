import * as v from 'valibot';
import { ACTIONS, ATM, CHANNELS, LOGIN, UAT } from '../engine';

// Custom requests come from the client (and through it from the webview): check them first.
const MAX_NAME = 1024;
const uri = v.pipe(v.string(), v.minLength(1), v.maxLength(8192));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME));
const action = v.picklist(ACTIONS);
const channel = v.picklist(CHANNELS);
const userRole = v.object({ user: name, role: name });

const decisionRequest = v.object({ user: name, role: name, action, target: v.optional(userRole), channel: v.optional(channel) });

const modelChange = v.variant('kind', [
  v.object({ kind: v.literal('add-permission'), role: name, permission: v.picklist([ATM, UAT, LOGIN]) }),
  v.object({ kind: v.literal('remove-permission'), role: name, permission: v.picklist([ATM, UAT, LOGIN]) }),
  v.object({ kind: v.literal('assign-role'), user: name, role: name }),
  v.object({ kind: v.literal('unassign-role'), user: name, role: name }),
  v.object({ kind: v.literal('set-role-flag'), role: name, flag: v.picklist(['web-services-only', 'inactive']), value: v.boolean() }),
  v.object({ kind: v.literal('set-user-inactive'), user: name, value: v.boolean() }),
  v.object({ kind: v.literal('enable-tba') }),
  v.object({ kind: v.literal('use-channel'), channel }),
]);

export const ModelParamsSchema = v.object({ uri });
export const SimulateParamsSchema = v.object({ uri, request: decisionRequest });
export const MatrixParamsSchema = v.object({ uri, expandTargets: v.optional(v.boolean()) });
export const WhoCanParamsSchema = v.object({ uri, action, target: v.optional(userRole), channel: v.optional(channel) });
export const ChangeEditParamsSchema = v.object({ uri, changes: v.pipe(v.array(modelChange), v.maxLength(32)) });

/** The parsed params, or a one-line reason they are not valid. */
export function check<S extends v.GenericSchema>(schema: S, params: unknown): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string } {
  const r = v.safeParse(schema, params);
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'params';
  return { ok: false, message: `Invalid ${where}: ${issue.message}` };
}

const position = v.object({ line: v.pipe(v.number(), v.integer(), v.minValue(0)), character: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const GenerateFromSdfParamsSchema = v.object({ uri: v.optional(uri), mode: v.picklist(['copy', 'reference']) });
export const ExportSdfRoleParamsSchema = v.object({ uri, position });

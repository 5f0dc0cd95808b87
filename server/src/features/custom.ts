import { type Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type * as v from 'valibot';
import { buildMatrix, changeEdits, isSdfRoleFile, tokenTargetCounts, whoCan } from '../engine';
import type {
  AccessDeltaResult,
  ChangeEditParams,
  ChangeEditResult,
  MatrixResult,
  ModelSummary,
  SimulateResult,
  TroubleshootResult,
  WhoCanResult,
} from '../../../shared/protocol/wire';
import {
  AccessDeltaRequest,
  ChangeEditRequest,
  MatrixRequest,
  ModelRequest,
  SimulateRequest,
  TroubleshootRequest,
  WhoCanRequest,
} from '../../../shared/protocol/lsp';
import { toWorkspaceEdit } from '../convert';
import type { Analysis } from '../ide/analysis';
import { accessChanges } from '../ide/changes';
import { modelSummary, simulateAnswer } from '../ide/summary';
import { troubleshootResult } from '../ide/troubleshoot';
import type { Workspace } from '../workspace';
import {
  AccessDeltaParamsSchema,
  ChangeEditParamsSchema,
  checkSchema,
  MatrixParamsSchema,
  ModelParamsSchema,
  SimulateParamsSchema,
  TroubleshootParamsSchema,
  WhoCanParamsSchema,
} from '../../../shared/protocol/schemas';

/** Validates the params, finds the account, and runs the handler; errors are ResponseErrors. */
function handler<S extends v.GenericSchema<unknown, { uri: string }>, R>(ws: Workspace, schema: S, run: (p: v.InferOutput<S>, a: Analysis) => R) {
  return (params: unknown): R => {
    const c = checkSchema(schema, params);
    if (!c.ok) throw new ResponseError(ErrorCodes.InvalidParams, `Invalid ${c.reason}`);
    const uri = c.value.uri;
    const a = ws.analysis(uri);
    if (!a) throw new ResponseError(LSPErrorCodes.RequestFailed, `Cannot read ${uri}`);
    return run(c.value, a);
  };
}

/** `nsroles/model`, `nsroles/simulate`, `nsroles/matrix`, `nsroles/whoCan`, `nsroles/changeEdit`. */
export function registerCustomRequests(connection: Connection, ws: Workspace): void {
  connection.onRequest(
    ModelRequest,
    handler(ws, ModelParamsSchema, (p, a): ModelSummary => {
      const s = modelSummary(a);
      return { ...s, uri: p.uri, files: s.files.map((f) => ws.uriOf(f)) };
    }),
  );
  connection.onRequest(
    SimulateRequest,
    handler(ws, SimulateParamsSchema, (p, a): SimulateResult => simulateAnswer(a, p.request)),
  );
  connection.onRequest(
    MatrixRequest,
    handler(ws, MatrixParamsSchema, (p, a): MatrixResult => ({
      rows: buildMatrix(a.loaded.model, { expandTargets: p.expandTargets, ...(p.targetsFor && { targetsFor: p.targetsFor }) }),
      ...(p.countTargets && { targetCounts: tokenTargetCounts(a.loaded.model, a.index) }),
    })),
  );
  connection.onRequest(
    WhoCanRequest,
    handler(ws, WhoCanParamsSchema, (p, a): WhoCanResult => ({
      action: p.action,
      target: p.target ?? null,
      actors: whoCan(a.loaded.model, { action: p.action, target: p.target, channel: p.channel, integration: p.integration }),
    })),
  );
  connection.onRequest(
    TroubleshootRequest,
    handler(ws, TroubleshootParamsSchema, (p, a): TroubleshootResult => troubleshootResult(a.loaded, p.error, p.subject, (f) => ws.uriOf(f))),
  );
  connection.onRequest(
    ChangeEditRequest,
    handler(ws, ChangeEditParamsSchema, (p: ChangeEditParams, a): ChangeEditResult => {
      const r = changeEdits(a.loaded, p.changes);
      if ('error' in r) return { edit: null, message: r.error };
      return { edit: toWorkspaceEdit(ws, r.edits) as ChangeEditResult['edit'] };
    }),
  );
  connection.onRequest(
    AccessDeltaRequest,
    handler(ws, AccessDeltaParamsSchema, (p, a): AccessDeltaResult => {
      const entry = a.loaded.model.files[0] ?? ws.fileOf(p.uri);
      const sdf = [...(a.loaded.sdf?.keys() ?? [])];
      const base = new Map(p.base.map((b) => [ws.fileOf(b.uri), b.text ?? undefined]));
      // Role objects deleted or renamed since HEAD: the client sends their HEAD text; they join
      // the base side only, so the roles they held are gone on the working side.
      const baseSdf = [...sdf, ...[...base].filter(([f, t]) => !sdf.includes(f) && t !== undefined && isSdfRoleFile(f, t)).map(([f]) => f)];
      // A file the base side reads that the client did not send (an include that exists only at
      // HEAD, or that HEAD's text names): absent for now, and named so the client sends it next.
      const missing = new Set<string>();
      const readBase = (f: string) => {
        if (!base.has(f)) missing.add(ws.uriOf(f));
        return base.get(f);
      };
      const delta = accessChanges(entry, ws.host.resolve, (f) => ws.uriOf(f), { read: readBase, sdf: baseSdf }, { read: (f) => ws.host.read(f), sdf });
      return { ...delta, missing: [...missing] };
    }),
  );
}

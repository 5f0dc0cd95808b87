/**
 * The custom LSP methods, each a typed RequestType, so a method's params and result are tied
 * to its name on both sides (as vscode-eslint's shared customMessages.ts does). The server
 * still checks every params object at runtime (schemas.ts): the types are a promise, not a check.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type {
  AccessDeltaParams,
  AccessDeltaResult,
  ChangeEditParams,
  ChangeEditResult,
  ExportSdfRoleParams,
  ExportSdfRoleResult,
  GenerateFromSdfParams,
  GenerateFromSdfResult,
  MatrixParams,
  MatrixResult,
  ModelParams,
  ModelSummary,
  SimulateParams,
  SimulateResult,
  TroubleshootParams,
  TroubleshootResult,
  WhoCanParams,
  WhoCanResult,
} from './wire';

/** `nsroles/model`: the account the document belongs to, summarised for pickers. */
export const ModelRequest = new RequestType<ModelParams, ModelSummary, void>('nsroles/model');
/** `nsroles/simulate`: one decision, with its suggestions. */
export const SimulateRequest = new RequestType<SimulateParams, SimulateResult, void>('nsroles/simulate');
/** `nsroles/matrix`: every (user, held role) × action. */
export const MatrixRequest = new RequestType<MatrixParams, MatrixResult, void>('nsroles/matrix');
/** `nsroles/whoCan`: every (user, held role) allowed to perform an action. */
export const WhoCanRequest = new RequestType<WhoCanParams, WhoCanResult, void>('nsroles/whoCan');
/** `nsroles/changeEdit`: the text edits that make model changes (a suggestion's Apply). */
export const ChangeEditRequest = new RequestType<ChangeEditParams, ChangeEditResult, void>('nsroles/changeEdit');
/** `nsroles/accessDelta`: who gains or loses access between the given base texts and the account as edited; lines as URIs, and the base files still to send. */
export const AccessDeltaRequest = new RequestType<AccessDeltaParams, AccessDeltaResult, void>('nsroles/accessDelta');
/** `nsroles/generateFromSdf`: `.nsroles` text for SuiteCloud role objects (the command "Generate .nsroles from SDF roles"). */
export const GenerateFromSdfRequest = new RequestType<GenerateFromSdfParams, GenerateFromSdfResult, void>('nsroles/generateFromSdf');
/** `nsroles/exportSdfRole`: the role at a position of a role file as a SuiteCloud role object (the command "Export role as SDF XML"). */
export const ExportSdfRoleRequest = new RequestType<ExportSdfRoleParams, ExportSdfRoleResult, void>('nsroles/exportSdfRole');
/** `nsroles/troubleshoot`: the causes of an error NetSuite showed, read off the account. */
export const TroubleshootRequest = new RequestType<TroubleshootParams, TroubleshootResult, void>('nsroles/troubleshoot');

/**
 * The custom protocol between the extension, the language server and the simulator webview.
 * Every method and message is typed here, once. Requests travel as JSON, so only plain data.
 */
import type { Action, Channel, Citation, DecisionRequest, ModelChange, Suggestion, Verdict } from '../server/src/engine';

// ---- Custom LSP requests (client → server) ----

/** `nsroles/model`: the account the document belongs to, summarised for pickers. */
export const ModelRequestMethod = 'nsroles/model';
export interface ModelParams {
  uri: string;
}
export interface ModelSummary {
  uri: string;
  /** Every file of the account (the document, what it includes, and the SuiteCloud role objects it sees), as URIs. */
  files: string[];
  tbaEnabled: boolean;
  users: { name: string; roles: string[]; inactive: boolean }[];
  roles: { name: string; id?: string; administrator: boolean; permissions: string[]; webServicesOnly: boolean; inactive: boolean; origin: 'nsroles' | 'sdf' }[];
  /** Count of syntax errors, so the panel can say the answer may be incomplete. */
  syntaxErrors: number;
}

/** `nsroles/simulate`: one decision, with its suggestions. */
export const SimulateRequestMethod = 'nsroles/simulate';
export interface SimulateParams {
  uri: string;
  request: DecisionRequest;
}
export interface SimulateResult {
  decision: Verdict & { suggestions: Suggestion[] };
  /** Whether the actor holds the acting role (the panel flags a role not held). */
  roleHeld: boolean;
  /** The `expect` line that records this answer. */
  expectLine: string;
}

/** `nsroles/matrix`: every (user, held role) × action. */
export const MatrixRequestMethod = 'nsroles/matrix';
export interface MatrixParams {
  uri: string;
  /** Also list token actions for every other (user, held role) target. */
  expandTargets?: boolean;
}
export interface MatrixRow {
  user: string;
  role: string;
  action: Action;
  target: { user: string; role: string } | null;
  decision: 'allow' | 'deny';
  rule: string;
}
export interface MatrixResult {
  rows: MatrixRow[];
}

/** `nsroles/whoCan`: every (user, held role) allowed to perform an action. */
export const WhoCanRequestMethod = 'nsroles/whoCan';
export interface WhoCanParams {
  uri: string;
  action: Action;
  target?: { user: string; role: string };
  channel?: Channel;
}
export interface WhoCanResult {
  action: Action;
  target: { user: string; role: string } | null;
  actors: { user: string; role: string; citations: Citation[] }[];
}

/** `nsroles/changeEdit`: the text edits that make model changes (a suggestion's Apply). */
export const ChangeEditRequestMethod = 'nsroles/changeEdit';
export interface ChangeEditParams {
  uri: string;
  changes: ModelChange[];
}
/** An LSP WorkspaceEdit (`changes` form), or null when a change cannot be written. */
export interface ChangeEditResult {
  edit: {
    changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]>;
  } | null;
  message?: string;
}

// ---- Simulator webview messages (webview ⇄ extension host) ----
// The webview is untrusted input: the host validates every WebviewMessage at runtime
// (client/src/simulator/messages.ts) before it acts on it.

/** The panel's view type, used by the serializer and the `onWebviewPanel:` activation. */
export const SimulatorViewType = 'nsroles.simulator';

/** The file the panel simulates, as the webview shows it. */
export interface BoundFile {
  uri: string;
  /** Workspace-relative path (or file name) to show the user. */
  label: string;
}

/** A token's owner: a user and one of their roles. */
export interface UserRole {
  user: string;
  role: string;
}

/** Webview → host: the webview has loaded and listens. */
export interface ReadyMessage {
  type: 'ready';
}
/** Webview → host: decide one request (answered by `simulateResult`). */
export interface SimulateMessage {
  type: 'simulate';
  requestId: number;
  request: DecisionRequest;
}
/** Webview → host: the matrix (answered by `matrixResult`). */
export interface MatrixMessage {
  type: 'matrix';
  requestId: number;
  expandTargets: boolean;
}
/** Webview → host: who may do an action (answered by `whoCanResult`). */
export interface WhoCanMessage {
  type: 'whoCan';
  requestId: number;
  action: Action;
  target?: UserRole;
  channel?: Channel;
}
/** Webview → host: apply a suggestion's changes to the role files (undoable WorkspaceEdit). */
export interface ApplySuggestionMessage {
  type: 'applySuggestion';
  changes: ModelChange[];
}
/**
 * Webview → host: append the `expect` line for this request to the bound file. The host asks
 * the server for the line again, so the webview never sends text that lands in the file.
 */
export interface SaveExpectMessage {
  type: 'saveExpect';
  request: DecisionRequest;
}
/** Webview → host: export the matrix rows whose user or role contains `filter`. */
export interface ExportMatrixMessage {
  type: 'exportMatrix';
  format: 'csv' | 'markdown';
  filter: string;
  expandTargets: boolean;
}

/** Every message the webview may send. */
export type WebviewMessage = ReadyMessage | SimulateMessage | MatrixMessage | WhoCanMessage | ApplySuggestionMessage | SaveExpectMessage | ExportMatrixMessage;

/** Host → webview: the account changed (or the panel was bound to another file). */
export interface ModelUpdate {
  type: 'model';
  file: BoundFile;
  /** Null when the server could not summarise the file. */
  model: ModelSummary | null;
  error?: string;
}
/** Host → webview: preset the actor (from the user code lens or the command's arguments). */
export interface PresetUpdate {
  type: 'preset';
  user?: string;
  role?: string;
}
export interface SimulateResponse {
  type: 'simulateResult';
  requestId: number;
  result: SimulateResult;
}
export interface MatrixResponse {
  type: 'matrixResult';
  requestId: number;
  result: MatrixResult;
}
export interface WhoCanResponse {
  type: 'whoCanResult';
  requestId: number;
  result: WhoCanResult;
}
/** Host → webview: a request failed, or an action (apply, save, export) reports back. */
export interface NoticeUpdate {
  type: 'notice';
  level: 'info' | 'error';
  message: string;
  /** Set when the notice answers a request, so the webview can stop waiting for it. */
  requestId?: number;
}

/** Every message the host sends to the webview. */
export type HostMessage = ModelUpdate | PresetUpdate | SimulateResponse | MatrixResponse | WhoCanResponse | NoticeUpdate;

/** What the webview keeps with `setState`, and the serializer restores after a reload. */
export interface SimulatorState {
  uri?: string;
  tab: 'simulate' | 'matrix' | 'whoCan';
  simulate: { user: string; role: string; action: Action; targetUser: string; targetRole: string; channel: Channel | '' };
  matrix: { filter: string; expanded: string[] };
  whoCan: { action: Action; targetUser: string; targetRole: string; channel: Channel | '' };
}

// ---- SuiteCloud role objects: the commands' requests (client → server) ----

/** `nsroles/generateFromSdf`: `.nsroles` text for SuiteCloud role objects (the command "Generate .nsroles from SDF roles"). */
export const GenerateFromSdfRequestMethod = 'nsroles/generateFromSdf';
export interface GenerateFromSdfParams {
  /** A folder, role file or role object: the SuiteCloud project around it. Absent or outside a project: every workspace folder. */
  uri?: string;
  /** `reference` names the roles by scriptid, for a file kept in the project; `copy` writes a role block per role. */
  mode: 'copy' | 'reference';
}
export interface GenerateFromSdfResult {
  /** The `.nsroles` text; empty when no role object was found. */
  text: string;
  /** The role objects carried over, in file order. */
  roles: { name: string; scriptid?: string; uri: string }[];
  /** Role objects left out because their XML is malformed, as URIs. */
  skipped: string[];
}

/** `nsroles/exportSdfRole`: the role at a position of a role file as a SuiteCloud role object (the command "Export role as SDF XML"). */
export const ExportSdfRoleRequestMethod = 'nsroles/exportSdfRole';
export interface ExportSdfRoleParams {
  uri: string;
  position: { line: number; character: number };
}
export type ExportSdfRoleResult =
  | {
      ok: true;
      /** The role's name in the role file. */
      role: string;
      scriptid: string;
      /** `scriptid.xml`. */
      fileName: string;
      xml: string;
      /** What could not be carried over. */
      warnings: string[];
      /** `src/Objects/fileName` in the SuiteCloud project of the role file, as a URI, when there is a project. */
      target?: string;
      /** Whether `target` exists already (the client then does not overwrite it). */
      targetExists?: boolean;
    }
  | { ok: false; error: string };

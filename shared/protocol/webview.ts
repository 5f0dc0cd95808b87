/**
 * The simulator webview's messages (webview ⇄ extension host) and the state it keeps.
 * The webview is untrusted input: the host checks every WebviewMessage with `messageGate`
 * (schemas.ts) before it acts on it.
 */
import type { Action, Channel } from './vocabulary';
import type {
  AccessDelta,
  DecisionRequest,
  MatrixResult,
  ModelChange,
  ModelSummary,
  SimulateResult,
  TroubleshootResult,
  TroubleshootSubject,
  UserRole,
  WhoCanResult,
} from './wire';

/** The panel's view type, used by the serializer and the `onWebviewPanel:` activation. */
export const SimulatorViewType = 'nsroles.simulator';

/** The file the panel simulates, as the webview shows it. */
export interface BoundFile {
  uri: string;
  /** Workspace-relative path (or file name) to show the user. */
  label: string;
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
  /** The expanded rows: only they get every other target (absent: every row does). */
  targetsFor?: UserRole[];
}
/** Webview → host: who may do an action (answered by `whoCanResult`). */
export interface WhoCanMessage {
  type: 'whoCan';
  requestId: number;
  action: Action;
  target?: UserRole;
  channel?: Channel;
  /** The application the actors go through; its state and boxes take part when named. */
  integration?: string;
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
/** Webview → host: why NetSuite showed this error (answered by `troubleshootResult`). */
export interface TroubleshootMessage {
  type: 'troubleshoot';
  requestId: number;
  error: string;
  subject: TroubleshootSubject;
}
/** Webview → host: show a line of the account in the editor (an evidence link); the host opens only the account's own files. */
export interface RevealLineMessage {
  type: 'revealLine';
  uri: string;
  /** 1-based, as evidence gives it. */
  line: number;
  /** A line of the HEAD version (a removed line in the Changes tab): the host shows HEAD's text. */
  base?: boolean;
}
/** Webview → host: who gains or loses access since git HEAD, unsaved edits included (answered by `accessDeltaResult`). */
export interface AccessDeltaMessage {
  type: 'accessDelta';
  requestId: number;
}

/** Webview → host: run "Generate .nsroles from SDF roles" (offered while no role file is bound). */
export interface GenerateFromSdfMessage {
  type: 'generateFromSdf';
}

/** Every message the webview may send. */
export type WebviewMessage =
  | ReadyMessage
  | SimulateMessage
  | MatrixMessage
  | WhoCanMessage
  | ApplySuggestionMessage
  | SaveExpectMessage
  | ExportMatrixMessage
  | TroubleshootMessage
  | RevealLineMessage
  | GenerateFromSdfMessage
  | AccessDeltaMessage;

/** Host → webview: the account changed (or the panel was bound to another file). */
export interface ModelUpdate {
  type: 'model';
  file: BoundFile;
  /** Null when the server could not summarise the file. */
  model: ModelSummary | null;
  error?: string;
}
/** Host → webview: no role file to simulate; `sdfOnly` when the workspace has role objects and no role file. */
export interface UnboundUpdate {
  type: 'unbound';
  sdfOnly: boolean;
}
/** Host → webview: preset the actor (from the user code lens or the command's arguments). */
export interface PresetUpdate {
  type: 'preset';
  user?: string;
  role?: string;
  /** From a token or integration code lens: open the Troubleshoot tab on it. */
  troubleshoot?: { token?: string; integration?: string };
  /** From the status-bar item: open the Changes tab. */
  changes?: boolean;
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
export interface TroubleshootResponse {
  type: 'troubleshootResult';
  requestId: number;
  result: TroubleshootResult;
}

/** Host → webview: the access delta since `base` (the revision, `HEAD`). */
export interface AccessDeltaResponse {
  type: 'accessDeltaResult';
  requestId: number;
  base: string;
  result: AccessDelta;
}

export type HostMessage =
  UnboundUpdate | ModelUpdate | PresetUpdate | SimulateResponse | MatrixResponse | WhoCanResponse | TroubleshootResponse | AccessDeltaResponse | NoticeUpdate;

/** What the webview keeps with `setState`, and the serializer restores after a reload. */
export interface SimulatorState {
  uri?: string;
  tab: 'simulate' | 'matrix' | 'whoCan' | 'troubleshoot' | 'changes';
  simulate: { user: string; role: string; action: Action; targetUser: string; targetRole: string; channel: Channel | ''; integration: string };
  matrix: { filter: string; expanded: string[] };
  whoCan: { action: Action; targetUser: string; targetRole: string; channel: Channel | ''; integration: string };
  troubleshoot: { error: string; about: 'token' | 'login' | 'account'; token: string; user: string; role: string; integration: string };
}

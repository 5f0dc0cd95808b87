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
  /** Every file of the account (the document and what it includes), as URIs. */
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
  edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } | null;
  message?: string;
}

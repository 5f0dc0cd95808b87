/**
 * Every type that crosses a boundary (engine → server → extension host → webview, and the
 * CLI's JSON), defined once. Requests travel as JSON, so only plain data. The engine's own
 * types for decisions and changes are these.
 */
import type { Action, Channel, RoleFlag, TbaPermissionId } from './vocabulary';

export type Basis = 'documented' | 'inferred';

/** One quoted sentence behind a decision or finding. */
export interface Citation {
  rule: string;
  source: string;
  /** The NetSuite page quoted; absent only for the language contract. */
  url?: string;
  basis: Basis;
  /** For an `inferred` rule: what it is derived from, in plain words (the contract: "says from what"). */
  inferredFrom?: string;
  /** The source's own sentence or bullet, verbatim. */
  quote: string;
}

/** A user and one of their roles: an actor, or a token's owner. */
export interface UserRole {
  user: string;
  role: string;
}

/** A question for the simulator: may this user, acting in this role, do this? */
export interface DecisionRequest {
  user: string;
  role: string;
  action: Action;
  /** For token actions: whose token. Omitted means the actor's own token in the acting role. */
  target?: UserRole;
  channel?: Channel;
  /** `with "INTEGRATION"` / `--integration`: the application asking. Its state and boxes then take part. */
  integration?: string;
}

/** The contract's Decision, without suggestions (see Suggestion). */
export interface Verdict {
  decision: 'allow' | 'deny';
  actor: UserRole;
  action: Action;
  target: UserRole | null;
  channel: Channel | null;
  /** The integration named in the request, if any. */
  integration: string | null;
  citations: Citation[];
  /** Plain-words reasoning, one step a line. */
  trace: string[];
  /** The rule that settled the answer. */
  rule: string;
  /** What to change in NetSuite, and where: the settling rule's steps (steps are not reasons). */
  remedy: Remedy;
}

/** How to change NetSuite so an answer changes. */
export interface Remedy {
  text: string;
  /** Where in NetSuite. */
  uiPath?: string;
  /** The NetSuite page that gives the steps. */
  url?: string;
}

/** One edit to the account that a suggestion proposes. Names are the declared names. */
export type ModelChange =
  | { kind: 'add-permission'; role: string; permission: TbaPermissionId }
  | { kind: 'remove-permission'; role: string; permission: TbaPermissionId }
  | { kind: 'assign-role'; user: string; role: string }
  | { kind: 'unassign-role'; user: string; role: string }
  | { kind: 'set-role-flag'; role: string; flag: RoleFlag; value: boolean }
  | { kind: 'set-user-inactive'; user: string; value: boolean }
  | { kind: 'enable-tba' }
  | { kind: 'use-channel'; channel: Channel };

/** A change that flips the decision, checked by deciding again on the changed account. */
export interface Suggestion {
  text: string;
  changes: ModelChange[];
  /** The decision after the change. */
  result: 'allow' | 'deny';
}

/** One cell of the matrix: a (user, held role) and an action, with its target. */
export interface MatrixRow {
  user: string;
  role: string;
  action: Action;
  target: UserRole | null;
  decision: 'allow' | 'deny';
  /** The rule that settled it. */
  rule: string;
}

/** How many of the other (user, held role) targets an actor may issue or revoke tokens for. */
export interface TargetCount {
  user: string;
  role: string;
  action: Action;
  /** Targets allowed, of `total` other (user, held role) pairs. */
  allowed: number;
  total: number;
}

/** A line of a role file, as the access delta names it. */
export interface SourceLine {
  /** A path (CLI) or URI (language server), as the caller named the file. */
  file: string;
  /** 1-based. */
  line: number;
  /** The line's text, trimmed. */
  text: string;
  /** Set on a line of the base version (removed or changed away): `line` counts in that version's text. */
  base?: true;
}

/** One (user, held role) × action × target whose decision differs between two versions. */
export interface AccessChange {
  user: string;
  role: string;
  action: Action;
  target: UserRole | null;
  /** The rule that settled the new decision. */
  rule: string;
  /** One sentence: why the new decision is what it is. */
  because: string;
  /** The edited lines that flipped it (on the side that has them: added or changed lines on the new side, removed lines on the old). */
  changes: SourceLine[];
}

/** Who gains and who loses access between two versions of an account. */
export interface AccessDelta {
  granted: AccessChange[];
  revoked: AccessChange[];
}

// ---- Custom LSP requests' params and results (methods in lsp.ts) ----

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
  tokens: { name: string; user?: string; role?: string; integration?: string }[];
  integrations: { name: string }[];
  /** Every error code the Troubleshoot tab knows, and where NetSuite shows it. */
  errorCodes: { code: string; where: string }[];
}

// ---- Troubleshooting: from an error NetSuite shows to the lines that cause it ----

/** What a failed login used: a token, or a user and role and/or an integration; `{}` is the whole account. */
export interface TroubleshootSubject {
  token?: string;
  user?: string;
  role?: string;
  integration?: string;
}

/** What to do about a cause: the page's resolution (or plain words), where in NetSuite, and the page. */
export interface Remedy {
  text: string;
  uiPath?: string;
  url?: string;
  /** True when `text` is the page's own words. */
  quoted?: boolean;
}

/** A citation of a NetSuite page, with its address. */
export interface PageCitation extends Citation {
  url: string;
}

/** One cause NetSuite gives for an error, and whether the account shows it. */
export interface TroubleshootCause {
  id: string;
  cause: string;
  status: 'present' | 'absent' | 'unknown';
  basis: Basis;
  inferredFrom?: string;
  /** The lines that show it (for `absent`, those that rule it out). */
  evidence: SourceLine[];
  /** What the account shows, in plain words. */
  facts: string[];
  remedy: Remedy;
  citations: PageCitation[];
}

export interface TroubleshootReport {
  /** The code as NetSuite spells it, in the spelling asked for. */
  error: string;
  /** Every spelling of this error and where NetSuite shows it. */
  spellings: { code: string; where: string; page?: { title: string; url: string } }[];
  /** The page whose table lists the error. */
  source: { title: string; url: string };
  /** The table's problem text, verbatim; absent when the row could not be read. */
  problem?: string;
  basis: Basis;
  inferredFrom?: string;
  causes: TroubleshootCause[];
}

export interface TroubleshootParams {
  uri: string;
  error: string;
  subject: TroubleshootSubject;
}
/** The report (evidence files as URIs), or, for a code or name the account does not know, why not. */
export interface TroubleshootResult {
  report?: TroubleshootReport;
  message?: string;
}

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

export interface MatrixParams {
  uri: string;
  /** Also list token actions for every other (user, held role) target. */
  expandTargets?: boolean;
  /** Also count, per (user, held role) and token action, the other targets it may act for. */
  countTargets?: boolean;
  /** With `expandTargets`: only for these (user, held role) actors. */
  targetsFor?: UserRole[];
}
export interface MatrixResult {
  rows: MatrixRow[];
  /** With `countTargets`: tokens for others, counted. */
  targetCounts?: TargetCount[];
}

export interface WhoCanParams {
  uri: string;
  action: Action;
  target?: UserRole;
  channel?: Channel;
  integration?: string;
}
export interface WhoCanResult {
  action: Action;
  target: UserRole | null;
  actors: { user: string; role: string; citations: Citation[] }[];
}

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

/** `nsroles/accessDelta`'s answer: the delta, and the base files it needed but was not given. */
export interface AccessDeltaResult extends AccessDelta {
  /**
   * Files the base side reads (it includes them, or an SDF reference names them) that `base` did
   * not hold, as URIs: read them at the base revision and ask again. Until then they read as absent.
   */
  missing: string[];
}

export interface AccessDeltaParams {
  /** A file of the account, as edited (unsaved edits included). */
  uri: string;
  /** The same account's files at the base revision (the client reads them through VS Code's git); `text` null: not in that revision. */
  base: { uri: string; text: string | null }[];
}

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
  /**
   * The folder to save the file in, as a file URI: the SuiteCloud project of the first role
   * (the folder that holds src/), else that role object's folder. Absent when none was found.
   */
  folder?: string;
}

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

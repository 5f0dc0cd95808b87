import type { Citation, Severity } from './citations';
import type { Location, Span } from './text';
import type { Verdict } from './decide';

/** What a quick fix needs to repair a finding; carried in the diagnostic's `data`. */
export type FixData =
  | {
      kind: 'did-you-mean';
      refKind: 'role' | 'user' | 'integration' | 'token' | 'permission';
      name: string;
      candidates: string[];
      /** No candidate is preferred: the written text may be right (an ID absent from NetSuite's list). */
      preferNone?: boolean;
    }
  | { kind: 'set-level-full' }
  | { kind: 'two-factor'; role: string; current: 'missing' | 'not-required' }
  | { kind: 'remove-permission'; role: string }
  | { kind: 'assign-role'; user: string; role: string }
  | { kind: 'expect'; expected: 'can' | 'cannot'; actual: 'allow' | 'deny' }
  | { kind: 'remove-ignore' }
  | { kind: 'sdf-edits'; action: SdfFixAction; fixes: EditFix[] };

/** What an SDF quick fix does; the edits themselves are in `fixes`. */
export type SdfFixAction =
  'set-level-full' | 'remove-permission' | 'set-two-factor' | 'add-tfaduration' | 'did-you-mean' | 'set-scriptid' | 'clear-web-services-only';

/** Replace the text at `span` (offsets into the finding's own file) with `newText`. */
export interface SpanEdit {
  span: Span;
  newText: string;
}

/** One quick fix, ready to apply: a title and edits in the finding's own file. */
export interface EditFix {
  title: string;
  edits: SpanEdit[];
  /** The fix to offer first (LSP `isPreferred`). */
  preferred?: boolean;
}

/**
 * One problem found in an account, in the engine's plain terms (offsets, not LSP ranges). `S` is
 * what its rule's check hands the rule's fix (see `subject`).
 */
export interface Finding<S = unknown> {
  rule: string;
  severity: Severity;
  loc: Location;
  message: string;
  citations: Citation[];
  /** Other places involved: the first definition, the role a decision turned on. */
  related?: { loc: Location; message: string }[];
  /** The marked text is redundant and may be shown faded. */
  unnecessary?: boolean;
  data?: FixData;
  /** For expect findings: the decision the engine reached. */
  verdict?: Verdict;
  /**
   * What the check saw, for its rule's fix (`Rule<S>`): the model entry, grant or ignore comment
   * the finding is about, so the fix need not find it again. It stays in the process that linted:
   * `convert.ts` and the CLI's output copy named fields, and the server finds its own findings
   * again by a diagnostic's range.
   */
  subject?: S;
}

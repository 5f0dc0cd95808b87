import { Citation, Severity } from './citations';
import { Location } from './text';
import { Suggestion } from './suggest';
import { Verdict } from './decide';

/** What a quick fix needs to repair a finding; carried in the diagnostic's `data`. */
export type FixData =
  | { kind: 'did-you-mean'; refKind: 'role' | 'user' | 'integration' | 'token' | 'permission'; name: string; candidates: string[] }
  | { kind: 'set-level-full' }
  | { kind: 'two-factor'; role: string; current: 'missing' | 'not-required' }
  | { kind: 'remove-permission'; role: string }
  | { kind: 'assign-role'; user: string; role: string }
  | { kind: 'expect'; expected: 'can' | 'cannot'; actual: 'allow' | 'deny'; suggestions: Suggestion[] }
  | { kind: 'remove-ignore' };

/** One problem found in an account, in the engine's plain terms (offsets, not LSP ranges). */
export interface Finding {
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
}

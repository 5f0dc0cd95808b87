// What a rule file exports: its metadata, the check lint runs, and the quick fix for its findings.
import type { LintCache } from '../cache';
import type { RuleMeta } from '../citations';
import type { FileEdit } from '../edits';
import type { ModelFacts } from '../facts';
import type { Finding } from '../finding';
import type { LoadedAccount } from '../load';
import type { AccountIndex } from '../lookup';
import type { DecisionMemo } from '../memo';
import type { AccountModel, ExpectLine, IntegrationDefinition, RoleDefinition, TokenDefinition, UserDefinition } from '../model';
import type { TwoFactorValues } from '../sdf/lint';
import type { SdfPermission, SdfRoleFile, SdfRoleObject } from '../sdf/role';
import type { SyntaxTree } from '../syntax';
import type { Location, Span } from '../text';

/**
 * A rule: its metadata (id, severity, NetSuite's words), and where it has them, the check lint
 * runs and the quick fixes for its findings. Decision rules are decided by `decide.ts` and have
 * no check (see CONTRIBUTING.md); NSR-SYNTAX, SDF-XML, the include and ignore rules are reported
 * by the parsers, the loader and `ignore.ts`.
 */
export interface Rule<S = never> extends RuleMeta {
  check?: Visitor;
  /**
   * The quick fixes for one of this rule's findings in a role file, the preferred first. A rule
   * whose check attaches a subject (`add(rule, …, { subject })`) is a `Rule<S>`, and its fix
   * reads `f.subject` instead of searching the model for what the check already had.
   */
  fix?: (c: FixContext, f: Finding<S>) => Fix[];
  /** The quick fixes for one of this rule's findings in a SuiteCloud role object, the preferred first. */
  sdfFix?: (c: SdfFixContext, f: Finding<S>) => Fix[];
  /**
   * Some of its fixes may be applied unasked (`Fix.auto`, by fix-all): only these rules' fixes
   * are worked out to see whether a file has anything fix-all would do.
   */
  autoFix?: true;
}

/**
 * A check, as a visitor: lint walks the model once and calls each rule's hooks on what they
 * visit. `role` sees the roles written in role files (SuiteCloud role objects have their own rules).
 */
export interface Visitor {
  /** Once per lint, for checks across the account. */
  account?(c: LintContext): void;
  role?(r: RoleDefinition, c: LintContext): void;
  token?(t: TokenDefinition, c: LintContext): void;
  integration?(i: IntegrationDefinition, c: LintContext): void;
  expect?(e: ExpectLine, c: LintContext): void;
  /**
   * Each `<permission>` of a SuiteCloud role object, in file order; then `sdfRole` sees the whole
   * object. Only objects that parsed are visited (a malformed one has only SDF-XML).
   */
  sdfPermission?(p: SdfPermission, f: SdfRole, c: SdfRuleContext): void;
  sdfRole?(f: SdfRole, c: SdfRuleContext): void;
}

/** A SuiteCloud role object whose XML parsed: what the SDF rules' checks visit. */
export type SdfRole = SdfRoleFile & { object: SdfRoleObject };

/** A finding's fields besides rule, severity, place, message and citations; `S` is its subject. */
export type FindingExtra<S = never> = Partial<Finding<S>>;

/**
 * Reports a finding, by rule id or by the rule itself. Only the rule itself can attach a subject,
 * and it must be the subject that rule's fix reads (`Rule<S>`): `NoInfer` keeps the subject from
 * choosing `S`.
 */
export type SdfAdd = <S = never>(rule: string | Rule<S>, span: Span, message: string, extra?: FindingExtra<NoInfer<S>>) => void;

/** What the SDF rules' checks share for one role object. */
export interface SdfRuleContext {
  /** Reports a finding of the rule in the role object's file, with its severity and citations. */
  add: SdfAdd;
  /** The account the role joins, when linted with one (SDF-WSO-RESTLET reads its expect lines). */
  index?: AccountIndex;
  /** The values the project uses for a 2FA-required role; fixes copy them. */
  twoFactor: TwoFactorValues;
}

/** Reports a finding, by rule id or by the rule itself; as `SdfAdd`, only the rule itself attaches a subject. */
export type Add = <S = never>(rule: string | Rule<S>, loc: Location, message: string, extra?: FindingExtra<NoInfer<S>>) => Finding;

/** What one lint shares between the checks. */
export interface LintContext {
  model: AccountModel;
  index: AccountIndex;
  facts: ModelFacts;
  decisions: DecisionMemo;
  /** What lint keeps between lints of the account (facts, decisions, expect lines' findings). */
  cache: LintCache;
  /**
   * Whether to keep each entry's findings in `cache` for the next lint: from the account's second
   * lint with a cache given. Most files are opened to be read, and keeping them for every token and
   * expect line was ~30 ms of the first open of a 100k-line account.
   */
  keep: boolean;
  /** Reports a finding of the rule with its severity and citations. */
  add: Add;
  /** Reports a finding built whole. */
  push(f: Finding): void;
  /** `index.rolesOf`, once per user. */
  rolesOf(user: UserDefinition): RoleDefinition[];
  /** Up to three names closest to `name`, remembered from one lint to the next while the names stay. */
  closest(kind: 'role' | 'user' | 'integration' | 'permission', name: string, candidates: readonly string[]): string[];
  /**
   * Why a usable token cannot be used, where it is written: its user lacks its role, or its role
   * cannot log in with tokens. A finding that follows from one of these is not reported again.
   */
  tokenTrouble(t: TokenDefinition): { user?: UserDefinition; role?: RoleDefinition; userLacksRole: boolean; roleCannotLogIn: boolean };
}

/** Where a fix is computed: the account, and the role file of the finding. */
export interface FixContext {
  loaded: LoadedAccount;
  index: AccountIndex;
  file: string;
  tree: SyntaxTree;
}

/** Where a fix is computed for a finding in a SuiteCloud role object. */
export interface SdfFixContext {
  loaded: LoadedAccount;
  index: AccountIndex;
  file: string;
  sdf: SdfRoleFile;
}

/** One way to repair a finding. */
export interface Fix {
  title: string;
  edits: FileEdit[];
  preferred?: boolean;
  /** Safe to apply unseen, so "fix all" may use it. */
  auto?: boolean;
}

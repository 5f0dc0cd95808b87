import { type Citation, citationsOf, type Severity } from './citations';
import { decide, type DecisionRequest, type Verdict } from './decide';
import { factsOf, firstGrants, type IntegrationFacts, type ModelFacts, type RoleFacts, type UserFacts } from './facts';
import type { Finding } from './finding';
import type { LoadedAccount } from './load';
import { type AccountIndex, accountIndexOf } from './lookup';
import { DecisionMemo, type RequestKeys } from './memo';
import {
  type AccountModel,
  type ExpectLine,
  type IntegrationDefinition,
  type RoleDefinition,
  type TokenDefinition,
  tokenUnusable,
  type UserDefinition,
} from './model';
import { LOGIN, permissionKey, UAT } from './permissions';
import { nearMiss } from './nearMiss';
import { rule, ruleById } from './rules';
import { type Add, duplicates, references, unknownPermission } from './lintNames';
import { accountConflicts, featureCheck } from './lintAccount';
import { suggest } from './suggest';
import { applyIgnores } from './ignore';
import type { Location } from './text';
import { lintSdfRole, twoFactorExample } from './sdf/lint';
import { errorShownFor } from './troubleshoot/catalogue';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  /** Per-rule severity overrides; `off` drops the rule's findings. */
  severities?: Record<string, SeveritySetting>;
  /**
   * Keep this lint's decisions for the account's next lint (default true). Off for one-off
   * lints of other texts (a fix-all's rounds), which would only push out the account's own.
   */
  remember?: boolean;
}

/**
 * Every finding for an account: syntax, references, TBA rules, tokens and expect lines, and the
 * SDF rules for the SuiteCloud role objects loaded with it (`LoadOptions.sdf`).
 */
export function lintAccount(loaded: LoadedAccount, options: LintOptions = {}): Finding[] {
  const { model } = loaded;
  const index = accountIndexOf(model);
  const decisions = options.remember === false ? new DecisionMemo() : memoFor(model.files[0] ?? '');
  decisions.nextGeneration();
  const ctx: Context = { model, index, facts: factsOf(model, index), rolesOf: new Map(), decisions };
  const out: Finding[] = [];
  const add = (ruleId: string, loc: Location, message: string, extra: Partial<Finding> = {}) => {
    const meta = rule(ruleId);
    out.push({ rule: ruleId, severity: meta.severity, loc, message, citations: citationsOf(meta), ...extra });
  };
  for (const p of model.problems) add(p.rule, p.loc, p.message);
  duplicates(model, index, add);
  references(model, index, add);
  for (const r of model.roles) if (r.origin === 'nsroles') roleChecks(r, index, add);
  // SuiteCloud role objects have their own rules, in their own file's terms.
  if (loaded.sdf?.size) {
    const twoFactor = twoFactorExample(loaded.sdf.values());
    for (const f of loaded.sdf.values()) out.push(...lintSdfRole(f, { index, twoFactor }));
  }
  tokenChecks(ctx, add);
  accountConflicts(model, add);
  featureCheck(model, index, add);
  for (const i of model.integrations) {
    if (i.authorizationFlow?.value && !i.callbackUrl?.value)
      add(
        'TBA-AUTHFLOW-CALLBACK',
        i.authorizationFlow.loc,
        `Integration '${i.name}' uses the TBA authorization flow but has no callback URL; add callback-url "…".`,
      );
    if (i.tba?.value !== false)
      add(
        'TBA-2027-INTEGRATIONS',
        i.nameLoc,
        `From NetSuite 2027.1 no new TBA integrations can be created; '${i.name}' keeps working, but plan new integrations on OAuth 2.0.`,
      );
  }
  for (const e of model.expects) {
    const f = expectFinding(e, ctx);
    if (f) out.push(f);
  }
  const kept = applyIgnores(out, loaded.trees, loaded.sdf);
  return applySeverities(kept, options.severities);
}

// Lint's decisions, kept from one lint of an account to its next (the server lints again on
// every keystroke), one memo per account (by entry file) so that accounts do not evict each
// other's; the least recently linted go first.
const memos = new Map<string, DecisionMemo>();
const MAX_MEMOS = 16;

function memoFor(entry: string): DecisionMemo {
  let memo = memos.get(entry);
  if (memo) memos.delete(entry);
  else memo = new DecisionMemo();
  memos.set(entry, memo);
  if (memos.size > MAX_MEMOS) memos.delete(memos.keys().next().value!);
  return memo;
}

/** Forgets what lint remembers between calls (tests compare against fresh caches). */
export function resetLintCaches(): void {
  memos.clear();
  expectResults = new WeakMap();
}

/** What one lint shares between its checks. */
interface Context {
  model: AccountModel;
  index: AccountIndex;
  facts: ModelFacts;
  /** `index.rolesOf`, once per user. */
  rolesOf: Map<UserDefinition, RoleDefinition[]>;
  decisions: DecisionMemo;
}

function rolesOf(ctx: Context, user: UserDefinition): RoleDefinition[] {
  let roles = ctx.rolesOf.get(user);
  if (!roles) ctx.rolesOf.set(user, (roles = ctx.index.rolesOf(user)));
  return roles;
}

function applySeverities(findings: Finding[], severities: Record<string, SeveritySetting> | undefined): Finding[] {
  if (!severities) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severities[f.rule];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}

function roleChecks(r: RoleDefinition, index: AccountIndex, add: Add): void {
  const seen = new Map<string, Location>();
  for (const g of r.permissions) {
    if (!g.info) {
      unknownPermission(g, add);
      continue;
    }
    const key = permissionKey(g.info);
    const first = seen.get(key);
    if (first)
      add('NSR-DUPLICATE', g.refLoc, `Role '${r.name}' already lists ${g.info.name}; remove this line.`, {
        related: [{ loc: first, message: 'First listed here' }],
      });
    else seen.set(key, g.refLoc);
    if (g.info.tba && g.level !== 'none' && g.level !== 'full') {
      add('TBA-PERM-LEVEL', g.levelLoc ?? g.loc, `${g.info.name} takes only the levels none and full, not '${g.level}'; set it to full.`, {
        data: { kind: 'set-level-full' },
      });
    }
  }
  const privileged = firstGrants(r).find((g) => g.info?.highlyPrivileged && g.level !== 'none');
  if (r.twoFactor?.value === 'required' && r.center?.value === 'customer') {
    add('TBA-2FA-CUSTOMER-CENTER', r.twoFactor.loc, `Role '${r.name}' is a Customer Center role: NetSuite cannot make it 2FA-required; remove this line.`, {
      related: [{ loc: r.center.loc, message: 'Customer Center' }],
    });
  }
  if (r.singleSignOnOnly && (r.twoFactor?.value === 'required' || r.administrator || privileged)) {
    add(
      'TBA-2FA-SAML-SSO',
      r.twoFactor?.loc ?? r.singleSignOnOnly.loc,
      `Role '${r.name}' is a single sign-on role: NetSuite ignores its 2FA requirement, as SAML single sign-on takes precedence.`,
      { related: [{ loc: r.singleSignOnOnly.loc, message: 'Single Sign-On Only' }] },
    );
  }
  // NetSuite ignores the requirement for single sign-on roles (TBA-2FA-SAML-SSO says so instead).
  if ((r.administrator || privileged) && !r.singleSignOnOnly) {
    const why = r.administrator ? 'the Administrator role' : `highly privileged (it has ${privileged!.info!.name})`;
    if (r.twoFactor?.value === 'not-required') {
      add(
        'TBA-2FA-REQUIRED',
        r.twoFactor.loc,
        `Role '${r.name}' is ${why}, so NetSuite requires two-factor authentication whatever the file says; change this to 'two-factor required'.`,
        { data: { kind: 'two-factor', role: r.name, current: 'not-required' } },
      );
    } else if (!r.twoFactor) {
      add('TBA-2FA-REQUIRED', r.nameLoc, `Role '${r.name}' is ${why}, so NetSuite requires two-factor authentication; add 'two-factor required'.`, {
        data: { kind: 'two-factor', role: r.name, current: 'missing' },
      });
    }
  }
  const full = (id: string) => firstGrants(r).find((g) => g.info?.id === id && g.level === 'full');
  const uat = full(UAT);
  const login = full(LOGIN);
  if (uat && login) {
    add('TBA-UAT-REDUNDANT-LOGIN', login.loc, `Role '${r.name}' has User Access Tokens, so Log in using Access Tokens is unnecessary; remove it.`, {
      unnecessary: true,
      related: [{ loc: uat.loc, message: 'User Access Tokens already allows token logins' }],
      data: { kind: 'remove-permission', role: r.name },
    });
  }
  const tbaRole = firstGrants(r).some((g) => g.info?.tba && g.level === 'full');
  if (tbaRole && !r.inactive && !index.holders.get(r.key)?.length && index.roles.get(r.key) === r) {
    add('TBA-ROLE-UNASSIGNED', r.nameLoc, `The TBA role '${r.name}' is assigned to no user; assign it with role "${r.name}" in a user block, or remove it.`);
  }
}

/** The error NetSuite shows for a token a finding says cannot be used, from the troubleshoot catalogue. */
const SHOWN = {
  tokenInactive: errorShownFor('token-inactive'),
  userLacksRole: errorShownFor('user-lacks-role'),
  integrationBlocked: errorShownFor('integration-blocked'),
  integrationWaiting: errorShownFor('integration-waiting'),
};

function tokenChecks(ctx: Context, add: Add): void {
  const { model, index, facts } = ctx;
  for (const t of model.tokens) {
    if (t.inactive && !t.revoked)
      add(
        'TBA-TOKEN-INACTIVE',
        t.inactive.loc,
        `Token '${t.name}' is inactive: NetSuite answers ${SHOWN.tokenInactive}; it cannot be used until it is made active again (remove 'inactive'); unlike a revoked token, it can be.`,
      );
    if (tokenUnusable(t)) continue;
    // By key: a reference's key is its name's nameKey.
    const user = t.user && index.users.get(t.user.key);
    const role = t.role && index.role(t.role);
    // Each mistake is reported once, where it is written: a consequence of one already
    // reported (the creator of a token whose user lacks its role) is not reported again.
    let userLacksRole = false;
    if (user && role && !rolesOf(ctx, user).includes(role)) {
      userLacksRole = true;
      // The fix assigns the role by this reference: the name, unless the token reached a later
      // role of a name already taken (by its id), which the name would not.
      const ref = index.refTo(role, t.role!.name, role.id?.value);
      add(
        'TBA-TOKEN-USER-ROLE',
        t.role!.loc,
        `Token '${t.name}': user '${user.name}' does not hold the role '${role.name}', so the token cannot be used for log in (unless the role is assigned back to the user) and NetSuite answers ${SHOWN.userLacksRole}; assign the role or change the token's role.`,
        {
          related: [{ loc: user.nameLoc, message: `User '${user.name}'` }],
          ...(ref !== undefined && { data: { kind: 'assign-role', user: user.name, role: ref } }),
        },
      );
    }
    let roleCannotLogIn = false;
    if (role) {
      const f = facts.roleByKey(role.key)!;
      if (!f.administrator && !f.permissions.has(LOGIN) && !f.permissions.has(UAT)) {
        roleCannotLogIn = true;
        add('TBA-TOKEN-ROLE-LOGIN', t.role!.loc, ...roleLoginProblem(t, role));
      }
    }
    if (!t.integration)
      add('TBA-TOKEN-INTEGRATION', t.nameLoc, `Token '${t.name}' names no integration; add integration "NAME" — every token belongs to an integration record.`);
    if (t.createdBy && user && role && !userLacksRole) creatorCheck(t, user, role, roleCannotLogIn, ctx, add);
  }
  integrationChecks(model, index, add);
}

function roleLoginProblem(t: TokenDefinition, role: RoleDefinition): [string, Partial<Finding>] {
  // The role is named where the finding is; a near miss is elsewhere, so it is related.
  const near = nearMiss(role, LOGIN) ?? nearMiss(role, UAT);
  if (near) {
    const what = near.kind === 'level' ? `has the level '${near.grant.level}'; set it to full` : `is misspelled; correct it to '${near.intended}'`;
    return [
      `Token '${t.name}': role '${role.name}' cannot log in with tokens because its line ${near.written} ${what}.`,
      { related: [{ loc: near.grant.loc, message: `The line to correct` }] },
    ];
  }
  return [`Token '${t.name}': role '${role.name}' cannot log in with tokens; add Log in using Access Tokens to it.`, {}];
}

/**
 * An integration that keeps its tokens from working is reported once, on the line to change,
 * with the tokens that use it as related information.
 */
function integrationChecks(model: AccountModel, index: AccountIndex, add: Add): void {
  const users = new Map<IntegrationDefinition, TokenDefinition[]>();
  for (const t of model.tokens) {
    if (tokenUnusable(t) || !t.integration) continue;
    const i = index.integrations.get(t.integration.key);
    if (!i) continue; // reported as an unknown reference
    const list = users.get(i);
    if (list) list.push(t);
    else users.set(i, [t]);
  }
  for (const [i, tokens] of users) {
    const related = tokens.map((t) => ({ loc: t.integration!.loc, message: `Token '${t.name}' uses this integration` }));
    const names = tokens.map((t) => `'${t.name}'`).join(', ');
    const these = tokens.length === 1 ? `token ${names}` : `its ${tokens.length} tokens (${names})`;
    if (i.tba?.value === false)
      add(
        'TBA-TOKEN-INTEGRATION',
        i.tba.loc,
        `Integration '${i.name}' has Token-based Authentication unchecked, so ${these} cannot be used; check it: token-based-authentication enabled.`,
        { related },
      );
    if (i.state && i.state.value !== 'enabled') {
      const effect =
        i.state.value === 'blocked'
          ? `NetSuite refuses its consumer key (${SHOWN.integrationBlocked})`
          : `NetSuite blocks all its requests (${SHOWN.integrationWaiting})`;
      add(
        'TBA-TOKEN-INTEGRATION',
        i.state.loc,
        `Integration '${i.name}' is ${i.state.value}, so ${effect} and ${these} cannot be used; set its state to enabled.`,
        {
          related,
        },
      );
    }
  }
}

function creatorCheck(t: TokenDefinition, user: UserDefinition, role: RoleDefinition, roleCannotLogIn: boolean, ctx: Context, add: Add): void {
  const creator = ctx.index.users.get(t.createdBy!.key);
  if (!creator) return;
  const roles = rolesOf(ctx, creator);
  const self = creator === user;
  let denied: { req: DecisionRequest; keys: RequestKeys } | undefined;
  for (const r of roles) {
    const own = self && r === role;
    const req: DecisionRequest = own
      ? { user: creator.name, role: r.name, action: 'issue-token' }
      : { user: creator.name, role: r.name, action: 'issue-token', target: { user: user.name, role: role.name } };
    const keys: RequestKeys = own ? { user: creator.key, role: r.key } : { user: creator.key, role: r.key, target: { user: user.key, role: role.key } };
    if (ctx.decisions.decision(ctx.facts, req, keys) === 'allow') return;
    // A role that fails only because the token's role cannot log in is the token's mistake,
    // already reported on its role line.
    if (roleCannotLogIn && ctx.decisions.decide(ctx.facts, req, keys).rule === 'TBA-TOKEN-ROLE-TBA') return;
    denied ??= { req, keys };
  }
  // The first role's verdict explains it.
  const first = denied && ctx.decisions.decide(ctx.facts, denied.req, denied.keys);
  const because = first ? lastReason(first) : `'${creator.name}' holds no role`;
  add('TBA-TOKEN-CREATOR', t.createdBy!.loc, `'${creator.name}' could not have created token '${t.name}' in any of their roles: ${because}`, {
    citations: first ? first.citations : citationsOf(rule('TBA-TOKEN-CREATOR')),
  });
}

/** Decides the question an expect line asks; undefined if it names something undefined. */
export function expectRequest(e: ExpectLine, index: AccountIndex): DecisionRequest | undefined {
  return resolveExpect(e, index)?.req;
}

/** An expect line's request, the names' keys, and the acting role it resolved to. */
function resolveExpect(e: ExpectLine, index: AccountIndex): { req: DecisionRequest; keys: RequestKeys; role: RoleDefinition } | undefined {
  const role = index.role(e.role);
  if (!role || !index.users.has(e.actor.key)) return undefined;
  let targetRole: RoleDefinition | undefined;
  if (e.target && (!index.users.has(e.target.user.key) || !(targetRole = index.role(e.target.role)))) return undefined;
  const integration = e.integration && index.integrations.get(e.integration.key);
  if (e.integration && !integration) return undefined;
  const req: DecisionRequest = { user: e.actor.name, role: role.name, action: e.action.value };
  const keys: RequestKeys = { user: e.actor.key, role: role.key };
  if (e.target) {
    req.target = { user: e.target.user.name, role: targetRole!.name };
    keys.target = { user: e.target.user.key, role: targetRole!.key };
  }
  if (e.channel) req.channel = e.channel.value;
  if (integration) req.integration = integration.name;
  return { req, keys, role };
}

/** The decision for an expect line and whether it matches the expectation. */
export function evaluateExpect(e: ExpectLine, model: AccountModel, index: AccountIndex): { verdict: Verdict; pass: boolean } | undefined {
  const req = expectRequest(e, index);
  if (!req) return undefined;
  const verdict = decide(factsOf(model, index), req);
  return { verdict, pass: passes(e, verdict.decision) };
}

function passes(e: ExpectLine, decision: 'allow' | 'deny'): boolean {
  return (decision === 'allow') === (e.expected.value === 'can');
}

/**
 * An expect line's finding, kept per line from one lint to the next. A decision reads only the
 * facts of the actor, the acting role and the target, and the feature switch (see DecisionMemo);
 * facts objects are reused while their entries are, so while the line and those objects are the
 * same the finding is too, and the decision is not asked again.
 */
interface ExpectResult {
  tba: boolean;
  /** The verdict's first step says whether the feature is assumed enabled. */
  assumed: boolean;
  actor: UserFacts;
  role: RoleFacts;
  targetUser: UserFacts | undefined;
  targetRole: RoleFacts | undefined;
  /** Built afresh for each model: a line naming an integration is decided on every lint. */
  integration: IntegrationFacts | undefined;
  finding: Finding | undefined;
}
let expectResults = new WeakMap<ExpectLine, ExpectResult>();

function expectFinding(e: ExpectLine, ctx: Context): Finding | undefined {
  const resolved = resolveExpect(e, ctx.index);
  if (!resolved) return undefined;
  const { req, keys } = resolved;
  const { facts } = ctx;
  const actor = facts.userByKey(keys.user)!;
  const roleFacts = facts.roleByKey(keys.role)!;
  const targetUser = keys.target && facts.userByKey(keys.target.user);
  const targetRole = keys.target && facts.roleByKey(keys.target.role);
  const integration = req.integration === undefined ? undefined : facts.integration(req.integration);
  const kept = expectResults.get(e);
  if (
    kept &&
    kept.tba === facts.tbaEnabled &&
    kept.assumed === facts.tbaAssumed &&
    kept.actor === actor &&
    kept.role === roleFacts &&
    kept.targetUser === targetUser &&
    kept.targetRole === targetRole &&
    kept.integration === integration
  )
    return kept.finding;
  const finding = decideExpect(e, ctx, req, keys);
  expectResults.set(e, { tba: facts.tbaEnabled, assumed: facts.tbaAssumed, actor, role: roleFacts, targetUser, targetRole, integration, finding });
  return finding;
}

function decideExpect(e: ExpectLine, ctx: Context, req: DecisionRequest, keys: RequestKeys): Finding | undefined {
  if (passes(e, ctx.decisions.decision(ctx.facts, req, keys))) return undefined;
  const verdict = ctx.decisions.decide(ctx.facts, req, keys);
  const citations: Citation[] = verdict.citations.length ? verdict.citations : citationsOf(rule('NSR-EXPECT-FAILED'));
  // What would make it hold is for the quick fixes and the hover to compute, for the line asked
  // about: suggesting re-decides the question under a dozen changes, too much for every line.
  return {
    rule: 'NSR-EXPECT-FAILED',
    severity: ruleById('NSR-EXPECT-FAILED')!.severity,
    loc: e.loc,
    message: `Expected '${e.expected.value}', but the decision is ${verdict.decision.toUpperCase()}: ${lastReason(verdict)}`,
    citations,
    data: { kind: 'expect', expected: e.expected.value, actual: verdict.decision },
    verdict,
  };
}

/**
 * The findings with the first change that would make each failing expect line hold added to its
 * message, as `nsroles check` prints them. The language server leaves it out: suggesting
 * re-decides the question under a dozen changes, so the editor asks for it per line (quick fix,
 * hover) instead of on every keystroke for every failing line.
 */
export function withFirstSuggestions(loaded: LoadedAccount, findings: Finding[]): Finding[] {
  const { model } = loaded;
  const index = accountIndexOf(model);
  let facts: ModelFacts | undefined;
  let byStart: Map<string, ExpectLine> | undefined;
  return findings.map((f) => {
    if (f.rule !== 'NSR-EXPECT-FAILED') return f;
    byStart ??= new Map(model.expects.map((e) => [`${e.loc.file}\n${e.loc.span.start}`, e]));
    const e = byStart.get(`${f.loc.file}\n${f.loc.span.start}`);
    const req = e && expectRequest(e, index);
    if (!req) return f;
    facts ??= factsOf(model, index);
    const first = suggest(facts, req, f.verdict ?? decide(facts, req))[0];
    return first ? { ...f, message: `${f.message} To make it hold: ${lowerFirst(first.text)}.` } : f;
  });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function lastReason(v: Verdict): string {
  const last = v.trace[v.trace.length - 1] ?? '';
  return last.replace(/^(Allowed|Denied): /, '');
}

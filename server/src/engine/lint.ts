import { citationsOf, type Severity } from './citations';
import { factsOf, sameList } from './facts';
import type { Finding } from './finding';
import { applyIgnores } from './ignore';
import type { LoadedAccount } from './load';
import { accountIndexOf } from './lookup';
import { LintCache } from './cache';
import type { RoleDefinition, TokenDefinition, UserDefinition } from './model';
import { LOGIN, UAT } from './permissions';
import { rule, RULES } from './rules';
import type { LintContext, Visitor } from './rules/types';
import { lintSdfRole, twoFactorExample } from './sdf/lint';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  /** Per-rule severity overrides; `off` drops the rule's findings. */
  severities?: Record<string, SeveritySetting>;
  /**
   * What to keep for the account's next lint and reuse from its last (the language server's
   * workspace holds one). Without, the lint starts from nothing and keeps nothing: the CLI and
   * one-off lints of other texts (a fix-all's rounds, which would only push out the account's own).
   */
  cache?: LintCache;
  /**
   * Only the findings located in these files (the server publishes an open document's own):
   * entries written in other files are not checked. Without, every finding.
   */
  files?: ReadonlySet<string>;
}

/** Each hook of the rules' checks, in catalogue order: lint walks the model once and calls them. */
const hooks = <K extends keyof Visitor>(k: K): NonNullable<Visitor[K]>[] => RULES.flatMap((r) => (r.check?.[k] ? [r.check[k]] : []));
const HOOKS = { account: hooks('account'), role: hooks('role'), token: hooks('token'), integration: hooks('integration'), expect: hooks('expect') };

/**
 * Every finding for an account: syntax, references, TBA rules, tokens and expect lines, and the
 * SDF rules for the SuiteCloud role objects loaded with it (`LoadOptions.sdf`). Each rule's check
 * is in its own file (rules/RULE-ID.ts).
 */
export function lintAccount(loaded: LoadedAccount, options: LintOptions = {}): Finding[] {
  const { model } = loaded;
  const out: Finding[] = [];
  const ctx = lintContext(loaded, options, out);
  // An entry's own checks find only what is written in its file: those in files not asked about
  // are left out (at 100k lines, the 1,700 roles and 500 integrations of the included files took
  // ~8 ms of a first lint, for findings an editor showing one document drops).
  const files = options.files;
  const wanted = (loc: { file: string }) => files === undefined || files.has(loc.file);
  for (const p of model.problems) ctx.add(p.rule, p.loc, p.message);
  for (const h of HOOKS.account) h(ctx);
  for (const r of model.roles) if (r.origin === 'nsroles' && wanted(r.loc)) for (const h of HOOKS.role) h(r, ctx);
  // SuiteCloud role objects have their own rules, in their own file's terms.
  if (loaded.sdf?.size) {
    const twoFactor = twoFactorExample(loaded.sdf.values());
    for (const f of loaded.sdf.values()) if (wanted(f)) out.push(...lintSdfRole(f, { index: ctx.index, twoFactor }));
  }
  if (ctx.keep) lintTokensKept(model.tokens, ctx, out, wanted);
  else for (const t of model.tokens) if (wanted(t.loc)) for (const h of HOOKS.token) h(t, ctx);
  for (const i of model.integrations) if (wanted(i.loc)) for (const h of HOOKS.integration) h(i, ctx);
  for (const e of model.expects) if (wanted(e.loc)) for (const h of HOOKS.expect) h(e, ctx);
  // Kept to those files after the ignore comments are applied: a comment in another file may look
  // unused, its entries not having been checked.
  const kept = applyIgnores(out, loaded.trees, loaded.sdf);
  return applySeverities(files === undefined ? kept : kept.filter((f) => files.has(f.loc.file)), options.severities);
}

function lintContext(loaded: LoadedAccount, options: LintOptions, out: Finding[]): LintContext {
  const { model } = loaded;
  const index = accountIndexOf(model);
  const cache = options.cache ?? new LintCache();
  const decisions = cache.decisions(model.files[0] ?? '');
  decisions.nextGeneration();
  const facts = factsOf(model, index, cache.facts);
  const rolesOfUser = new Map<UserDefinition, RoleDefinition[]>();
  const rolesOf = (user: UserDefinition) => {
    let roles = rolesOfUser.get(user);
    if (!roles) rolesOfUser.set(user, (roles = index.rolesOf(user)));
    return roles;
  };
  const troubles = new Map<TokenDefinition, ReturnType<LintContext['tokenTrouble']>>();
  return {
    model,
    index,
    facts,
    decisions,
    cache,
    // Without a cache to keep them in, nothing is kept (the CLI, a fix-all's rounds).
    keep: options.cache !== undefined && decisions.lints > 1,
    rolesOf,
    add: (which, loc, message, extra = {}) => {
      const meta = typeof which === 'string' ? rule(which) : which;
      const f: Finding = { rule: meta.id, severity: meta.severity, loc, message, citations: citationsOf(meta), ...extra };
      out.push(f);
      return f;
    },
    push: (f) => out.push(f),
    closest: (kind, name, candidates) => cache.closest[kind].closest(name, candidates),
    tokenTrouble: (t) => {
      let trouble = troubles.get(t);
      if (trouble) return trouble;
      // By key: a reference's key is its name's nameKey.
      const user = t.user && index.users.get(t.user.key);
      const role = t.role && index.role(t.role);
      const f = role && facts.roleByKey(role.key)!;
      trouble = {
        user,
        role,
        userLacksRole: !!(user && role && !index.holds(user, role)),
        roleCannotLogIn: !!f && !f.administrator && !f.permissions.has(LOGIN) && !f.permissions.has(UAT),
      };
      troubles.set(t, trouble);
      return trouble;
    },
  };
}

/**
 * A token's checks read the entries it names and their facts: while those are the same objects,
 * its findings are too, and no decision is asked again (an edit changes few). One list is
 * refilled for every token: a list per token per lint was megabytes of garbage at 100k lines.
 */
function lintTokensKept(tokens: TokenDefinition[], ctx: LintContext, out: Finding[], wanted: (loc: { file: string }) => boolean): void {
  const inputs: unknown[] = [];
  for (const t of tokens) {
    if (!wanted(t.loc)) continue;
    const n = tokenInputs(t, ctx, inputs);
    const kept = ctx.cache.tokens.get(t);
    if (kept && sameList(kept.inputs, inputs, n)) {
      for (const f of kept.findings) out.push(f);
      continue;
    }
    const from = out.length;
    for (const h of HOOKS.token) h(t, ctx);
    ctx.cache.tokens.set(t, { inputs: inputs.slice(0, n), findings: from === out.length ? NONE : out.slice(from) });
  }
}

const NONE: readonly Finding[] = [];

/**
 * Everything the token checks read besides the token: its user, role and creator, their facts
 * (which the decisions read), the creator's roles, and the reference a fix would assign. Written
 * over the start of `inputs`, whose length is left as it is (setting it to 0 gave the list up,
 * and growing it again was megabytes per lint at 100k lines); returns how many were written.
 */
function tokenInputs(t: TokenDefinition, ctx: LintContext, inputs: unknown[]): number {
  // Read as `tokenTrouble` and `rolesOf` read them, without their per-lint maps and lists: this
  // runs for every token on every lint, the checks only for tokens whose inputs changed.
  const { facts, index } = ctx;
  const user = t.user && index.users.get(t.user.key);
  const role = t.role && index.role(t.role);
  const lacksRole = !!user && !!role && !index.holds(user, role);
  const maker = t.createdBy && index.users.get(t.createdBy.key);
  let n = 0;
  inputs[n++] = facts.tbaEnabled;
  inputs[n++] = facts.tbaAssumed;
  inputs[n++] = user;
  inputs[n++] = user && facts.userByKey(user.key);
  inputs[n++] = role;
  inputs[n++] = role && facts.roleByKey(role.key);
  inputs[n++] = lacksRole;
  inputs[n++] = maker;
  inputs[n++] = maker && facts.userByKey(maker.key);
  if (maker)
    for (const ref of maker.roles) {
      const r = index.role(ref);
      inputs[n++] = r;
      inputs[n++] = r && facts.roleByKey(r.key);
    }
  if (lacksRole) inputs[n++] = index.refTo(role, t.role?.name, role.id?.value);
  return n;
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

import { DOC_PAGES, quote } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';
import { citationsOf, type Citation } from '../citations';
import type { DecisionRequest } from '../decide';
import { decide } from '../decide';
import { changeEdits } from '../edits';
import { expectRequest, lastReason, lowerFirst, passes, resolveExpect } from '../expect';
import { factsOf, type IntegrationFacts, type RoleFacts, type UserFacts } from '../facts';
import type { Finding } from '../finding';
import type { RequestKeys } from '../memo';
import type { ExpectLine } from '../model';
import { suggest } from '../suggest';
import type { Fix, FixContext, LintContext, Rule } from './types';

export const rule: Rule<ExpectLine> = {
  id: 'NSR-EXPECT-FAILED',
  title: 'Expectation does not hold',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'Every decision is `allow` or `deny`, never silent: it carries one or more citations.')],
  help: 'Change the account so the expectation holds (the quick fixes and the hover on the line list the changes that would), or correct the expectation.',
  check: { expect: expectFinding },
  fix: expectFixes,
};

/**
 * An expect line's finding, kept per line from one lint to the next. A decision reads only the
 * facts of the actor, the acting role and the target, and the feature switch (see DecisionMemo);
 * facts objects are reused while their entries are, so while the line and those objects are the
 * same the finding is too, and the decision is not asked again. Kept in `LintCache.expects`.
 */
export interface ExpectResult {
  tba: boolean;
  /** The verdict's first step says whether the feature is assumed enabled. */
  assumed: boolean;
  actor: UserFacts;
  role: RoleFacts;
  targetUser: UserFacts | undefined;
  targetRole: RoleFacts | undefined;
  /** Built afresh for each model: a line naming an integration is decided on every lint. */
  integration: IntegrationFacts | undefined;
  finding: Finding<ExpectLine> | undefined;
}
function expectFinding(e: ExpectLine, ctx: LintContext): void {
  const resolved = resolveExpect(e, ctx.index);
  if (!resolved) return;
  const { req, keys } = resolved;
  // Without keeping, there is nothing to compare with: the line is decided.
  const finding = ctx.keep ? keptFinding(e, ctx, req, keys) : decideExpect(e, ctx, req, keys);
  if (finding) ctx.push(finding);
}

/** The line's finding from the last lint while what it was decided on is the same; else decided, and kept. */
function keptFinding(e: ExpectLine, ctx: LintContext, req: DecisionRequest, keys: RequestKeys): Finding<ExpectLine> | undefined {
  const { facts } = ctx;
  const actor = facts.userByKey(keys.user)!;
  const roleFacts = facts.roleByKey(keys.role)!;
  const targetUser = keys.target && facts.userByKey(keys.target.user);
  const targetRole = keys.target && facts.roleByKey(keys.target.role);
  const integration = req.integration === undefined ? undefined : facts.integration(req.integration);
  const kept = ctx.cache.expects.get(e);
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
  ctx.cache.expects.set(e, { tba: facts.tbaEnabled, assumed: facts.tbaAssumed, actor, role: roleFacts, targetUser, targetRole, integration, finding });
  return finding;
}

function decideExpect(e: ExpectLine, ctx: LintContext, req: DecisionRequest, keys: RequestKeys): Finding<ExpectLine> | undefined {
  if (passes(e, ctx.decisions.decision(ctx.facts, req, keys))) return undefined;
  const verdict = ctx.decisions.decide(ctx.facts, req, keys);
  const citations: Citation[] = verdict.citations.length ? verdict.citations : citationsOf(rule);
  // What would make it hold is for the quick fixes and the hover to compute, for the line asked
  // about: suggesting re-decides the question under a dozen changes, too much for every line.
  return {
    rule: rule.id,
    severity: rule.severity,
    loc: e.loc,
    message: `Expected '${e.expected.value}', but the decision is ${verdict.decision.toUpperCase()}: ${lastReason(verdict)}`,
    citations,
    data: { kind: 'expect', expected: e.expected.value, actual: verdict.decision },
    verdict,
    subject: e,
  };
}

/** Changes that make the line the check decided hold (suggested for it only), then flipping the expectation. */
function expectFixes({ loaded, index }: FixContext, f: Finding<ExpectLine>): Fix[] {
  const e = f.subject;
  if (!e || f.data?.kind !== 'expect') return [];
  const out: Fix[] = [];
  const req = expectRequest(e, index);
  const facts = factsOf(loaded.model, index);
  const suggestions = req ? suggest(facts, req, decide(facts, req)) : [];
  for (const s of suggestions) {
    const r = changeEdits(loaded, s.changes, { expect: e });
    if ('edits' in r) out.push({ title: `Make it hold: ${lowerFirst(s.text)}`, edits: r.edits, preferred: out.length === 0 });
  }
  const flipped = e.expected.value === 'can' ? 'cannot' : 'can';
  out.push({
    title: `Expect '${flipped}' instead (the decision is ${f.data.actual.toUpperCase()})`,
    edits: [{ file: e.loc.file, span: e.expected.loc.span, newText: flipped }],
  });
  return out;
}

export const examples = (): RuleExamples => ({
  checks:
    'Runs every `expect` line through the simulator and reports the ones whose decision differs from what the line expects, with the decision and its cited rules; its quick fixes and the hover on the line give the smallest changes that would make it hold.',
  avoid: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      '# Access Token Management manages tokens for others, not for your own use.',
      'expect "bob@acme.com" as "Integration Manager" can issue-token',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
      'expect "bob@acme.com" as "Integration Manager" cannot issue-token',
    ),
  },
});

// Expect lines as questions: the request one asks, and whether the decision matches it.
import { decide, type DecisionRequest, request, type Verdict } from './decide';
import { factsOf, type ModelFacts } from './facts';
import type { Finding } from './finding';
import type { LoadedAccount } from './load';
import { type AccountIndex, accountIndexOf } from './lookup';
import type { RequestKeys } from './memo';
import type { AccountModel, ExpectLine, RoleDefinition } from './model';
import { suggest } from './suggest';

/** Decides the question an expect line asks; undefined if it names something undefined. */
export function expectRequest(e: ExpectLine, index: AccountIndex): DecisionRequest | undefined {
  return resolveExpect(e, index)?.req;
}

/** An expect line's request, the names' keys, and the acting role it resolved to. */
export function resolveExpect(e: ExpectLine, index: AccountIndex): { req: DecisionRequest; keys: RequestKeys; role: RoleDefinition } | undefined {
  const role = index.role(e.role);
  if (!role || !index.users.has(e.actor.key)) return undefined;
  let targetRole: RoleDefinition | undefined;
  if (e.target && (!index.users.has(e.target.user.key) || !(targetRole = index.role(e.target.role)))) return undefined;
  const integration = e.integration && index.integrations.get(e.integration.key);
  if (e.integration && !integration) return undefined;
  // Every field written, absent ones as undefined: the decision code then sees one shape of
  // request, where requests grown a field at a time had several (see `request`).
  const req = request(
    e.actor.name,
    role.name,
    e.action.value,
    e.target && { user: e.target.user.name, role: targetRole!.name },
    e.channel?.value,
    integration ? integration.name : undefined,
  );
  const keys: RequestKeys = { user: e.actor.key, role: role.key, target: e.target && { user: e.target.user.key, role: targetRole!.key } };
  return { req, keys, role };
}

/** The decision for an expect line and whether it matches the expectation. */
export function evaluateExpect(e: ExpectLine, model: AccountModel, index: AccountIndex): { verdict: Verdict; pass: boolean } | undefined {
  const req = expectRequest(e, index);
  if (!req) return undefined;
  const verdict = decide(factsOf(model, index), req);
  return { verdict, pass: passes(e, verdict.decision) };
}

export function passes(e: ExpectLine, decision: 'allow' | 'deny'): boolean {
  return (decision === 'allow') === (e.expected.value === 'can');
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
  return findings.map((f) => {
    if (f.rule !== 'NSR-EXPECT-FAILED') return f;
    // The expect line its check attached (NSR-EXPECT-FAILED's subject), not one found by position.
    const e = (f as Finding<ExpectLine>).subject;
    const req = e && expectRequest(e, index);
    if (!req) return f;
    facts ??= factsOf(model, index);
    const first = suggest(facts, req, f.verdict ?? decide(facts, req))[0];
    return first ? { ...f, message: `${f.message} To make it hold: ${lowerFirst(first.text)}.` } : f;
  });
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A verdict's last step, without its "Allowed:"/"Denied:" lead: the reason in a sentence. */
export function lastReason(v: Verdict): string {
  const last = v.trace[v.trace.length - 1] ?? '';
  return last.replace(/^(Allowed|Denied): /, '');
}

import { type AccountModel, decide, type DecisionRequest, factsOf, quoteName, suggest, tbaEnabled, type Verdict } from '../engine';
import type { SimulateResult } from '../../../shared/protocol/wire';
import type { Analysis } from './analysis';
import { errorCodeList } from './troubleshoot';

/** The account for pickers: the shape of `nsroles/model` (files still engine file names). */
export function modelSummary(a: Analysis) {
  const m: AccountModel = a.loaded.model;
  return {
    // Role objects too, so the simulator refreshes when their XML changes.
    files: [...m.files, ...(a.loaded.sdf?.keys() ?? [])],
    tbaEnabled: tbaEnabled(m),
    users: [...a.index.users.values()].map((u) => ({ name: u.name, roles: a.index.rolesOf(u).map((r) => r.name), inactive: u.inactive !== undefined })),
    roles: [...a.index.roles.values()].map((r) => ({
      name: r.name,
      ...(r.id ? { id: r.id.value } : {}),
      administrator: r.administrator !== undefined,
      permissions: r.permissions.map((g) => g.info?.name ?? g.ref),
      webServicesOnly: r.webServicesOnly !== undefined,
      inactive: r.inactive !== undefined,
      origin: r.origin,
    })),
    syntaxErrors: m.problems.filter((p) => p.rule === 'NSR-SYNTAX').length,
    tokens: [...a.index.tokens.values()].map((t) => ({
      name: t.name,
      ...(t.user ? { user: t.user.name } : {}),
      ...(t.role ? { role: a.index.role(t.role)?.name ?? t.role.name } : {}),
      ...(t.integration ? { integration: t.integration.name } : {}),
    })),
    integrations: [...a.index.integrations.values()].map((i) => ({ name: i.name })),
    errorCodes: errorCodeList(),
  };
}

/** The `expect` line that records a decision. */
export function expectLineFor(req: DecisionRequest, v: Verdict): string {
  let line = `expect ${quoteName(v.actor.user)} as ${quoteName(v.actor.role)} ${v.decision === 'allow' ? 'can' : 'cannot'} ${req.action}`;
  if (req.target) line += ` for ${quoteName(v.target?.user ?? req.target.user)} as ${quoteName(v.target?.role ?? req.target.role)}`;
  if (req.channel) line += ` via ${req.channel}`;
  if (req.integration !== undefined) line += ` with ${quoteName(req.integration)}`;
  return line;
}

/** The answer to `nsroles/simulate`: the decision with its suggestions, whether the actor holds the role, and its expect line. */
export function simulateAnswer(a: Analysis, request: DecisionRequest): SimulateResult {
  const facts = factsOf(a.loaded.model, a.index);
  const verdict = decide(facts, request);
  const user = a.index.user(request.user);
  const role = a.index.role(request.role);
  const roleHeld = !!user && !!role && a.index.holds(user, role);
  return { decision: { ...verdict, suggestions: suggest(facts, request, verdict) }, roleHeld, expectLine: expectLineFor(request, verdict) };
}

import { DOC_PAGES, quote } from '../citations';
import { lines, MANAGER, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';
import { citationsOf } from '../citations';
import { type DecisionRequest, request } from '../decide';
import { lastReason } from '../expect';
import type { RequestKeys } from '../memo';
import { type TokenDefinition, tokenUnusable } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-TOKEN-CREATOR',
  title: 'The token’s creator could not have created it',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
    quote(DOC_PAGES.seed, 'Exception: administrators can create tokens for their own use.'),
  ],
  help: 'Give the creator a role that may create this token (see the cited rule), or correct `created-by`.',
  check: { token: creator },
};

/** The user a token says created it must have been able to, in one of their roles. */
function creator(t: TokenDefinition, ctx: LintContext): void {
  if (tokenUnusable(t) || !t.createdBy) return;
  // Each mistake is reported once, where it is written: the creator of a token whose user lacks
  // its role is a consequence of that, reported on the token's role line.
  const { user, role, userLacksRole, roleCannotLogIn } = ctx.tokenTrouble(t);
  if (!user || !role || userLacksRole) return;
  const maker = ctx.index.users.get(t.createdBy.key);
  if (!maker) return;
  const self = maker === user;
  let denied: { req: DecisionRequest; keys: RequestKeys } | undefined;
  for (const r of ctx.rolesOf(maker)) {
    const own = self && r === role;
    const req = request(maker.name, r.name, 'issue-token', own ? undefined : { user: user.name, role: role.name }, undefined, undefined);
    const keys: RequestKeys = { user: maker.key, role: r.key, target: own ? undefined : { user: user.key, role: role.key } };
    if (ctx.decisions.decision(ctx.facts, req, keys) === 'allow') return;
    // A role that fails only because the token's role cannot log in is the token's mistake,
    // already reported on its role line.
    if (roleCannotLogIn && ctx.decisions.decide(ctx.facts, req, keys).rule === 'TBA-TOKEN-ROLE-TBA') return;
    denied ??= { req, keys };
  }
  // The first role's verdict explains it.
  const first = denied && ctx.decisions.decide(ctx.facts, denied.req, denied.keys);
  const because = first ? lastReason(first) : `'${maker.name}' holds no role`;
  ctx.add('TBA-TOKEN-CREATOR', t.createdBy.loc, `'${maker.name}' could not have created token '${t.name}' in any of their roles: ${because}`, {
    citations: first ? first.citations : citationsOf(rule),
  });
}

export const examples = (): RuleExamples => ({
  checks:
    'A token whose `created-by` user could not have created it in any role they hold, judged by the same decisions as `issue-token`. Either the record is wrong, or the account has changed since. Not reported while the token itself is at fault (its user lacks its role, or its role cannot log in with tokens): that mistake is reported on the token, once.',
  avoid: {
    text: lines(
      RESTLET,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      ORDERS_SYNC,
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '  created-by "svc-orders"',
      '}',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      ORDERS_SYNC,
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '  created-by "bob@acme.com"',
      '}',
    ),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote } from '../citations';
import { lines, MANAGER, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';
import { type RoleDefinition, type TokenDefinition, tokenUnusable } from '../model';
import { type ClosestKnown, nearMiss } from '../nearMiss';
import { LOGIN, UAT } from '../permissions';
import type { FindingExtra, LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-TOKEN-ROLE-LOGIN',
  title: 'A token’s role must be able to log in with tokens',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.setupRestlets, 'You must create a role that permits logging in using token-based authentication.'),
    quote(DOC_PAGES.setupRestlets, 'You must assign a user to a role with permission to log in by using token-based authentication.'),
    quote(DOC_PAGES.seed, 'Can use access tokens to log in through RESTlets or web services.'),
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the token’s role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
  check: { token: roleLogin },
};

function roleLogin(t: TokenDefinition, { add, tokenTrouble, facts }: LintContext): void {
  if (tokenUnusable(t)) return;
  const { role, roleCannotLogIn } = tokenTrouble(t);
  if (roleCannotLogIn) add('TBA-TOKEN-ROLE-LOGIN', t.role!.loc, ...roleLoginProblem(t, role!, facts.cache.closestKnown));
}

function roleLoginProblem(t: TokenDefinition, role: RoleDefinition, memo: ClosestKnown): [string, FindingExtra] {
  // The role is named where the finding is; a near miss is elsewhere, so it is related.
  const near = nearMiss(role, LOGIN, memo) ?? nearMiss(role, UAT, memo);
  if (near) {
    const what = near.kind === 'level' ? `has the level '${near.grant.level}'; set it to full` : `is misspelled; correct it to '${near.intended}'`;
    return [
      `Token '${t.name}': role '${role.name}' cannot log in with tokens because its line ${near.written} ${what}.`,
      { related: [{ loc: near.grant.loc, message: `The line to correct` }] },
    ];
  }
  return [`Token '${t.name}': role '${role.name}' cannot log in with tokens; add Log in using Access Tokens to it.`, {}];
}

export const examples = (): RuleExamples => ({
  checks:
    'A token whose role cannot log in with tokens (no Log in using Access Tokens, no User Access Tokens, not Administrator). Tokens are created only for TBA-enabled roles; such a token could not authenticate anything.',
  avoid: {
    text: lines(
      MANAGER,
      'user "bob@acme.com" { role "Integration Manager" }',
      ORDERS_SYNC,
      '',
      '# The sync runs with the manager’s own token.',
      'token "orders-prod" {',
      '  user "bob@acme.com"',
      '  role "Integration Manager"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
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

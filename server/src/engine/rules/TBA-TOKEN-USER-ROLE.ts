import { DOC_PAGES, quote } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';
import { changeEdits } from '../edits';
import type { Finding } from '../finding';
import { type TokenDefinition, tokenUnusable } from '../model';
import { errorShownFor } from '../troubleshoot/catalogue';
import type { Fix, FixContext, LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-TOKEN-USER-ROLE',
  title: 'A token’s user must hold the token’s role',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.tokens,
      'These active tokens cannot be used by the entity for log in to NetSuite (unless the administrator adds the roles back to the entity).',
    ),
    quote(
      DOC_PAGES.tokens,
      'When an administrator removes roles from an entity (an employee, a vendor, a partner, a customer, or a contact) the tokens are still active in the system.',
    ),
    quote(DOC_PAGES.restlet, 'A token is valid for one specific company, user entity, and role only.'),
  ],
  help: 'Assign the role to the token’s user, or change the token’s role.',
  check: { token: userRole },
  fix: assignRole,
};

function userRole(t: TokenDefinition, { add, index, tokenTrouble }: LintContext): void {
  if (tokenUnusable(t)) return;
  const { user, role, userLacksRole } = tokenTrouble(t);
  if (!userLacksRole) return;
  // The fix assigns the role by this reference: the name, unless the token reached a later
  // role of a name already taken (by its id), which the name would not.
  const ref = index.refTo(role!, t.role!.name, role!.id?.value);
  add(
    'TBA-TOKEN-USER-ROLE',
    t.role!.loc,
    `Token '${t.name}': user '${user!.name}' does not hold the role '${role!.name}', so the token cannot be used for log in (unless the role is assigned back to the user) and NetSuite answers ${errorShownFor('user-lacks-role')}; assign the role or change the token's role.`,
    {
      related: [{ loc: user!.nameLoc, message: `User '${user!.name}'` }],
      ...(ref !== undefined && { data: { kind: 'assign-role', user: user!.name, role: ref } }),
    },
  );
}

function assignRole({ loaded }: FixContext, f: Finding): Fix[] {
  if (f.data?.kind !== 'assign-role') return [];
  const r = changeEdits(loaded, [{ kind: 'assign-role', user: f.data.user, role: f.data.role }]);
  // Not preferred: the role gives the user all it grants (an administrator role, say), which a
  // token record alone does not ask for; changing the token's role is the other way.
  return 'edits' in r ? [{ title: `Assign role '${f.data.role}' to user '${f.data.user}'`, edits: r.edits }] : [];
}

export const examples = (): RuleExamples => ({
  checks:
    'A token whose user does not hold the token’s role. A token is valid for one user and one role only; while the user lacks the role, the token exists but cannot be used.',
  avoid: {
    text: lines(
      RESTLET,
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      'user "svc-inventory" { role "SOAP Sync" }',
      ORDERS_SYNC,
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "SOAP Sync"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      'user "svc-inventory" { role "SOAP Sync" }',
      ORDERS_SYNC,
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
});

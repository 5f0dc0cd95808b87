import { DOC_PAGES, quote } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';
import { firstGrants } from '../facts';
import type { RoleDefinition } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-ROLE-UNASSIGNED',
  title: 'A TBA role must be assigned to users',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'You must assign TBA roles to users.'),
    quote(
      DOC_PAGES.seed,
      'If preferred, an administrator can modify existing roles to add token-based authentication permissions, then assign users to those roles as needed.',
    ),
  ],
  help: 'Add `role "NAME"` to the user who will use this role, or remove the role if nobody needs it.',
  uiPath: 'Lists > Employees > (employee) > Access subtab > Roles',
  check: { role: unassigned },
};

function unassigned(r: RoleDefinition, { add, index }: LintContext): void {
  const tbaRole = firstGrants(r).some((g) => g.info?.tba && g.level === 'full');
  if (tbaRole && !r.inactive && !index.holders.get(r.key)?.length && index.roles.get(r.key) === r) {
    add('TBA-ROLE-UNASSIGNED', r.nameLoc, `The TBA role '${r.name}' is assigned to no user; assign it with role "${r.name}" in a user block, or remove it.`);
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A role with a TBA permission at level `full` that no user holds. TBA roles must be assigned to users to be of any use; an unassigned one is usually left over, or its users were forgotten.',
  avoid: {
    text: lines(
      RESTLET,
      '',
      'role "Payments Connector" {',
      '  permission "Log in using Access Tokens" full',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      '',
      'role "Payments Connector" {',
      '  permission "Log in using Access Tokens" full',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      'user "svc-payments" { role "Payments Connector" }',
    ),
  },
});

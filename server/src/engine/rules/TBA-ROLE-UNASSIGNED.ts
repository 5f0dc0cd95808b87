import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
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
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ROLE-NOT-HELD',
  title: 'A user acts only in a role assigned to them',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'A token belongs to one user and one role, and a token whose role was removed from its user is unusable; so a user can only act, and be given tokens, in a role they hold.',
  quotes: [
    { source: SOURCES.tba, text: 'A token is valid for one specific company, user entity and role only.' },
    { source: SOURCES.revoke, text: 'Removing a role from the user leaves its tokens active but unusable until the role is added back.' },
    { source: SOURCES.seed, text: 'You must assign TBA roles to users.' },
  ],
  help: 'Assign the role to the user (`role "NAME"` in the user block), or act in a role the user holds.',
  uiPath: 'Lists > Employees > (employee) > Access subtab > Roles',
};

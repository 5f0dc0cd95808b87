import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-USER-ROLE',
  title: 'A token’s user must hold the token’s role',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.tba, text: 'A token is valid for one specific company, user entity and role only.' },
    { source: SOURCES.revoke, text: 'Removing a role from the user leaves its tokens active but unusable until the role is added back.' },
  ],
  help: 'Assign the role to the token’s user, or change the token’s role.',
};

import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-PERM-LEVEL',
  title: 'TBA permissions take only the levels none and full',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'The following token-based authentication permissions can be added to roles as appropriate.' },
    { source: SOURCES.facts, text: '`permlevel` ∈ NONE, VIEW, CREATE, EDIT, FULL, and must be a level the permission accepts.' },
  ],
  help: 'Set the level to `full` (or remove the permission). Access Token Management, User Access Tokens and Log in using Access Tokens have no view, create or edit level.',
  uiPath: MANAGE_ROLES_PATH,
};

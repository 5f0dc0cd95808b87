import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-PERM-LEVEL',
  title: 'TBA permissions take only NONE or FULL in SDF roles',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'The following token-based authentication permissions can be added to roles as appropriate.' },
    { source: SOURCES.facts, text: '`permlevel` ∈ NONE, VIEW, CREATE, EDIT, FULL, and must be a level the permission accepts.' },
  ],
  help: 'Set `<permlevel>` to FULL (or NONE, or remove the permission): Access Token Management, User Access Tokens and Log in using Access Tokens have no VIEW, CREATE or EDIT level.',
  uiPath: MANAGE_ROLES_PATH,
};

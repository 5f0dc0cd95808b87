import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-OWN-CURRENT-ROLE',
  title: 'Your own tokens are for the role you are acting in',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.uat,
      text: 'users whose role has User Access Token can create, assign and manage tokens for the current user and current role (Settings portlet > Manage Access Tokens > My Access Tokens).',
    },
    { source: SOURCES.tba, text: 'A token is valid for one specific company, user entity and role only.' },
  ],
  help: 'Switch to the role the token is for, then create the token.',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-PORTLET-SELF-ONLY',
  title: 'The Settings portlet link creates tokens only for the current user and role',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.uat,
      text: 'users whose role has User Access Token can create, assign and manage tokens for the current user and current role (Settings portlet > Manage Access Tokens > My Access Tokens).',
    },
  ],
  help: 'Use Setup > Users/Roles > Access Tokens (via access-tokens-page) to create tokens for other users.',
};

import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-OWN-NEEDS-PERMISSION',
  title: 'Creating your own tokens needs User Access Tokens (or the Administrator role)',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.uat,
      text: 'users whose role has User Access Token can create, assign and manage tokens for the current user and current role (Settings portlet > Manage Access Tokens > My Access Tokens).',
    },
    { source: SOURCES.seed, text: 'Exception: administrators can create tokens for their own use.' },
  ],
  help: 'Add User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) to the acting role.',
  uiPath: MANAGE_ROLES_PATH,
};

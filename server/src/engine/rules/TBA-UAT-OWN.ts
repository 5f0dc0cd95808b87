import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-UAT-OWN',
  title: 'User Access Tokens manages tokens for the current user and role only',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.uat,
      text: 'users whose role has User Access Token can create, assign and manage tokens for the current user and current role (Settings portlet > Manage Access Tokens > My Access Tokens).',
    },
  ],
  help: 'Add User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) to the role to let its users create their own tokens from the Settings portlet.',
  uiPath: MANAGE_ROLES_PATH,
};

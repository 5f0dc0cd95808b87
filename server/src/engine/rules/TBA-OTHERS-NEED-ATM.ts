import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-OTHERS-NEED-ATM',
  title: 'Creating tokens for other users needs Access Token Management',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.' },
    {
      source: SOURCES.uat,
      text: 'users whose role has User Access Token can create, assign and manage tokens for the current user and current role (Settings portlet > Manage Access Tokens > My Access Tokens).',
    },
  ],
  help: 'Add Access Token Management (ADMI_MANAGE_OAUTH_TOKENS) to the acting role.',
  uiPath: MANAGE_ROLES_PATH,
};

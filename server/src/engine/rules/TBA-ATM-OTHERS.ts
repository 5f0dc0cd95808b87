import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ATM-OTHERS',
  title: 'Access Token Management creates and manages tokens for other users',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.' },
    {
      source: SOURCES.atm,
      text: 'holders can assign a token to users with a role that has only Log in using Access Tokens; UI path Setup > Users/Roles > Access Tokens > New Access Token (Application Name, User, Role, Token Name).',
    },
  ],
  help: 'Add Access Token Management (ADMI_MANAGE_OAUTH_TOKENS) to the role that creates tokens for others.',
  uiPath: 'Setup > Users/Roles > Access Tokens > New Access Token',
};

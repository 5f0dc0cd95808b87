import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-NO-LOGIN-PERMISSION',
  title: 'Logging in with tokens needs a TBA login permission',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'Can use access tokens to log in through RESTlets or web services.' },
    { source: SOURCES.seed, text: 'To add permissions to a role, go to Setup > Users/Roles > User Management > Manage Roles.' },
    { source: SOURCES.seed, text: 'Select a role to customize.' },
    { source: SOURCES.seed, text: 'On the Permission tab, Setup subtab, choose the permission from the list and click Add.' },
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the role.',
  uiPath: MANAGE_ROLES_PATH,
};

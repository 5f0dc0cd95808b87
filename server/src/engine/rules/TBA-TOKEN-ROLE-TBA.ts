import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-ROLE-TBA',
  title: 'Tokens are created only for TBA-enabled roles',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.atm, text: 'A newer revision says tokens are created "for some users with a TBA-enabled role" (a role holding a TBA login permission).' },
    { source: SOURCES.seed, text: 'Can use access tokens to log in through RESTlets or web services.' },
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the token’s role.',
  uiPath: MANAGE_ROLES_PATH,
};

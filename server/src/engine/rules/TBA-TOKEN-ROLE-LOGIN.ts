import { MANAGE_ROLES_PATH, RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-ROLE-LOGIN',
  title: 'A token’s role must be able to log in with tokens',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.atm, text: 'A newer revision says tokens are created "for some users with a TBA-enabled role" (a role holding a TBA login permission).' },
    { source: SOURCES.seed, text: 'Can use access tokens to log in through RESTlets or web services.' },
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the token’s role.',
  uiPath: MANAGE_ROLES_PATH,
};

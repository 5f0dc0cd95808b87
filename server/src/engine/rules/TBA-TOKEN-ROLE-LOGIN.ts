import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-ROLE-LOGIN',
  title: 'A token’s role must be able to log in with tokens',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.setupRestlets, 'You must create a role that permits logging in using token-based authentication.'),
    quote(DOC_PAGES.setupRestlets, 'You must assign a user to a role with permission to log in by using token-based authentication.'),
    quote(DOC_PAGES.seed, 'Can use access tokens to log in through RESTlets or web services.'),
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the token’s role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-LOGIN',
  title: 'Log in using Access Tokens allows token logins through RESTlets and web services',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'Can use access tokens to log in through RESTlets or web services.')],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the role that logs in with tokens.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

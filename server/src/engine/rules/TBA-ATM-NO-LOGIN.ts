import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ATM-NO-LOGIN',
  title: 'Access Token Management does not allow logging in with tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'Cannot use access tokens to log in through RESTlets or web services.')],
  help: 'Add Log in using Access Tokens (or User Access Tokens) to the role; Access Token Management alone only manages tokens for others.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

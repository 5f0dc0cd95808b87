import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-ROLE-TBA',
  title: 'Tokens are created only for TBA-enabled roles',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.setupRestlets, 'You must create a role that permits logging in using token-based authentication.'),
    quote(DOC_PAGES.setupRestlets, 'You must assign a user to a role with permission to log in by using token-based authentication.'),
    quote(DOC_PAGES.atm, 'For example, they can assign a token to those users who are assigned a role with only the Log in using Access Tokens permission.'),
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the token’s role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

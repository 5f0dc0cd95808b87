import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-LOGIN-NO-ISSUE',
  title: 'Log in using Access Tokens does not create tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.')],
  help: 'Have a user with Access Token Management create the token, or add User Access Tokens to this role.',
};

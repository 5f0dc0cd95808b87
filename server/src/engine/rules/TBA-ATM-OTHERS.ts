import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ATM-OTHERS',
  title: 'Access Token Management creates and manages tokens for other users',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(DOC_PAGES.atm, 'For example, they can assign a token to those users who are assigned a role with only the Log in using Access Tokens permission.'),
  ],
  help: 'Add Access Token Management (ADMI_MANAGE_OAUTH_TOKENS) to the role that creates tokens for others.',
  uiPath: 'Setup > Users/Roles > Access Tokens > New Access Token',
  remedyUrl: DOC_PAGES.atm.url,
};

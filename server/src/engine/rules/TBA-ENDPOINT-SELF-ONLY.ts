import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ENDPOINT-SELF-ONLY',
  title: 'The token endpoints serve only the caller’s own tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.issueToken, 'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.')],
  help: 'Create tokens for other users on Setup > Users/Roles > Access Tokens with a role that has Access Token Management.',
  remedyUrl: DOC_PAGES.atm.url,
};

import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ENDPOINT-OWN',
  title: 'The token endpoint issues and revokes the caller’s own tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.issueToken,
      'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
    ),
  ],
  help: 'Call the issuetoken or revoketoken endpoint as the user the token is for, in the role the token is for.',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ENDPOINT-SELF-ONLY',
  title: 'The token endpoints serve only the caller’s own tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.issueToken,
      text: 'Users can issue or revoke their own tokens programmatically; users cannot programmatically issue or revoke tokens for other users using a token endpoint.',
    },
  ],
  help: 'Create tokens for other users on Setup > Users/Roles > Access Tokens with a role that has Access Token Management.',
};

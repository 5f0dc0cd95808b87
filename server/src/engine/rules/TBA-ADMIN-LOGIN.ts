import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-LOGIN',
  title: 'Administrators can log in with tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.issueToken, text: 'TBA can be used with integrations that require the Administrator role.' },
    {
      source: SOURCES.issueToken,
      text: 'Administrators can only create tokens for their own use via the Manage Access Tokens link in the Settings portlet or the token endpoint.',
    },
  ],
  help: 'The Administrator role may log in with its own tokens; two-factor authentication stays required for it.',
};

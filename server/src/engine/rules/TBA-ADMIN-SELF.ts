import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-SELF',
  title: 'Administrators create tokens for their own use from the Settings portlet or the token endpoint',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'Exception: administrators can create tokens for their own use.' },
    { source: SOURCES.seed, text: 'Administrators can create tokens for themselves, but not for other administrators.' },
    {
      source: SOURCES.issueToken,
      text: 'Administrators can only create tokens for their own use via the Manage Access Tokens link in the Settings portlet or the token endpoint.',
    },
  ],
  help: 'An administrator creates their own tokens through the Manage Access Tokens link in the Settings portlet or the issuetoken endpoint.',
};

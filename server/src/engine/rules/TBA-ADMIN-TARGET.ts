import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-TARGET',
  title: 'Nobody creates tokens for another user’s Administrator role',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.' },
    { source: SOURCES.seed, text: 'Administrators can create tokens for themselves, but not for other administrators.' },
  ],
  help: 'An administrator creates their own token (Settings portlet or issuetoken endpoint); others cannot create it for them.',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-CREATOR',
  title: 'The token’s creator could not have created it',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.seed, text: 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.' }],
  help: 'Give the creator a role that may create this token (see the cited rule), or correct `created-by`.',
};

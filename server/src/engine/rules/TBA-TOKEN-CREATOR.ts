import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-CREATOR',
  title: 'The token’s creator could not have created it',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
    quote(DOC_PAGES.seed, 'Exception: administrators can create tokens for their own use.'),
  ],
  help: 'Give the creator a role that may create this token (see the cited rule), or correct `created-by`.',
};

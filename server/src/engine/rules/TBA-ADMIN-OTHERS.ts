import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-OTHERS',
  title: 'Administrators may create tokens for users in non-Administrator roles',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.tbaUsers,
      'For users without a role that has the User Access Token permission, an administrator can create, assign, and manage access tokens.',
    ),
    quote(DOC_PAGES.seed, 'Administrators can create tokens for themselves, but not for other administrators.'),
  ],
  help: 'Administrators create tokens for other users on Setup > Users/Roles > Access Tokens.',
  uiPath: 'Setup > Users/Roles > Access Tokens > New Access Token',
};

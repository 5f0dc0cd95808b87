import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-OTHERS-NEED-ATM',
  title: 'Creating tokens for other users needs Access Token Management',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
  ],
  help: 'Add Access Token Management (ADMI_MANAGE_OAUTH_TOKENS) to the acting role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

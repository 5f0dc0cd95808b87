import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-OWN-CURRENT-ROLE',
  title: 'Your own tokens are for the role you are acting in',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
    quote(DOC_PAGES.restlet, 'A token is valid for one specific company, user entity, and role only.'),
  ],
  help: 'Switch to the role the token is for, then create the token.',
};

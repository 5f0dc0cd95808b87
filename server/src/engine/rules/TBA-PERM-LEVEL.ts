import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-PERM-LEVEL',
  title: 'TBA permissions take only the levels none and full',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'No NetSuite page lists the levels of the three TBA permissions; they are added to a role or not, so only Full counts as holding one and view, create or edit is reported.',
  quotes: [
    quote(DOC_PAGES.seed, 'The following token-based authentication permissions can be added to roles as appropriate.'),
    quote(
      DOC_PAGES.accessLevels,
      'Note that for some permissions, only the minimum view level is required for usage, and other levels do not provide any additional capabilities.',
    ),
  ],
  help: 'Set the level to `full` (or remove the permission). Access Token Management, User Access Tokens and Log in using Access Tokens have no view, create or edit level.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

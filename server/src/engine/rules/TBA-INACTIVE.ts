import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-INACTIVE',
  title: 'Inactive users and roles cannot use or be given tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'NetSuite documents that an inactive entity or role fails to log in with OAuth 2.0 (EntityOrRoleDisabled); no stored TBA page says it, and the same is assumed for TBA.',
  quotes: [
    quote(DOC_PAGES.oauthRefreshErrors, 'Role or entity is inactive.'),
    quote(DOC_PAGES.oauthRefreshErrors, 'Verify that the entity or role is active in the account.'),
  ],
  help: 'Reactivate the user or role (remove `inactive`), or use another one.',
};

import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-INACTIVE',
  title: 'An inactive token cannot be used until it is made active again',
  kind: 'lint',
  severity: 'information',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.tokens,
      'When the Inactive box is checked for a token, the token will display as Inactive in list views, but the token can still be edited.',
    ),
    quote(DOC_PAGES.tokens, 'When a token is revoked, it cannot be edited, and will display an Inactive status in list views.'),
    quote(DOC_PAGES.tokens, 'Revoking a token makes it inactive forever, but does not remove the token from the system.'),
  ],
  help: 'To use the token again, edit it and clear its Inactive box (remove `inactive`); a revoked token cannot be made active again: create a new one.',
  uiPath: 'Setup > Users/Roles > User Management > Access Tokens > (token) > Edit',
  remedyUrl: DOC_PAGES.tokens.url,
};

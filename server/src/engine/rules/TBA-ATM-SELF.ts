import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ATM-SELF',
  title: 'Access Token Management does not create tokens for your own use',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Cannot create access tokens for their own use.'),
    quote(DOC_PAGES.seed, 'Exception: administrators can create tokens for their own use.'),
  ],
  help: 'Add User Access Tokens to the role to let its users create their own tokens.',
};

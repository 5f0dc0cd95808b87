import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-USER-ROLE',
  title: 'A token’s user must hold the token’s role',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.tokens,
      'These active tokens cannot be used by the entity for log in to NetSuite (unless the administrator adds the roles back to the entity).',
    ),
    quote(
      DOC_PAGES.tokens,
      'When an administrator removes roles from an entity (an employee, a vendor, a partner, a customer, or a contact) the tokens are still active in the system.',
    ),
    quote(DOC_PAGES.restlet, 'A token is valid for one specific company, user entity, and role only.'),
  ],
  help: 'Assign the role to the token’s user, or change the token’s role.',
};

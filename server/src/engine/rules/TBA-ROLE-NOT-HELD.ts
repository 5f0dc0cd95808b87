import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ROLE-NOT-HELD',
  title: 'A user acts only in a role assigned to them',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'A token belongs to one user and one role, and tokens whose role was removed from their user cannot be used: so a user acts, and is given tokens, only in a role they hold.',
  quotes: [
    quote(DOC_PAGES.restlet, 'A token is valid for one specific company, user entity, and role only.'),
    quote(
      DOC_PAGES.tokens,
      'These active tokens cannot be used by the entity for log in to NetSuite (unless the administrator adds the roles back to the entity).',
    ),
    quote(DOC_PAGES.seed, 'You must assign TBA roles to users.'),
  ],
  help: 'Assign the role to the user (`role "NAME"` in the user block), or act in a role the user holds.',
  uiPath: 'Lists > Employees > (employee) > Access subtab > Roles',
};

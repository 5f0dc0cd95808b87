import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

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

export const examples = (): RuleExamples => ({
  checks:
    'Decides that a user acts, and is given tokens, only in a role assigned to them. Inferred: a token belongs to one user and one role, and a token whose role was taken from its user is unusable.',
  avoid: {
    text: lines(
      MANAGER,
      RESTLET,
      'role "Accountant" { id customrole_accountant }',
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "erin@acme.com" { role "Accountant" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      '# Erin covers for Bob, but was never given the role.',
      'expect "erin@acme.com" as "Integration Manager" can revoke-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
      'role "Accountant" { id customrole_accountant }',
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "erin@acme.com" {',
      '  role "Accountant"',
      '  role "Integration Manager"',
      '}',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "erin@acme.com" as "Integration Manager" can revoke-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { ADMIN, lines, RESTLET, type RuleExamples } from './examples';

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

export const examples = (): RuleExamples => ({
  checks:
    'Decides that an administrator may create and manage tokens for other users in roles other than Administrator, on Setup > Users/Roles > Access Tokens. Inferred: the Administrator role holds every permission, Access Token Management included.',
  avoid: {
    text: lines(
      ADMIN,
      RESTLET,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      '# Not only Access Token Management holders: administrators can too.',
      'expect "alice@acme.com" as "Administrator" cannot issue-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
  prefer: {
    text: lines(
      ADMIN,
      RESTLET,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "alice@acme.com" as "Administrator" can issue-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
});

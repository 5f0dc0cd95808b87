import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-PORTLET-SELF-ONLY',
  title: 'The Settings portlet link creates tokens only for the current user and role',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
    quote(DOC_PAGES.uat, 'The My Access Tokens page appears, listing all the tokens for the current user in the current role.'),
  ],
  help: 'Use Setup > Users/Roles > Access Tokens (via access-tokens-page) to create tokens for other users.',
  remedyUrl: DOC_PAGES.atm.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that the Manage Access Tokens link in the Settings portlet creates and manages tokens for the current user and role only. Tokens for other users are made on Setup > Users/Roles > Access Tokens.',
  avoid: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via settings-portlet',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via access-tokens-page',
    ),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ATM-OTHERS',
  title: 'Access Token Management creates and manages tokens for other users',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(DOC_PAGES.atm, 'For example, they can assign a token to those users who are assigned a role with only the Log in using Access Tokens permission.'),
  ],
  help: 'Add Access Token Management (ADMI_MANAGE_OAUTH_TOKENS) to the role that creates tokens for others.',
  uiPath: 'Setup > Users/Roles > Access Tokens > New Access Token',
  remedyUrl: DOC_PAGES.atm.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that Access Token Management lets a role create, assign and manage tokens for other users (except for an Administrator role) on Setup > Users/Roles > Access Tokens. Give it only to the few who manage integrations.',
  avoid: {
    text: lines(
      RESTLET,
      '',
      '# Given so support can look at tokens; it lets them create tokens too.',
      'role "Support Analyst" {',
      '  permission "Access Token Management" full',
      '  two-factor required',
      '}',
      '',
      'user "frank@acme.com" { role "Support Analyst" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "frank@acme.com" as "Support Analyst" cannot issue-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
      'role "Support Analyst" { id customrole_support }',
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "frank@acme.com" { role "Support Analyst" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
      'expect "frank@acme.com" as "Support Analyst" cannot issue-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { DEVELOPER, lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-OTHERS-NEED-ATM',
  title: 'Creating tokens for other users needs Access Token Management',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
  ],
  help: 'Add Access Token Management (ADMI_MANAGE_OAUTH_TOKENS) to the acting role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that creating or managing a token for another user needs Access Token Management in the acting role (or the Administrator role). User Access Tokens covers only your own tokens.',
  avoid: {
    text: lines(
      DEVELOPER,
      RESTLET,
      '',
      'user "dave@acme.com" { role "Developer" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "dave@acme.com" as "Developer" can issue-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
  prefer: {
    text: lines(
      DEVELOPER,
      MANAGER,
      RESTLET,
      '',
      'user "dave@acme.com" { role "Developer" }',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
      'expect "dave@acme.com" as "Developer" can issue-token',
    ),
  },
});

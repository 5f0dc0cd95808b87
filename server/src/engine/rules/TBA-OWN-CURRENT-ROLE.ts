import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { DEVELOPER, lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-OWN-CURRENT-ROLE',
  title: 'Your own tokens are for the role you are acting in',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
    quote(DOC_PAGES.restlet, 'A token is valid for one specific company, user entity, and role only.'),
  ],
  help: 'Switch to the role the token is for, then create the token (the TBA authorization flow lets you choose it on its consent page).',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that your own tokens are for the role you are acting in: a token is valid for one user and one role, and User Access Tokens creates tokens for the current role only. Switch roles first.',
  avoid: {
    text: lines(
      DEVELOPER,
      'role "Support Analyst" { id customrole_support }',
      '',
      'user "grace@acme.com" {',
      '  role "Developer"',
      '  role "Support Analyst"',
      '}',
      '',
      'expect "grace@acme.com" as "Developer" can issue-token for "grace@acme.com" as "Support Analyst"',
    ),
  },
  prefer: {
    text: lines(
      DEVELOPER,
      'role "Support Analyst" { id customrole_support }',
      '',
      'user "grace@acme.com" {',
      '  role "Developer"',
      '  role "Support Analyst"',
      '}',
      '',
      'expect "grace@acme.com" as "Developer" can issue-token',
    ),
  },
});

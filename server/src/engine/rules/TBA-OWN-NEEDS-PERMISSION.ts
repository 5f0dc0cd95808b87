import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-OWN-NEEDS-PERMISSION',
  title: 'Creating your own tokens needs User Access Tokens (or the Administrator role)',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.uat,
      'Users assigned a role that has the User Access Token permission can create, assign, and manage tokens for the current user and current role.',
    ),
    quote(DOC_PAGES.seed, 'Exception: administrators can create tokens for their own use.'),
  ],
  help: 'Add User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) to the acting role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that creating your own tokens needs User Access Tokens in the acting role (administrators excepted). Neither Access Token Management nor Log in using Access Tokens gives it.',
  avoid: {
    text: lines(
      'role "Developer" {',
      '  id customrole_developer',
      '}',
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      '# Dave runs scripts with his own token.',
      'expect "dave@acme.com" as "Developer" can issue-token',
    ),
  },
  prefer: {
    text: lines(
      'role "Developer" {',
      '  id customrole_developer',
      '  permission "User Access Tokens" full',
      '}',
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      'expect "dave@acme.com" as "Developer" can issue-token',
    ),
  },
});

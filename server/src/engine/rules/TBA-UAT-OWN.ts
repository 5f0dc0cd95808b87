import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { DEVELOPER, lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-UAT-OWN',
  title: 'User Access Tokens manages tokens for the current user and role only',
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
  help: 'Add User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) to the role to let its users create their own tokens from the Settings portlet.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.uat.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that User Access Tokens lets a role create and manage tokens for the current user and role, through the Settings portlet (Manage Access Tokens > My Access Tokens) or the issuetoken endpoint — not on the Access Tokens page.',
  avoid: {
    text: lines(DEVELOPER, '', 'user "dave@acme.com" { role "Developer" }', '', 'expect "dave@acme.com" as "Developer" can issue-token via access-tokens-page'),
  },
  prefer: {
    text: lines(
      DEVELOPER,
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      'expect "dave@acme.com" as "Developer" can issue-token via settings-portlet',
      'expect "dave@acme.com" as "Developer" cannot issue-token via access-tokens-page',
    ),
  },
});

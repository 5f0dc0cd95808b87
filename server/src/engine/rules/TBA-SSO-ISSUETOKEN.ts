import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-SSO-ISSUETOKEN',
  title: 'Single Sign-On Only roles cannot get tokens from the issuetoken endpoint',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'No page names the issuetoken endpoint for Single Sign-On Only roles. The role box allows account access only through single sign-on, and the issuetoken endpoint is the method where the application asks for the user’s credentials (email and password in the NLAuth header) instead of sending the user to sign in; the authorization flow, which can send the user to single sign-on, stays open.',
  quotes: [
    quote(
      DOC_PAGES.sso,
      'If the role is designed to be used by users accessing NetSuite through OIDC single sign-on, check the Single Sign-On Only box to allow NetSuite account access only through OIDC single sign-on.',
    ),
    quote(
      DOC_PAGES.tbaUsers,
      'An integration developer creates an application that requests user credentials and gives the user an access token. For more information, see The IssueToken Endpoint.',
    ),
    quote(
      DOC_PAGES.stepTwo,
      'If the GET request goes to an account-specific domain and SAML SSO or OIDC is enabled, the user can be sent to a third-party app.',
    ),
  ],
  help: 'Get the token through the TBA authorization flow (the user signs in through single sign-on), or through the Settings portlet after signing in; or act in a role without `single-sign-on-only`.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Single Sign-On Only',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides (inferred) that a Single Sign-On Only role cannot create its own token through the issuetoken endpoint, which signs in with the user’s credentials rather than through single sign-on. The authorization flow and the Settings portlet, reached through single sign-on, are not affected.',
  avoid: {
    text: lines(
      'role "Portal Developer" {',
      '  permission "User Access Tokens" full',
      '  single-sign-on-only',
      '}',
      '',
      'user "dev-portal" { role "Portal Developer" }',
      '',
      'expect "dev-portal" as "Portal Developer" can issue-token via issuetoken-endpoint',
    ),
  },
  prefer: {
    text: lines(
      'role "Portal Developer" {',
      '  permission "User Access Tokens" full',
      '  single-sign-on-only',
      '}',
      '',
      'user "dev-portal" { role "Portal Developer" }',
      '',
      'expect "dev-portal" as "Portal Developer" can issue-token via authorization-flow',
      'expect "dev-portal" as "Portal Developer" cannot issue-token via issuetoken-endpoint',
    ),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-LOGIN-NO-ISSUE',
  title: 'Log in using Access Tokens does not create tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'Cannot create their own access tokens through a link in the Settings portlet, or by calling the issuetoken endpoint.')],
  help: 'Have a user with Access Token Management create the token, or add User Access Tokens to this role.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that Log in using Access Tokens does not let a role create its own tokens, neither through the Settings portlet nor the issuetoken endpoint. Someone with Access Token Management creates them, or the role gets User Access Tokens.',
  avoid: {
    text: lines(
      RESTLET,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      '# The service fetches its own token at start-up.',
      'expect "svc-orders" as "RESTlet Integration" can issue-token via issuetoken-endpoint',
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
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
      'expect "svc-orders" as "RESTlet Integration" cannot issue-token via issuetoken-endpoint',
    ),
  },
});

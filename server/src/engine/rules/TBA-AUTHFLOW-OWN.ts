import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-AUTHFLOW-OWN',
  title: 'The authorization flow grants a token to the user who authorizes it',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'The page says the user the token is for authorizes it, and names no permission for that; the engine lets a role that can log in with tokens (Log in using Access Tokens, User Access Tokens or the Administrator role) authorize its own token, since the token is for calling a RESTlet or a web service, and Log in using Access Tokens’ “Cannot create their own access tokens” bullet names only the Settings portlet link and the issuetoken endpoint.',
  quotes: [
    quote(
      DOC_PAGES.threeStep,
      'A user, for whom an access token is to be granted, authorizes the request token and explicitly consents that the application can access NetSuite data.',
    ),
    quote(
      DOC_PAGES.threeStep,
      'If this step succeeds, the application exchanges the request token for an access token to be used when calling a RESTlet or a web service.',
    ),
    quote(DOC_PAGES.seed, 'Can use access tokens to log in through RESTlets or web services.'),
    quote(
      DOC_PAGES.stepTwo,
      'If the authenticated user is logged in to an inappropriate role, the user can choose the appropriate role by selecting Change Role on the Consent page.',
    ),
  ],
  help: 'Sign in to the consent page as the user the token is for, in a role that can log in with tokens.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides the TBA authorization flow: the user the token is for authorizes it, so nobody gets a token for another user through it; a role that can log in with tokens may authorize its own (inferred), also one of the user’s other roles, chosen with Change Role on the consent page; the flow does not revoke tokens.',
  avoid: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "bob" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via authorization-flow',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "svc-orders" as "RESTlet Integration" can issue-token via authorization-flow',
      'expect "bob" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
    ),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ATM-NO-LOGIN',
  title: 'Access Token Management does not allow logging in with tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'Cannot use access tokens to log in through RESTlets or web services.')],
  help: 'Add Log in using Access Tokens (or User Access Tokens) to the role; Access Token Management alone only manages tokens for others.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that Access Token Management alone does not let a role log in with tokens: it manages other users’ tokens. The role that logs in needs Log in using Access Tokens (or User Access Tokens).',
  avoid: {
    text: lines(
      MANAGER,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      '',
      '# The orders sync runs as bob with the manager role.',
      'expect "bob@acme.com" as "Integration Manager" can restlet-login',
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
      '# The orders sync runs as its own service user.',
      'expect "svc-orders" as "RESTlet Integration" can restlet-login',
      'expect "bob@acme.com" as "Integration Manager" cannot restlet-login',
    ),
  },
});

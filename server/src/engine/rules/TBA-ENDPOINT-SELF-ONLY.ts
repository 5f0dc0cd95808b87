import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ENDPOINT-SELF-ONLY',
  title: 'The token endpoints serve only the caller’s own tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.issueToken, 'Users cannot programmatically issue or revoke tokens for other users using a token endpoint.')],
  help: 'Create tokens for other users on Setup > Users/Roles > Access Tokens with a role that has Access Token Management.',
  remedyUrl: DOC_PAGES.atm.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that the issuetoken and revoketoken endpoints serve only the caller’s own tokens: nobody creates or revokes another user’s token programmatically. Tokens for others are made on the Access Tokens page.',
  avoid: {
    text: lines(
      MANAGER,
      RESTLET,
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      '# A provisioning script calls issuetoken for the service user.',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via issuetoken-endpoint',
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
      'expect "bob@acme.com" as "Integration Manager" cannot issue-token for "svc-orders" as "RESTlet Integration" via issuetoken-endpoint',
    ),
  },
});

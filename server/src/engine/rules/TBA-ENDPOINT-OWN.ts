import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ENDPOINT-OWN',
  title: 'The token endpoint issues and revokes the caller’s own tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.issueToken,
      'In addition to creating a token manually through the NetSuite UI, developers and users can issue or revoke their own tokens programmatically using a token endpoint.',
    ),
  ],
  help: 'Call the issuetoken or revoketoken endpoint as the user the token is for, in the role the token is for.',
};

export const examples = (): RuleExamples => ({
  checks: 'Decides that a user may revoke their own token through the token endpoint, in a role that can log in with tokens.',
  avoid: {
    text: lines(
      RESTLET,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "svc-orders" as "RESTlet Integration" cannot revoke-token via issuetoken-endpoint',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "svc-orders" as "RESTlet Integration" can revoke-token via issuetoken-endpoint',
    ),
  },
});

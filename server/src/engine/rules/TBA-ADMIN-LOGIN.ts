import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { ADMIN, lines, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-LOGIN',
  title: 'Administrators can log in with tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.issueToken, 'You can use TBA with those integrations that require the Administrator role.')],
  help: 'The Administrator role may log in with its own tokens; two-factor authentication stays required for it.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that the Administrator role can log in to RESTlets and web services with its own tokens: TBA works with integrations that require the Administrator role. Keep integrations on a dedicated role, and record the Administrator’s reach as it is.',
  avoid: {
    text: lines(
      ADMIN,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      '',
      '# Administrators are not shut out of token logins.',
      'expect "alice@acme.com" as "Administrator" cannot restlet-login',
    ),
  },
  prefer: {
    text: lines(
      ADMIN,
      RESTLET,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      '# True, so recorded; the integration itself runs as svc-orders.',
      'expect "alice@acme.com" as "Administrator" can restlet-login',
      'expect "svc-orders" as "RESTlet Integration" can restlet-login',
    ),
  },
});

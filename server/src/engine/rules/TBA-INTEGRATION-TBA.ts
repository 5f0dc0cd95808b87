import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-INTEGRATION-TBA',
  title: 'The integration’s Token-based Authentication box gates the authorization flow and the issuetoken endpoint',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.integrations, 'This box must be checked to enable use of either the TBA authorization flow or the issuetoken endpoint.'),
    quote(DOC_PAGES.setupRestlets, 'On the integration record, the Token-based Authentication box must be checked.'),
  ],
  help: 'Check the Token-based Authentication box on the integration record (`token-based-authentication enabled`).',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > Authentication',
  remedyUrl: DOC_PAGES.integrations.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides, for a request made `with` an integration, that the integration record needs its Token-based Authentication box checked: it enables both the authorization flow and the issuetoken endpoint.',
  avoid: {
    text: lines(
      RESTLET,
      'integration "Orders Sync" { token-based-authentication disabled }',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      ORDERS_SYNC,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
    ),
  },
});

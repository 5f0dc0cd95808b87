import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-INTEGRATION-BLOCKED',
  title: 'A blocked integration’s requests are refused',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.tbaErrors, 'The application is in Blocked state on the integration record.'),
    quote(DOC_PAGES.authFlowErrors, 'The state of the integration record is Blocked.'),
  ],
  help: 'Set the integration record’s State to Enabled (`state enabled`).',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > State',
  remedyUrl: DOC_PAGES.tbaErrors.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides, for a request made `with` an integration, that a blocked integration record has its requests refused (consumer_key_refused, IntegrationBlocked).',
  avoid: {
    text: lines(
      RESTLET,
      'integration "Orders Sync" { state blocked }',
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

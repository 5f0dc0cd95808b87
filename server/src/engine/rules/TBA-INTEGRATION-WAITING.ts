import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-INTEGRATION-WAITING',
  title: 'An integration waiting for approval has all its requests blocked',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.issueTokenEndpoint, 'Until you set the state to Enabled, all requests sent by that application are blocked.'),
    quote(
      DOC_PAGES.issueTokenEndpoint,
      'However, if the box is checked (set to true) the State field on the new integration record is set to Waiting for Approval.',
    ),
  ],
  help: 'Edit the integration record and set its State to Enabled (`state enabled`).',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > State',
  remedyUrl: DOC_PAGES.issueTokenEndpoint.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides, for a request made `with` an integration, that an integration record waiting for approval has all its requests blocked until its state is Enabled.',
  avoid: {
    text: lines(
      RESTLET,
      'integration "Orders Sync" { state waiting-for-approval }',
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

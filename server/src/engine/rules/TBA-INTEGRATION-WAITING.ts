import { DOC_PAGES, quote, type RuleMeta } from '../citations';

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

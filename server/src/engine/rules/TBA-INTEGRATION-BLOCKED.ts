import { DOC_PAGES, quote, type RuleMeta } from '../citations';

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

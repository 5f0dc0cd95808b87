import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-AUTHFLOW-BOX',
  title: 'The authorization flow needs the integration’s TBA: Authorization Flow box',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.authFlowErrors, 'Ensure that the TBA: Authorization Flow box is checked in the corresponding integration record.'),
    quote(DOC_PAGES.authFlowErrors, 'The integration application does not use the TBA authorization flow.'),
  ],
  help: 'Check the TBA: Authorization Flow box on the integration record (`authorization-flow enabled`).',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > Authentication',
  remedyUrl: DOC_PAGES.integrations.url,
};

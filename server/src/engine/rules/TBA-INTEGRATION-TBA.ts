import { DOC_PAGES, quote, type RuleMeta } from '../citations';

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

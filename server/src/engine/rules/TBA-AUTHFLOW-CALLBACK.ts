import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-AUTHFLOW-CALLBACK',
  title: 'The authorization flow needs a callback URL on the integration record',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.threeStep, 'The administrator must configure the callback URL on the integration record.'),
    quote(DOC_PAGES.threeStep, 'The underlying application must have the ability to open a browser, and must be able to handle callback URLs.'),
  ],
  help: 'Add the callback URL to the integration record (`callback-url "https://…"`), or clear the TBA: Authorization Flow box.',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > Authentication',
  remedyUrl: DOC_PAGES.threeStep.url,
};

import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-INTEGRATION',
  title: 'A token needs an enabled integration record with TBA checked',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.integrations,
      'Before creating and assigning tokens to users, an integration record must be created for each application that will use token-based authentication.',
    ),
    quote(DOC_PAGES.setupRestlets, 'On the integration record, the Token-based Authentication box must be checked.'),
    quote(DOC_PAGES.tbaErrors, 'The application is in Blocked state on the integration record.'),
    quote(DOC_PAGES.issueTokenEndpoint, 'Until you set the state to Enabled, all requests sent by that application are blocked.'),
  ],
  help: 'Name the token’s integration (`integration "NAME"`), check its Token-based Authentication box and set its state to enabled.',
  uiPath: 'Setup > Integration > Manage Integrations > (integration)',
  remedyUrl: DOC_PAGES.integrations.url,
};

import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-FEATURE-DISABLED',
  title: 'The Token-based Authentication feature is switched off',
  kind: 'decision',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.tbaErrors, 'The Token-based Authentication feature in NetSuite is not enabled.'),
    quote(DOC_PAGES.setupRestlets, 'You must enable the Token-based Authentication feature.'),
  ],
  help: 'Enable the feature (`token-based-authentication enabled` in the account block), or remove the tokens and TBA roles.',
  uiPath: 'Setup > Company > Enable Features > SuiteCloud > Manage Authentication > Token-based Authentication',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-FEATURE-DISABLED',
  title: 'The Token-based Authentication feature is switched off',
  kind: 'decision',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    { source: SOURCES.feature, text: 'With the feature off, token requests fail (FeatureDisabled).' },
    { source: SOURCES.feature, text: 'Setup > Company > Enable Features > SuiteCloud > Manage Authentication > Token-based Authentication' },
  ],
  help: 'Enable the feature (`token-based-authentication enabled` in the account block), or remove the tokens and TBA roles.',
  uiPath: 'Setup > Company > Enable Features > SuiteCloud > Manage Authentication > Token-based Authentication',
};

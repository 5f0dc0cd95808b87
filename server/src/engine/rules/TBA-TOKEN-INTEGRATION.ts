import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-INTEGRATION',
  title: 'A token needs an enabled integration record with TBA checked',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.integrations,
      text: 'Each application needs an integration record with the Token-based Authentication box checked; State Enabled (Blocked → consumer_key_refused; Waiting for Approval → all requests blocked).',
    },
  ],
  help: 'Name the token’s integration (`integration "NAME"`), check its Token-based Authentication box and set its state to enabled.',
  uiPath: 'Setup > Integration > Manage Integrations > (integration)',
};

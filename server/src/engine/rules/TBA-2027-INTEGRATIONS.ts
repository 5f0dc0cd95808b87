import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-2027-INTEGRATIONS',
  title: 'New TBA integrations cannot be created from NetSuite 2027.1',
  kind: 'lint',
  severity: 'information',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.facts,
      text: 'From NetSuite 2027.1 no new TBA integrations can be created (existing ones keep working); Oracle recommends OAuth 2.0 for new integrations.',
    },
  ],
  help: 'Existing TBA integrations keep working; plan new integrations on OAuth 2.0.',
};

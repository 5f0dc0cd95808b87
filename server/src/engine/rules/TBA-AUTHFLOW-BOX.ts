import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { DEVELOPER, lines, ORDERS_SYNC, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-AUTHFLOW-BOX',
  title: 'The authorization flow needs the integration’s TBA: Authorization Flow box',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  // The error's cause; its resolution ("Ensure that the TBA: Authorization Flow box is checked …")
  // is a step, so it is the remedy, not a reason (contract v2).
  quotes: [quote(DOC_PAGES.authFlowErrors, 'The integration application does not use the TBA authorization flow.')],
  help: 'Check the TBA: Authorization Flow box on the integration record (`authorization-flow enabled`). NetSuite’s resolution of AuthorizationFlowRequired: “Ensure that the TBA: Authorization Flow box is checked in the corresponding integration record.”',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > Authentication',
  remedyUrl: DOC_PAGES.integrations.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that the TBA authorization flow, `with` an integration, needs the TBA: Authorization Flow box of that integration record (error AuthorizationFlowRequired).',
  avoid: {
    text: lines(
      DEVELOPER,
      ORDERS_SYNC,
      '',
      'user "dev" { role "Developer" }',
      '',
      'expect "dev" as "Developer" can issue-token via authorization-flow with "Orders Sync"',
    ),
  },
  prefer: {
    text: lines(
      DEVELOPER,
      'integration "Orders Sync" {',
      '  authorization-flow enabled',
      '  callback-url "https://orders.example.com/callback"',
      '}',
      '',
      'user "dev" { role "Developer" }',
      '',
      'expect "dev" as "Developer" can issue-token via authorization-flow with "Orders Sync"',
    ),
  },
});

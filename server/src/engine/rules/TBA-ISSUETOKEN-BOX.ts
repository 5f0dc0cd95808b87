import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { DEVELOPER, lines, ORDERS_SYNC, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ISSUETOKEN-BOX',
  title: 'The issuetoken endpoint needs the integration’s TBA: IssueToken Endpoint box',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'Oracle’s integration-record page is cut off before the row of the TBA: IssueToken Endpoint box; a third-party guide (blog.maayins.com, not Oracle) says the box allows token creation through the issuetoken endpoint. The rule is read by analogy with the documented TBA: Authorization Flow box.',
  quotes: [quote(DOC_PAGES.integrations, 'This box must be checked to enable use of either the TBA authorization flow or the issuetoken endpoint.')],
  help: 'Check the TBA: IssueToken Endpoint box on the integration record (`issuetoken-endpoint enabled`).',
  uiPath: 'Setup > Integration > Manage Integrations > (integration) > Authentication',
  remedyUrl: DOC_PAGES.integrations.url,
};

export const examples = (): RuleExamples => ({
  checks: 'Decides (inferred) that the issuetoken endpoint, `with` an integration, needs the TBA: IssueToken Endpoint box of that integration record.',
  avoid: {
    text: lines(
      DEVELOPER,
      ORDERS_SYNC,
      '',
      'user "dev" { role "Developer" }',
      '',
      'expect "dev" as "Developer" can issue-token via issuetoken-endpoint with "Orders Sync"',
    ),
  },
  prefer: {
    text: lines(
      DEVELOPER,
      'integration "Orders Sync" { issuetoken-endpoint enabled }',
      '',
      'user "dev" { role "Developer" }',
      '',
      'expect "dev" as "Developer" can issue-token via issuetoken-endpoint with "Orders Sync"',
    ),
  },
});

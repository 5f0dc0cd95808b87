import { DOC_PAGES, quote } from '../citations';
import { lines, type RuleExamples } from './examples';
import type { IntegrationDefinition } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-2027-INTEGRATIONS',
  title: 'New TBA integrations cannot be created from NetSuite 2027.1',
  kind: 'lint',
  severity: 'information',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.tbaUsers, 'As of 2027.1, no new integrations using TBA can be created for SOAP web services, REST web services, and RESTlets.'),
    quote(DOC_PAGES.tbaUsers, 'Existing integrations will continue working.'),
    quote(DOC_PAGES.tbaUsers, 'Use OAuth 2.0 for new RESTlets and REST web services integrations.'),
  ],
  help: 'Existing TBA integrations keep working; plan new integrations on OAuth 2.0.',
  check: { integration: tbaIntegration },
};

function tbaIntegration(i: IntegrationDefinition, { add }: LintContext): void {
  if (i.tba?.value !== false)
    add(
      'TBA-2027-INTEGRATIONS',
      i.nameLoc,
      `From NetSuite 2027.1 no new TBA integrations can be created; '${i.name}' keeps working, but plan new integrations on OAuth 2.0.`,
    );
}

export const examples = (): RuleExamples => ({
  checks:
    'Integration records with Token-based Authentication checked. They keep working, but from NetSuite 2027.1 no new TBA integration can be created, so new integrations should be planned on OAuth 2.0.',
  avoid: {
    text: lines(
      '# A new integration, planned for next year.',
      'integration "Warehouse Robotics" {',
      '  token-based-authentication enabled',
      '  state enabled',
      '}',
    ),
  },
  prefer: {
    text: lines(
      '# New integrations authenticate with OAuth 2.0; the record leaves TBA unchecked.',
      'integration "Warehouse Robotics" {',
      '  token-based-authentication disabled',
      '  state enabled',
      '}',
    ),
  },
});

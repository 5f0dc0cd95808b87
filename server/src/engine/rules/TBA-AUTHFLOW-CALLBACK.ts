import { DOC_PAGES, quote } from '../citations';
import { lines, type RuleExamples } from './examples';
import type { IntegrationDefinition } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
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
  check: { integration: callback },
};

function callback(i: IntegrationDefinition, { add }: LintContext): void {
  if (i.authorizationFlow?.value && !i.callbackUrl?.value)
    add(
      'TBA-AUTHFLOW-CALLBACK',
      i.authorizationFlow.loc,
      `Integration '${i.name}' uses the TBA authorization flow but has no callback URL; add callback-url "…".`,
    );
}

export const examples = (): RuleExamples => ({
  checks:
    'Reports an integration record that uses the TBA authorization flow without a callback URL, which the administrator must configure; a request through the flow with it is denied.',
  avoid: { text: lines('integration "Orders Sync" {', '  authorization-flow enabled', '}') },
  prefer: { text: lines('integration "Orders Sync" {', '  authorization-flow enabled', '  callback-url "https://orders.example.com/callback"', '}') },
});

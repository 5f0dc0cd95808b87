import { DOC_PAGES, quote } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';
import { type IntegrationDefinition, type TokenDefinition, tokenUnusable } from '../model';
import { errorShownFor } from '../troubleshoot/catalogue';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
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
  check: { token: namesIntegration, account: integrations },
};

function namesIntegration(t: TokenDefinition, { add }: LintContext): void {
  if (!tokenUnusable(t) && !t.integration)
    add('TBA-TOKEN-INTEGRATION', t.nameLoc, `Token '${t.name}' names no integration; add integration "NAME" — every token belongs to an integration record.`);
}

/**
 * An integration that keeps its tokens from working is reported once, on the line to change,
 * with the tokens that use it as related information.
 */
function integrations({ model, index, add }: LintContext): void {
  const users = new Map<IntegrationDefinition, TokenDefinition[]>();
  for (const t of model.tokens) {
    if (tokenUnusable(t) || !t.integration) continue;
    const i = index.integrations.get(t.integration.key);
    if (!i) continue; // reported as an unknown reference
    const list = users.get(i);
    if (list) list.push(t);
    else users.set(i, [t]);
  }
  for (const [i, tokens] of users) {
    // Most integrations are fine: their token lists are written out only for a finding.
    if (i.tba?.value !== false && (!i.state || i.state.value === 'enabled')) continue;
    const related = tokens.map((t) => ({ loc: t.integration!.loc, message: `Token '${t.name}' uses this integration` }));
    const names = tokens.map((t) => `'${t.name}'`).join(', ');
    const these = tokens.length === 1 ? `token ${names}` : `its ${tokens.length} tokens (${names})`;
    if (i.tba?.value === false)
      add(
        'TBA-TOKEN-INTEGRATION',
        i.tba.loc,
        `Integration '${i.name}' has Token-based Authentication unchecked, so ${these} cannot be used; check it: token-based-authentication enabled.`,
        { related },
      );
    if (i.state && i.state.value !== 'enabled') {
      const effect =
        i.state.value === 'blocked'
          ? `NetSuite refuses its consumer key (${errorShownFor('integration-blocked')})`
          : `NetSuite blocks all its requests (${errorShownFor('integration-waiting')})`;
      add(
        'TBA-TOKEN-INTEGRATION',
        i.state.loc,
        `Integration '${i.name}' is ${i.state.value}, so ${effect} and ${these} cannot be used; set its state to enabled.`,
        {
          related,
        },
      );
    }
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A token that names no integration (reported on the token), or an integration record that live tokens use with Token-based Authentication unchecked or a state other than enabled (Blocked refuses the consumer key; Waiting for Approval blocks every request). An integration is reported once, on the line to change, with the tokens that use it as related information.',
  avoid: {
    text: lines(
      RESTLET,
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'integration "Orders Sync" {',
      '  token-based-authentication enabled',
      '  state waiting-for-approval',
      '}',
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      ORDERS_SYNC,
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';
import { firstGrants } from '../facts';
import { tokenUnusable } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
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
  check: { account: featureOff },
};

function featureOff({ model, index, add }: LintContext): void {
  const off = model.accounts.find((a) => a.tba?.value === false);
  if (!off) return;
  const tbaRoles = [...index.roles.values()].filter((r) => firstGrants(r).some((g) => g.info?.tba && g.level === 'full'));
  const live = model.tokens.filter((t) => !tokenUnusable(t));
  if (!tbaRoles.length && !live.length) return;
  add(
    'TBA-FEATURE-DISABLED',
    off.tba!.loc,
    `Token-based Authentication is disabled, yet ${live.length} token(s) and ${tbaRoles.length} TBA role(s) are defined; every token request will fail. Enable the feature or remove them.`,
  );
}

export const examples = (): RuleExamples => ({
  checks:
    'An account whose Token-based Authentication feature is disabled while it still defines tokens or TBA roles: every token request fails (FeatureDisabled). Every decision in such an account is deny.',
  avoid: {
    text: lines(
      'account "Acme Sandbox" {',
      '  token-based-authentication disabled',
      '}',
      '',
      RESTLET,
      'user "svc-orders" { role "RESTlet Integration" }',
      ORDERS_SYNC,
      'token "orders-sandbox" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
  prefer: {
    text: lines(
      'account "Acme Sandbox" {',
      '  token-based-authentication enabled',
      '}',
      '',
      RESTLET,
      'user "svc-orders" { role "RESTlet Integration" }',
      ORDERS_SYNC,
      'token "orders-sandbox" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
});

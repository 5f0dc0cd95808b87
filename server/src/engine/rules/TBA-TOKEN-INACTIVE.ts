import { DOC_PAGES, quote } from '../citations';
import { lines, ORDERS_SYNC, RESTLET, type RuleExamples } from './examples';
import type { TokenDefinition } from '../model';
import { errorShownFor } from '../troubleshoot/catalogue';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-TOKEN-INACTIVE',
  title: 'An inactive token cannot be used until it is made active again',
  kind: 'lint',
  severity: 'information',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.tokens,
      'When the Inactive box is checked for a token, the token will display as Inactive in list views, but the token can still be edited.',
    ),
    quote(DOC_PAGES.tokens, 'When a token is revoked, it cannot be edited, and will display an Inactive status in list views.'),
    quote(DOC_PAGES.tokens, 'Revoking a token makes it inactive forever, but does not remove the token from the system.'),
  ],
  help: 'To use the token again, edit it and clear its Inactive box (remove `inactive`); a revoked token cannot be made active again: create a new one.',
  uiPath: 'Setup > Users/Roles > User Management > Access Tokens > (token) > Edit',
  remedyUrl: DOC_PAGES.tokens.url,
  check: { token: inactive },
};

function inactive(t: TokenDefinition, { add }: LintContext): void {
  if (t.inactive && !t.revoked)
    add(
      'TBA-TOKEN-INACTIVE',
      t.inactive.loc,
      `Token '${t.name}' is inactive: NetSuite answers ${errorShownFor('token-inactive')}; it cannot be used until it is made active again (remove 'inactive'); unlike a revoked token, it can be.`,
    );
}

export const examples = (): RuleExamples => ({
  checks: 'Reports an inactive token: it cannot be used until it is made active again — which, unlike a revoked token, it can be.',
  avoid: {
    text: lines(
      RESTLET,
      ORDERS_SYNC,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '  inactive',
      '}',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      ORDERS_SYNC,
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      '',
      'token "orders-prod" {',
      '  user "svc-orders"',
      '  role "RESTlet Integration"',
      '  integration "Orders Sync"',
      '}',
    ),
  },
});

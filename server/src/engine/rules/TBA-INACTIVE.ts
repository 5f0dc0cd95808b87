import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-INACTIVE',
  title: 'Inactive users and roles cannot use or be given tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'NetSuite documents that an inactive entity or role fails to log in with OAuth 2.0 (EntityOrRoleDisabled); no stored TBA page says it, and the same is assumed for TBA.',
  quotes: [
    // The page's resolution ("Verify that …") is a step: the remedy, not a reason (contract v2).
    quote(DOC_PAGES.oauthRefreshErrors, 'Role or entity is inactive.'),
  ],
  help: 'Reactivate the user or role (remove `inactive`), or use another one.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that an inactive user or role can neither log in with tokens nor be given them. Inferred: NetSuite documents this for OAuth 2.0 (EntityOrRoleDisabled). Integrations should not run as a person who may leave.',
  avoid: {
    text: lines(
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      '# The inventory sync still runs with the contractor’s token.',
      'user "old-contractor@acme.com" {',
      '  role "SOAP Sync"',
      '  inactive',
      '}',
      '',
      'expect "old-contractor@acme.com" as "SOAP Sync" can web-services-login',
    ),
  },
  prefer: {
    text: lines(
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-inventory" { role "SOAP Sync" }',
      'user "old-contractor@acme.com" {',
      '  role "SOAP Sync"',
      '  inactive',
      '}',
      '',
      'expect "svc-inventory" as "SOAP Sync" can web-services-login',
      'expect "old-contractor@acme.com" as "SOAP Sync" cannot web-services-login',
    ),
  },
});

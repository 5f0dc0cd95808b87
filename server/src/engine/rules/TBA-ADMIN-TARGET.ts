import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { ADMIN, lines, MANAGER, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-TARGET',
  title: 'Nobody creates tokens for another user’s Administrator role',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.atm,
      'A user cannot create access tokens for an administrator, and the administrator cannot create access tokens for another administrator.',
    ),
    quote(DOC_PAGES.seed, 'Can create, assign, and manage a token for other users (except tokens for an Administrator role) in the account.'),
    quote(DOC_PAGES.seed, 'Administrators can create tokens for themselves, but not for other administrators.'),
  ],
  help: 'An administrator creates their own token (Settings portlet or issuetoken endpoint); others cannot create it for them.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that nobody — not an Access Token Management holder, not another administrator — creates or manages a token for another user’s Administrator role. Administrators create their own.',
  avoid: {
    text: lines(
      ADMIN,
      MANAGER,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      'user "bob@acme.com" { role "Integration Manager" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "alice@acme.com" as "Administrator"',
    ),
  },
  prefer: {
    text: lines(
      ADMIN,
      MANAGER,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      'user "bob@acme.com" { role "Integration Manager" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" cannot issue-token for "alice@acme.com" as "Administrator"',
      'expect "alice@acme.com" as "Administrator" can issue-token',
    ),
  },
});

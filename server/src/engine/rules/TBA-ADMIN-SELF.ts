import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { ADMIN, lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-SELF',
  title: 'Administrators create tokens for their own use from the Settings portlet or the token endpoint',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.issueToken,
      'Administrators can only create tokens for their own use by clicking the Manage Access Tokens link in the Settings portlet, or by using the token endpoint.',
    ),
    quote(DOC_PAGES.seed, 'Exception: administrators can create tokens for their own use.'),
  ],
  help: 'An administrator creates their own tokens through the Manage Access Tokens link in the Settings portlet or the issuetoken endpoint.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides how an administrator creates tokens for their own use: through the Manage Access Tokens link in the Settings portlet or the issuetoken endpoint — not on the Access Tokens page, which is for other users’ tokens.',
  avoid: {
    text: lines(
      ADMIN,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      '',
      'expect "alice@acme.com" as "Administrator" can issue-token via access-tokens-page',
    ),
  },
  prefer: {
    text: lines(
      ADMIN,
      '',
      'user "alice@acme.com" { role "Administrator" }',
      '',
      'expect "alice@acme.com" as "Administrator" can issue-token via settings-portlet',
      'expect "alice@acme.com" as "Administrator" cannot issue-token via access-tokens-page',
    ),
  },
});

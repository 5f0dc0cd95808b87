import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-ATM-SELF',
  title: 'Access Token Management does not create tokens for your own use',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Cannot create access tokens for their own use.'),
    quote(DOC_PAGES.seed, 'Exception: administrators can create tokens for their own use.'),
  ],
  help: 'Add User Access Tokens to the role to let its users create their own tokens.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that Access Token Management does not let a role create tokens for its own use (administrators excepted). A role whose users need their own tokens also needs User Access Tokens.',
  avoid: {
    text: lines(MANAGER, '', 'user "bob@acme.com" { role "Integration Manager" }', '', 'expect "bob@acme.com" as "Integration Manager" can issue-token'),
  },
  prefer: {
    text: lines(
      'role "Integration Manager" {',
      '  permission "Access Token Management" full',
      '  permission "User Access Tokens" full',
      '  two-factor required',
      '}',
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token',
    ),
  },
});

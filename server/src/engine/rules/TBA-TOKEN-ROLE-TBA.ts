import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, MANAGER, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-TOKEN-ROLE-TBA',
  title: 'Tokens are created only for TBA-enabled roles',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.setupRestlets, 'You must create a role that permits logging in using token-based authentication.'),
    quote(DOC_PAGES.setupRestlets, 'You must assign a user to a role with permission to log in by using token-based authentication.'),
    quote(DOC_PAGES.atm, 'For example, they can assign a token to those users who are assigned a role with only the Log in using Access Tokens permission.'),
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the token’s role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that a token can be created only for a TBA-enabled role: one with Log in using Access Tokens (or User Access Tokens). A token for any other role is refused.',
  avoid: {
    text: lines(
      MANAGER,
      'role "Accountant" { id customrole_accountant }',
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "erin@acme.com" { role "Accountant" }',
      '',
      '# Erin’s spreadsheet add-in needs a token.',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "erin@acme.com" as "Accountant"',
    ),
  },
  prefer: {
    text: lines(
      MANAGER,
      'role "Accountant" { id customrole_accountant }',
      '',
      '# A separate, TBA-enabled role for the add-in.',
      'role "Accounting Add-in" {',
      '  permission "Log in using Access Tokens" full',
      '}',
      '',
      'user "bob@acme.com" { role "Integration Manager" }',
      'user "erin@acme.com" {',
      '  role "Accountant"',
      '  role "Accounting Add-in"',
      '}',
      '',
      'expect "bob@acme.com" as "Integration Manager" can issue-token for "erin@acme.com" as "Accounting Add-in"',
    ),
  },
});

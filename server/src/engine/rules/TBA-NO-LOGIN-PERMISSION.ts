import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-NO-LOGIN-PERMISSION',
  title: 'Logging in with tokens needs a TBA login permission',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.seed, 'Can use access tokens to log in through RESTlets or web services.'),
    quote(DOC_PAGES.setupRestlets, 'You must create a role that permits logging in using token-based authentication.'),
  ],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the role.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that a role without Log in using Access Tokens (or User Access Tokens, or the Administrator role) cannot log in with tokens; a permission at level `none` is not held.',
  avoid: {
    text: lines(
      'role "Reporting API" {',
      '  permission "Log in using Access Tokens" none',
      '  web-services-only',
      '}',
      '',
      'user "svc-reports" { role "Reporting API" }',
      '',
      'expect "svc-reports" as "Reporting API" can web-services-login',
    ),
  },
  prefer: {
    text: lines(
      'role "Reporting API" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-reports" { role "Reporting API" }',
      '',
      'expect "svc-reports" as "Reporting API" can web-services-login',
    ),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-LOGIN',
  title: 'Log in using Access Tokens allows token logins through RESTlets and web services',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'Can use access tokens to log in through RESTlets or web services.')],
  help: 'Add Log in using Access Tokens (ADMI_LOGIN_OAUTH) to the role that logs in with tokens.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that Log in using Access Tokens lets a role log in through RESTlets and web services with a token — both. A role meant for SOAP or REST web services only also needs `web-services-only`.',
  avoid: {
    text: lines(
      '# Meant for the SOAP inventory sync only.',
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '}',
      '',
      'user "svc-inventory" { role "SOAP Sync" }',
      '',
      'expect "svc-inventory" as "SOAP Sync" cannot restlet-login',
    ),
  },
  prefer: {
    text: lines(
      '# Meant for the SOAP inventory sync only.',
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-inventory" { role "SOAP Sync" }',
      '',
      'expect "svc-inventory" as "SOAP Sync" can web-services-login',
      'expect "svc-inventory" as "SOAP Sync" cannot restlet-login',
    ),
  },
});

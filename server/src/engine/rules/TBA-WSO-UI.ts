import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-WSO-UI',
  title: 'Web Services Only roles cannot use the NetSuite UI (or the authorization flow) for tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.wsoUser, 'A role designated as Web Services Only prohibits the user from accessing NetSuite through the UI.'),
    quote(
      DOC_PAGES.wsoRole,
      'If a role is designed to be used by programs that integrate with NetSuite through web services, check the Web Services Only Role box to allow NetSuite account access but disallow UI access and privileges.',
    ),
    quote(DOC_PAGES.wsoUser, 'The Web Services Only role does not appear in the Change Role list.'),
    quote(DOC_PAGES.stepTwo, 'If there’s no active NetSuite session, the user’s first sent to the NetSuite login form.'),
    quote(
      DOC_PAGES.stepTwo,
      'If the authenticated user is logged in to an inappropriate role, the user can choose the appropriate role by selecting Change Role on the Consent page.',
    ),
  ],
  help: 'The Settings portlet, the Access Tokens page and step two of the TBA authorization flow (the NetSuite login form and consent page) are the NetSuite UI: act in a role without `web-services-only`, or use the token endpoint for your own tokens.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides that a role with the Web Services Only restriction cannot create or manage tokens through the Settings portlet, the Access Tokens page or the TBA authorization flow: all three go through the NetSuite UI (the flow signs the user in on the NetSuite login form and asks for consent on a NetSuite page, where a Web Services Only role cannot be chosen), which such a role cannot use. The token endpoint is not the UI.',
  avoid: {
    text: lines(
      'role "SOAP Sync" {',
      '  permission "User Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-inventory" { role "SOAP Sync" }',
      '',
      'expect "svc-inventory" as "SOAP Sync" can issue-token via settings-portlet',
    ),
  },
  prefer: {
    text: lines(
      'role "SOAP Sync" {',
      '  permission "User Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-inventory" { role "SOAP Sync" }',
      '',
      'expect "svc-inventory" as "SOAP Sync" can issue-token via issuetoken-endpoint',
      'expect "svc-inventory" as "SOAP Sync" cannot issue-token via settings-portlet',
      'expect "svc-inventory" as "SOAP Sync" cannot issue-token via authorization-flow',
    ),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-UAT-REDUNDANT-LOGIN',
  title: 'ADMI_LOGIN_OAUTH is unnecessary beside ADMI_MANAGE_OWN_OAUTH_TOKENS',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.')],
  help: 'Remove the ADMI_LOGIN_OAUTH `<permission>`: User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) already lets the role log in with its own tokens.',
  uiPath: MANAGE_ROLES_PATH,
};

import { MANAGE_ROLES_PATH, DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-UAT-REDUNDANT-LOGIN',
  title: 'Log in using Access Tokens is unnecessary beside User Access Tokens',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.')],
  help: 'Remove the Log in using Access Tokens permission from this role: User Access Tokens already lets its users log in with their tokens.',
  uiPath: MANAGE_ROLES_PATH,
};

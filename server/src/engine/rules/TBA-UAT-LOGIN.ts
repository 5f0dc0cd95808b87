import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-UAT-LOGIN',
  title: 'User Access Tokens also allows logging in with the tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'The note that a User Access Tokens holder does not also need Log in using Access Tokens: no page says in so many words that User Access Tokens itself logs in with tokens.',
  quotes: [quote(DOC_PAGES.seed, 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.')],
  help: 'User Access Tokens lets a role both create its own tokens and log in with them.',
};

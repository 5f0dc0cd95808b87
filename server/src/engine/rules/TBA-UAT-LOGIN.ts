import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-UAT-LOGIN',
  title: 'User Access Tokens also allows logging in with the tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom: 'The note that User Access Tokens holders do not also need Log in using Access Tokens.',
  quotes: [
    { source: SOURCES.seed, text: 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.' },
    { source: SOURCES.uat, text: "Using such tokens to log in: inferred from the seed's note." },
  ],
  help: 'User Access Tokens lets a role both create its own tokens and log in with them.',
};

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { DEVELOPER, lines, type RuleExamples } from './examples';

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

export const examples = (): RuleExamples => ({
  checks:
    'Decides that User Access Tokens lets a role log in with the tokens it creates, through RESTlets and web services. Inferred from the note that its holders do not also need Log in using Access Tokens.',
  avoid: {
    text: lines(
      DEVELOPER,
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      '# User Access Tokens is not only for creating tokens.',
      'expect "dave@acme.com" as "Developer" cannot restlet-login',
    ),
  },
  prefer: {
    text: lines(
      DEVELOPER,
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      'expect "dave@acme.com" as "Developer" can issue-token',
      'expect "dave@acme.com" as "Developer" can restlet-login',
    ),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'NSR-SYNTAX',
  title: 'Syntax error',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.language,
      'Blocks use `{ }`; one property per line inside a block; a block may also be written on one line with properties separated by `;`',
    ),
  ],
  help: 'Fix the text at the marked place; the message says what was expected.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Text the parser cannot read: a misspelt keyword, a missing `}` or quote, a value where none belongs. Parsing never stops at the first error, so the rest of the file is still checked.',
  avoid: {
    text: lines('role "RESTlet Integration" {', '  permision "Log in using Access Tokens" full', '}', '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
  prefer: {
    text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
});

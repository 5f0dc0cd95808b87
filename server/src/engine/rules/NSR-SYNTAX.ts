import { DOC_PAGES, quote, type RuleMeta } from '../citations';

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

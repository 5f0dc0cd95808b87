import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-SYNTAX',
  title: 'Syntax error',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.language,
      text: 'Blocks use `{ }`; one property per line inside a block; a block may also be written on one line with properties separated by `;`',
    },
  ],
  help: 'Fix the text at the marked place; the message says what was expected.',
};

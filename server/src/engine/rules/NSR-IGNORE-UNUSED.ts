import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'NSR-IGNORE-UNUSED',
  title: 'Ignore comment suppresses nothing',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [{ source: SOURCES.language, text: '`#` starts a comment to end of line.' }],
  help: 'Remove the ignore comment: the next line has no finding of that rule.',
};

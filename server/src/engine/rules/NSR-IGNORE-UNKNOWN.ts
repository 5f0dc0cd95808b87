import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'NSR-IGNORE-UNKNOWN',
  title: 'Ignore comment names an unknown rule',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, '`#` starts a comment to end of line.')],
  help: 'Use a rule id such as TBA-2FA-REQUIRED; `nsroles check --format sarif` lists them all.',
};

export const examples = (): RuleExamples => ({
  checks:
    'A `# nsroles-ignore` comment that names no rule, or a rule id the catalogue does not have — usually a typo, which leaves the finding it meant to silence in place.',
  avoid: {
    text: lines(
      '# The payments service user is created in the next release.',
      '# nsroles-ignore TBA-ROLE-UNASIGNED',
      'role "Payments Connector" {',
      '  permission "Log in using Access Tokens" full',
      '}',
    ),
  },
  prefer: {
    text: lines(
      '# The payments service user is created in the next release.',
      '# nsroles-ignore TBA-ROLE-UNASSIGNED',
      'role "Payments Connector" {',
      '  permission "Log in using Access Tokens" full',
      '}',
    ),
  },
});

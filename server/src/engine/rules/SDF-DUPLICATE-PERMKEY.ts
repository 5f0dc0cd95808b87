import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';

export const rule: RuleMeta = {
  id: 'SDF-DUPLICATE-PERMKEY',
  title: 'The same permkey listed twice in a role',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    "No NetSuite help page says what a role object with one permkey twice means; Oracle's SuiteCloud agent skill (GitHub, oracle/netsuite-suitecloud-sdk) says duplicates are removed, and the language contract makes the first one count.",
  quotes: [
    quote(
      DOC_PAGES.language,
      'Duplicate lines: when a role gives one permission twice, the first line counts everywhere (decisions, lint, hover, simulator), as `NSR-DUPLICATE` already says; in SDF, the first `permkey`.',
    ),
  ],
  help: 'Remove one of the two `<permission>` elements and keep the level you mean.',
};

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object that lists the same `permkey` in two `<permission>` elements. SDF allows each permkey once per role, and the two levels may disagree.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole(
      'customrole_restlet_integration',
      [...BASIC, ['name', 'RESTlet Integration']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_CUSTJOB', 'VIEW'],
        ['ADMI_LOGIN_OAUTH', 'NONE'],
      ],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole(
      'customrole_restlet_integration',
      [...BASIC, ['name', 'RESTlet Integration']],
      [
        ['ADMI_LOGIN_OAUTH', 'FULL'],
        ['LIST_CUSTJOB', 'VIEW'],
      ],
    ),
  },
});

import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'NSR-INCLUDE-MISSING',
  title: 'Included file not found',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'One file describes one NetSuite account (or part of one: see `include`).')],
  help: 'Correct the path: it is relative to the file that has the include line.',
};

export const examples = (): RuleExamples => ({
  checks:
    'An `include` whose file cannot be read. The path is relative to the file with the `include` line; without the file, every role it defines is unknown.',
  avoid: {
    text: lines('include "shared-role.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
    files: { 'shared-roles.nsroles': lines(RESTLET) },
  },
  prefer: {
    text: lines('include "shared-roles.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
    files: { 'shared-roles.nsroles': lines(RESTLET) },
  },
});

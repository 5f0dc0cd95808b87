import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'NSR-INCLUDE-CYCLE',
  title: 'Include cycle',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'One file describes one NetSuite account (or part of one: see `include`).')],
  help: 'Remove one of the include lines so that no file includes itself, directly or through others.',
};

export const examples = (): RuleExamples => ({
  checks:
    'An `include` that leads back to a file already being read, directly or through other files. Includes form a tree: the account file includes the shared files, never the other way round.',
  avoid: {
    text: lines('include "roles.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
    files: {
      'roles.nsroles': lines('# Shared by every account file; including one back makes a cycle.', 'include "account.nsroles"', '', RESTLET),
    },
  },
  prefer: {
    text: lines('include "roles.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
    files: { 'roles.nsroles': lines('# Shared by every account file.', RESTLET) },
  },
});

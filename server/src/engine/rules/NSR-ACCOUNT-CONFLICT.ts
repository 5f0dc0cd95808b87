import { SOURCES } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'NSR-ACCOUNT-CONFLICT',
  title: 'Account settings that contradict each other',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [{ source: SOURCES.language, text: 'One file describes one NetSuite account (or part of one: see `include`).' }],
  help: 'Keep one `account` block per account, or give every block the same name and the same `token-based-authentication` setting; put a second account in its own entry file.',
  check: { account: conflicts },
};

/**
 * Account blocks that disagree: an entry file and what it includes are one NetSuite account,
 * so two names, or TBA enabled in one block and disabled in another, cannot both be true.
 */
function conflicts({ model, add }: LintContext): void {
  const [first, ...rest] = model.accounts;
  if (!first) return;
  for (const a of rest) {
    if (a.key !== first.key) {
      add(
        'NSR-ACCOUNT-CONFLICT',
        a.nameLoc,
        `This is a second account, '${a.name}', beside '${first.name}': an entry file and the files it includes describe one NetSuite account. Give the blocks the same name, or move this account to its own entry file.`,
        { related: [{ loc: first.nameLoc, message: `The account '${first.name}'` }] },
      );
    }
  }
  const setting = (v: boolean) => (v ? 'enabled' : 'disabled');
  const firstTba = model.accounts.find((a) => a.tba);
  if (!firstTba?.tba) return;
  for (const a of model.accounts) {
    if (!a.tba || a.tba.value === firstTba.tba.value) continue;
    add(
      'NSR-ACCOUNT-CONFLICT',
      a.tba.loc,
      `token-based-authentication is ${setting(a.tba.value)} here but ${setting(firstTba.tba.value)} in an earlier account block; an account has one setting, and until they agree the checks take it as disabled.`,
      { related: [{ loc: firstTba.tba.loc, message: `token-based-authentication ${setting(firstTba.tba.value)}` }] },
    );
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'Two `account` blocks of one account that disagree: different names, or `token-based-authentication` enabled in one and disabled in the other, in one file or across an `include`. An entry file and the files it includes describe one NetSuite account, which has one name and one setting; until the blocks agree, the checks take the feature as disabled.',
  avoid: {
    text: lines(
      'include "roles.nsroles"',
      '',
      'account "Acme Production" {',
      '  token-based-authentication enabled',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
    ),
    files: {
      'roles.nsroles': lines(
        '# Copied from the sandbox, account block and all.',
        'account "Acme Production" {',
        '  token-based-authentication disabled',
        '}',
        '',
        RESTLET,
      ),
    },
  },
  prefer: {
    text: lines(
      'include "roles.nsroles"',
      '',
      'account "Acme Production" {',
      '  token-based-authentication enabled',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
    ),
    files: { 'roles.nsroles': lines('# Shared roles: the account block stays in the account file.', RESTLET) },
  },
});

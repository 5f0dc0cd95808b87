import { DOC_PAGES, quote } from '../citations';
import { lines, MANAGER, type RuleExamples } from './examples';
import { statementOf } from '../bind';
import { insertIntoBlock } from '../edits';
import { privilegedGrant } from '../facts';
import type { Finding } from '../finding';
import type { RoleDefinition } from '../model';
import type { Fix, FixContext, LintContext, Rule } from './types';

export const rule: Rule<RoleDefinition> = {
  id: 'TBA-2FA-REQUIRED',
  title: 'Administrator and highly privileged roles require two-factor authentication',
  kind: 'lint',
  severity: 'warning',
  basis: 'inferred',
  inferredFrom:
    'Which permissions make a role highly privileged: Oracle\'s page "Permissions Requiring Two-Factor Authentication (2FA)" renders its list empty, so the engine uses a third-party summary of it (netsuitechangelog.com, "Permissions Requiring Two-Factor Authentication in NetSuite"). That the Administrator role needs 2FA is documented.',
  quotes: [
    quote(
      DOC_PAGES.seed,
      'For enhanced security, two-factor authentication (2FA) is required for all Administrator and other highly privileged roles for access to all NetSuite accounts.',
    ),
    quote(DOC_PAGES.seed, 'This applies to production, sandbox, development, and Release Preview accounts.'),
    quote(DOC_PAGES.mandatory2fa, 'The Administrator and highly privileged roles are designated as 2FA required by default.'),
    quote(DOC_PAGES.mandatory2fa, 'This requirement cannot be removed.'),
    quote(DOC_PAGES.mandatory2fa, 'Certain highly privileged permissions also mandate that a role be 2FA required by default.'),
  ],
  help: 'Write `two-factor required` in the role. NetSuite forces 2FA on these roles whatever the file says, so `not-required` describes a role NetSuite does not have (a warning, not an error: NetSuite itself stores and exports that value).',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Two-Factor Authentication Required',
  check: { role: twoFactor },
  fix: requireTwoFactor,
  autoFix: true,
};

function twoFactor(r: RoleDefinition, { add }: LintContext): void {
  const privileged = privilegedGrant(r);
  // NetSuite ignores the requirement for single sign-on roles (TBA-2FA-SAML-SSO says so instead).
  if (!(r.administrator || privileged) || r.singleSignOnOnly) return;
  const why = r.administrator ? 'the Administrator role' : `highly privileged (it has ${privileged!.info!.name})`;
  if (r.twoFactor?.value === 'not-required') {
    add(
      rule,
      r.twoFactor.loc,
      `Role '${r.name}' is ${why}, so NetSuite requires two-factor authentication whatever the file says; change this to 'two-factor required'.`,
      { data: { kind: 'two-factor', role: r.name, current: 'not-required' }, subject: r },
    );
  } else if (!r.twoFactor) {
    add(rule, r.nameLoc, `Role '${r.name}' is ${why}, so NetSuite requires two-factor authentication; add 'two-factor required'.`, {
      data: { kind: 'two-factor', role: r.name, current: 'missing' },
      subject: r,
    });
  }
}

/** Works on the role the check reported. */
function requireTwoFactor({ file, tree }: FixContext, f: Finding<RoleDefinition>): Fix[] {
  const role = f.subject;
  if (!role) return [];
  // The check reports a role with `two-factor not-required`, or with no two-factor line.
  if (role.twoFactor)
    return [
      {
        title: "Change to 'two-factor required'",
        edits: [{ file, span: role.twoFactor.loc.span, newText: 'two-factor required' }],
        preferred: true,
        auto: true,
      },
    ];
  const stmt = statementOf(tree, role);
  const ins = stmt && insertIntoBlock(tree, stmt, 'two-factor required');
  return ins ? [{ title: "Add 'two-factor required'", edits: [{ file, ...ins }], preferred: true, auto: true }] : [];
}

export const examples = (): RuleExamples => ({
  checks:
    'The Administrator role and every role holding a highly privileged permission (Access Token Management among them) without `two-factor required`. NetSuite requires 2FA on these roles in every account type and does not let it be removed; `two-factor not-required` on such a role is an error.',
  avoid: {
    text: lines('role "Integration Manager" {', '  permission "Access Token Management" full', '}', '', 'user "bob@acme.com" { role "Integration Manager" }'),
  },
  prefer: {
    text: lines(MANAGER, '', 'user "bob@acme.com" { role "Integration Manager" }'),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { lines, type RuleExamples } from './examples';
import { privilegedGrant } from '../facts';
import type { RoleDefinition } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'TBA-2FA-SAML-SSO',
  title: 'The 2FA requirement is ignored for single sign-on roles',
  kind: 'lint',
  severity: 'hint',
  basis: 'inferred',
  inferredFrom:
    'NetSuite says the 2FA requirement is ignored for a SAML single sign-on role; the engine treats a role marked `single-sign-on-only` as such a role.',
  quotes: [
    quote(DOC_PAGES.permissions2fa, 'If a role is already designated as a SAML Single Sign-on (SSO) role, the 2FA requirement is ignored.'),
    quote(DOC_PAGES.permissions2fa, 'The requirement for SAML SSO authentication takes precedence.'),
    quote(DOC_PAGES.sso, "You don't have to check the box if you want to use SAML single sign-on, because it's single sign-on only by default."),
  ],
  help: 'The role’s single sign-on takes precedence over its 2FA requirement; keep `two-factor required` only if the role may also be used without SAML single sign-on.',
  check: { role: singleSignOn },
};

function singleSignOn(r: RoleDefinition, { add }: LintContext): void {
  if (r.singleSignOnOnly && (r.twoFactor?.value === 'required' || r.administrator || privilegedGrant(r))) {
    add(
      'TBA-2FA-SAML-SSO',
      r.twoFactor?.loc ?? r.singleSignOnOnly.loc,
      `Role '${r.name}' is a single sign-on role: NetSuite ignores its 2FA requirement, as SAML single sign-on takes precedence.`,
      { related: [{ loc: r.singleSignOnOnly.loc, message: 'Single Sign-On Only' }] },
    );
  }
}

export const examples = (): RuleExamples => ({
  checks: 'Notes that NetSuite ignores the 2FA requirement of a single sign-on role (SAML single sign-on takes precedence).',
  avoid: { text: lines('role "Finance SSO" {', '  single-sign-on-only', '  two-factor required', '}') },
  prefer: { text: lines('role "Finance SSO" {', '  single-sign-on-only', '}') },
});

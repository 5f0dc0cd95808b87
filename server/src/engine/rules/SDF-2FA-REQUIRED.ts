import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { firstGrants } from '../facts';
import { insertAfter, insertFirstChild, replaceSpan, sdfEditFixes } from '../sdf/edits';
import { CUSTOMER_CENTER, tfaOff } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-2FA-REQUIRED',
  title: 'Highly privileged SDF roles require two-factor authentication',
  kind: 'lint',
  severity: 'warning',
  basis: 'inferred',
  inferredFrom:
    'Which permissions make a role highly privileged: Oracle\'s page "Permissions Requiring Two-Factor Authentication (2FA)" renders its list empty, so the engine uses a third-party summary of it (netsuitechangelog.com, "Permissions Requiring Two-Factor Authentication in NetSuite"). That the Administrator role needs 2FA is documented. The Core Administration Permissions box (coreadminpermission) counts as highly privileged, and Single Sign-On Only roles are treated as SAML single sign-on roles.',
  quotes: [
    quote(
      DOC_PAGES.seed,
      'For enhanced security, two-factor authentication (2FA) is required for all Administrator and other highly privileged roles for access to all NetSuite accounts.',
    ),
    quote(DOC_PAGES.mandatory2fa, 'The Administrator and highly privileged roles are designated as 2FA required by default.'),
    quote(DOC_PAGES.mandatory2fa, 'This requirement cannot be removed.'),
    quote(DOC_PAGES.mandatory2fa, 'Certain highly privileged permissions also mandate that a role be 2FA required by default.'),
    quote(DOC_PAGES.permissions2fa, 'If a role is already designated as a SAML Single Sign-on (SSO) role, the 2FA requirement is ignored.'),
    quote(
      DOC_PAGES.designate2fa,
      'The 2FA-required designation can be applied to most roles, including Employee Center, Partner Center, and Vendor Center roles, but not to Customer Center roles.',
    ),
  ],
  help: 'Set `<tfarequired>` to a value other than OFF, with a `<tfaduration>`. NetSuite forces 2FA on roles with a highly privileged permission or `<coreadminpermission>T</coreadminpermission>` whatever the XML says; roles with `<issinglesignononly>T</issinglesignononly>` are exempt, and so are Customer Center roles (`<centertype>CUSTOMER</centertype>`), which NetSuite cannot make 2FA-required.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Two-Factor Authentication Required',
  check: { sdfRole: twoFactorRequired },
  sdfFix: sdfEditFixes,
};

/** A highly privileged role whose file says tfarequired OFF, or says nothing. */
function twoFactorRequired(f: SdfRole, { add, twoFactor: values }: SdfRuleContext): void {
  const o = f.object;
  const why = privilegeOf(f);
  if (!why || o.fields.get('issinglesignononly')?.value === 'T') return;
  // NetSuite cannot make a Customer Center role 2FA-required, so asking for it would be wrong.
  if (o.fields.get('centertype')?.value === CUSTOMER_CENTER) return;
  const tfa = o.fields.get('tfarequired');
  const dur = o.fields.get('tfaduration');
  const durLine = `<tfaduration>${values.tfaduration}</tfaduration>`;
  const title = `Set tfarequired to ${values.tfarequired} with tfaduration ${values.tfaduration}`;
  if (tfa && tfaOff(tfa.value)) {
    // An empty <tfarequired/> keeps the default, OFF; the fix rewrites the whole element then.
    const written = tfa.value ? `tfarequired ${tfa.value}` : 'An empty tfarequired (OFF, the default)';
    const edits = [tfa.value ? replaceSpan(tfa.span, values.tfarequired) : replaceSpan(tfa.element.span, `<tfarequired>${values.tfarequired}</tfarequired>`)];
    if (!dur) edits.push(insertAfter(f.doc, tfa.element, [durLine]));
    add(
      'SDF-2FA-REQUIRED',
      tfa.value ? tfa.span : tfa.element.span,
      `NetSuite requires two-factor authentication for this role whatever the file says: it is highly privileged (${why}), and NetSuite sets such roles as 2FA required by default. ${written} disagrees with what NetSuite enforces; set it to require 2FA. (Which permissions are highly privileged comes from a third-party copy of NetSuite's list.)`,
      { data: { kind: 'sdf-edits', action: 'set-two-factor', fixes: [{ title, edits, preferred: true }] } },
    );
  } else if (!tfa) {
    const lines = [`<tfarequired>${values.tfarequired}</tfarequired>`, ...(dur ? [] : [durLine])];
    const anchor = o.fields.get('name')?.element;
    const edit = anchor ? insertAfter(f.doc, anchor, lines) : insertFirstChild(f.doc, o.root, lines);
    add(
      'SDF-2FA-REQUIRED',
      o.scriptid?.valueSpan ?? o.root.nameSpan,
      `NetSuite requires two-factor authentication for this role: it is highly privileged (${why}). Add <tfarequired> with a value other than OFF so the file says what NetSuite enforces. (Which permissions are highly privileged comes from a third-party copy of NetSuite's list.)`,
      {
        data: { kind: 'sdf-edits', action: 'set-two-factor', fixes: [{ title, edits: [edit], preferred: true }] },
      },
    );
  }
}

/** Why the role is highly privileged, in NetSuite's words, or undefined. */
function privilegeOf(f: SdfRole): string | undefined {
  if (f.object.fields.get('coreadminpermission')?.value === 'T') return 'Core Administration Permissions, coreadminpermission T';
  const g = (f.role ? firstGrants(f.role) : []).find((p) => p.info?.highlyPrivileged && p.level !== 'none');
  return g ? `it has ${g.info!.name}, ${g.info!.id}` : undefined;
}

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object that holds a highly privileged permission (such as ADMI_MANAGE_OAUTH_TOKENS) or `<coreadminpermission>T</coreadminpermission>` but has no `<tfarequired>`, or has it OFF. NetSuite requires 2FA on these roles whatever the XML says; SAML SSO-only roles and Customer Center roles (`<centertype>CUSTOMER</centertype>`) are exempt.',
  avoid: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'OFF']],
      [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_integration_manager.xml`,
    text: sdfRole(
      'customrole_integration_manager',
      [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'SMS'], ['tfaduration', '0']],
      [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
    ),
  },
});

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'SDF-2FA-REQUIRED',
  title: 'Highly privileged SDF roles require two-factor authentication',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.seed,
      text: 'For enhanced security, two-factor authentication (2FA) is required for all Administrator and other highly privileged roles for access to all NetSuite accounts.',
    },
    { source: SOURCES.mandatory2fa, text: 'roles holding certain permissions are 2FA-required by default and this cannot be removed.' },
    { source: SOURCES.mandatory2fa, text: 'Core Administration Permissions (`ADMI_KERNEL`)' },
    { source: SOURCES.mandatory2fa, text: 'A SAML SSO-only role ignores the 2FA requirement.' },
  ],
  help: 'Set `<tfarequired>` to a value other than OFF, with a `<tfaduration>`. NetSuite forces 2FA on roles with a highly privileged permission or `<coreadminpermission>T</coreadminpermission>` whatever the XML says; roles with `<issinglesignononly>T</issinglesignononly>` are exempt.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Two-Factor Authentication Required',
};

import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-2FA-REQUIRED',
  title: 'Administrator and highly privileged roles require two-factor authentication',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    {
      source: SOURCES.seed,
      text: 'For enhanced security, two-factor authentication (2FA) is required for all Administrator and other highly privileged roles for access to all NetSuite accounts.',
    },
    { source: SOURCES.seed, text: 'This applies to production, sandbox, development, and Release Preview accounts.' },
    { source: SOURCES.mandatory2fa, text: 'roles holding certain permissions are 2FA-required by default and this cannot be removed.' },
  ],
  help: 'Write `two-factor required` in the role. NetSuite forces 2FA on these roles whatever the file says; `not-required` cannot be deployed.',
  uiPath: 'Setup > Users/Roles > User Management > Manage Roles > (role) > Two-Factor Authentication Required',
};

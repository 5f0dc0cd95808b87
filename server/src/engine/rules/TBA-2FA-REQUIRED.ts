import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
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
};

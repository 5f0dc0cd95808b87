import { DOC_PAGES, quote, type RuleMeta } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-2FA-CUSTOMER-CENTER',
  title: 'Two-factor authentication cannot be required for Customer Center roles',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.designate2fa,
      'The 2FA-required designation can be applied to most roles, including Employee Center, Partner Center, and Vendor Center roles, but not to Customer Center roles.',
    ),
  ],
  help: 'Remove `two-factor required` from the Customer Center role: NetSuite cannot apply it.',
  uiPath: 'Setup > Users/Roles > Two-Factor Authentication Roles',
  remedyUrl: DOC_PAGES.designate2fa.url,
};

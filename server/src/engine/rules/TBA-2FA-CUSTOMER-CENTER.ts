import { DOC_PAGES, quote } from '../citations';
import { lines, type RuleExamples } from './examples';
import type { RoleDefinition } from '../model';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
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
  check: { role: customerCenter },
};

function customerCenter(r: RoleDefinition, { add }: LintContext): void {
  if (r.twoFactor?.value === 'required' && r.center?.value === 'customer') {
    add('TBA-2FA-CUSTOMER-CENTER', r.twoFactor.loc, `Role '${r.name}' is a Customer Center role: NetSuite cannot make it 2FA-required; remove this line.`, {
      related: [{ loc: r.center.loc, message: 'Customer Center' }],
    });
  }
}

export const examples = (): RuleExamples => ({
  checks: 'Reports `two-factor required` on a Customer Center role: NetSuite cannot apply the 2FA-required designation to Customer Center roles.',
  avoid: { text: lines('role "Customer Portal" {', '  center customer', '  two-factor required', '}') },
  prefer: { text: lines('role "Customer Portal" {', '  center customer', '}') },
});

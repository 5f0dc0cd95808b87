import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-2FA-OTP',
  title: 'The issuetoken endpoint needs a one-time password for 2FA roles',
  kind: 'decision',
  severity: 'information',
  basis: 'documented',
  quotes: [
    { source: SOURCES.issueToken, text: 'The issuetoken call for a 2FA-required role needs a one-time password (nlauth_otp).' },
    {
      source: SOURCES.tba,
      text: 'TBA works with 2FA-required roles and SAML SSO roles; with a 2FA-required role, user credentials (not tokens) cannot be used for API access.',
    },
  ],
  help: 'Send the one-time password (nlauth_otp) with the issuetoken call.',
};

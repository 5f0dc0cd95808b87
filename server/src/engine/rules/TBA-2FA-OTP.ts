import { DOC_PAGES, quote, type RuleMeta } from '../citations';
import { lines, type RuleExamples } from './examples';

export const rule: RuleMeta = {
  id: 'TBA-2FA-OTP',
  title: 'The issuetoken endpoint needs a one-time password for 2FA roles',
  kind: 'decision',
  severity: 'information',
  basis: 'inferred',
  inferredFrom:
    "Oracle's page says the issuetoken endpoint was extended for required 2FA with the nlauth_otp parameter, but calls the parameter optional, and its text on a call without one is cut off in every stored copy: that a 2FA-required role must send it is inferred.",
  quotes: [
    quote(DOC_PAGES.otp, 'To accommodate the requirement for required 2FA for highly privileged roles, the issuetoken endpoint was extended.'),
    quote(DOC_PAGES.otp, 'The NLAuth authentication header includes an optional parameter, nlauth_otp.'),
    quote(DOC_PAGES.otp, 'An authenticator app must generate the verification code included in an NLAuth header.'),
    quote(DOC_PAGES.tba, 'When using any 2FA-required role, it is not possible to use user credentials with TBA integrations.'),
  ],
  help: 'Send the one-time password (nlauth_otp) with the issuetoken call.',
};

export const examples = (): RuleExamples => ({
  checks:
    'Decides nothing by itself: it is cited when a role that requires two-factor authentication creates its own token through the issuetoken endpoint, which works, but only with a one-time password (`nlauth_otp`) in the call.',
  avoid: {
    text: lines(
      'role "Developer" {',
      '  permission "User Access Tokens" full',
      '  two-factor required',
      '}',
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      '# 2FA does not shut the token endpoint: the call needs a one-time password.',
      'expect "dave@acme.com" as "Developer" cannot issue-token via issuetoken-endpoint',
    ),
  },
  prefer: {
    text: lines(
      'role "Developer" {',
      '  permission "User Access Tokens" full',
      '  two-factor required',
      '}',
      '',
      'user "dave@acme.com" { role "Developer" }',
      '',
      '# The script sends nlauth_otp with the issuetoken call.',
      'expect "dave@acme.com" as "Developer" can issue-token via issuetoken-endpoint',
    ),
  },
});

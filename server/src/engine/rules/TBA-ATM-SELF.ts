import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ATM-SELF',
  title: 'Access Token Management does not create tokens for your own use',
  kind: 'decision',
  severity: 'error',
  basis: 'documented',
  quotes: [
    { source: SOURCES.seed, text: 'Cannot create access tokens for their own use.' },
    { source: SOURCES.seed, text: 'Exception: administrators can create tokens for their own use.' },
  ],
  help: 'Add User Access Tokens to the role to let its users create their own tokens.',
};

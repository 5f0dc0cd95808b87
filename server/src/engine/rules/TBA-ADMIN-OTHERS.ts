import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-ADMIN-OTHERS',
  title: 'Administrators may create tokens for users in non-Administrator roles',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'The Administrator role holds every permission, Access Token Management included, and the docs say administrators cannot create tokens for other administrators — which leaves other users allowed.',
  quotes: [{ source: SOURCES.seed, text: 'Administrators can create tokens for themselves, but not for other administrators.' }],
  help: 'Administrators create tokens for other users on Setup > Users/Roles > Access Tokens.',
  uiPath: 'Setup > Users/Roles > Access Tokens > New Access Token',
};

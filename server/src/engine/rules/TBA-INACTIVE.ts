import { RuleMeta, SOURCES } from '../citations';

export const rule: RuleMeta = {
  id: 'TBA-INACTIVE',
  title: 'Inactive users and roles cannot use or be given tokens',
  kind: 'decision',
  severity: 'error',
  basis: 'inferred',
  inferredFrom: 'NetSuite documents that an inactive user or role fails to log in with OAuth 2.0 (EntityOrRoleDisabled); the same is assumed for TBA.',
  quotes: [{ source: SOURCES.revoke, text: 'Inactive user or role → login fails: documented for OAuth 2.0 (EntityOrRoleDisabled), inferred for TBA.' }],
  help: 'Reactivate the user or role (remove `inactive`), or use another one.',
};

import { AccountIndex, type AccountModel, ATM, LOGIN, tbaEnabled, UAT } from '../../server/src/engine';
import type { AccountSpec, GrantSpec, IntegrationSpec, Perm, RoleSpec } from './account';

const PERM_OF: Record<string, Perm> = { [ATM]: 'atm', [UAT]: 'uat', [LOGIN]: 'login' };

/**
 * A hand-written account (the examples) as a spec, so Cedar can be asked about it too. This
 * reads the engine's bound model, so it checks the rules on realistic data, not the binding.
 */
export function specOfModel(model: AccountModel): AccountSpec {
  const index = new AccountIndex(model);
  const roles = [...index.roles.values()];
  const roleSpecs: RoleSpec[] = roles.map((r) => ({
    name: r.name,
    id: r.id?.value ?? '',
    administrator: r.administrator !== undefined,
    wso: r.webServicesOnly !== undefined,
    sso: r.singleSignOnOnly !== undefined,
    inactive: r.inactive !== undefined,
    grants: r.permissions.flatMap((g): GrantSpec[] => {
      const perm = g.info ? PERM_OF[g.info.id] : undefined;
      return perm ? [{ perm, form: 'id', level: g.level as GrantSpec['level'] }] : [];
    }),
    noise: 'none',
    oneLine: false,
  }));
  return {
    tba: tbaEnabled(model) ? 'absent' : 'disabled',
    roles: roleSpecs,
    users: [...index.users.values()].map((u) => ({
      name: u.name,
      roles: index.rolesOf(u).map((r) => ({ role: roles.indexOf(r), form: 'name' as const })),
      inactive: u.inactive !== undefined,
      oneLine: false,
    })),
    integrations: [...index.integrations.values()].map((i): IntegrationSpec => ({
      name: i.name,
      tba: i.tba ? (i.tba.value ? 'enabled' : 'disabled') : 'absent',
      state: i.state?.value ?? 'absent',
      authorizationFlow: i.authorizationFlow ? (i.authorizationFlow.value ? 'enabled' : 'disabled') : 'absent',
      callbackUrl: i.callbackUrl !== undefined && i.callbackUrl.value !== '',
      issueTokenEndpoint: i.issueTokenEndpoint ? (i.issueTokenEndpoint.value ? 'enabled' : 'disabled') : 'absent',
      oneLine: false,
    })),
    ask: 'name',
  };
}

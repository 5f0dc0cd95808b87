/**
 * Snapshot mode: the account's access compared with a committed `nsroles matrix --format json`
 * (an access lock). One NSR-ACCESS-CHANGED finding per (user, held role) × action × target
 * whose decision differs, on the line that now settles it.
 */
import type { Action } from '../../../shared/protocol/vocabulary';
import { citationsOf } from './citations';
import type { Finding } from './finding';
import type { LoadedAccount } from './load';
import { accountIndexOf } from './lookup';
import { buildMatrix } from './matrix';
import type { RoleDefinition, UserDefinition } from './model';
import { ATM, LOGIN, UAT } from './permissions';
import { rule } from './rules';
import type { Location } from './text';
import { nameKey } from './vocabulary';

/** A row of the lock file, as `matrix --format json` writes it. */
export interface LockRow {
  user: string;
  role: string;
  action: Action;
  target: { user: string; role: string } | null;
  decision: 'allow' | 'deny';
}

const keyOf = (r: Pick<LockRow, 'user' | 'role' | 'action' | 'target'>) =>
  [nameKey(r.user), nameKey(r.role), r.action, r.target ? nameKey(r.target.user) : '', r.target ? nameKey(r.target.role) : ''].join('\u0000');

function describe(r: Pick<LockRow, 'user' | 'role' | 'action' | 'target'>): string {
  const own = !r.target || (nameKey(r.target.user) === nameKey(r.user) && nameKey(r.target.role) === nameKey(r.role));
  const target = r.target ? (own ? ' (own token)' : ` for '${r.target.user}' as '${r.target.role}'`) : '';
  return `'${r.user}' as '${r.role}': ${r.action}${target}`;
}

/** The line that settles a decision now: the permission, flag or assignment its rule turns on. */
function responsible(loaded: LoadedAccount, row: LockRow, settledBy: string): Location {
  const index = accountIndexOf(loaded.model);
  const user = index.user(row.user);
  const role = index.role(row.role);
  const targetUser = row.target ? index.user(row.target.user) : undefined;
  const targetRole = row.target ? index.role(row.target.role) : undefined;
  const grant = (r: RoleDefinition | undefined, id: string) => r?.permissions.find((g) => g.info?.id === id)?.loc;
  const assignment = (u: UserDefinition | undefined, r: RoleDefinition | undefined) => (u && r ? u.roles.find((ref) => index.role(ref) === r)?.loc : undefined);
  const byRule: Record<string, (Location | undefined)[]> = {
    'TBA-LOGIN': [grant(role, LOGIN)],
    'TBA-UAT-LOGIN': [grant(role, UAT)],
    'TBA-UAT-OWN': [grant(role, UAT)],
    'TBA-ATM-OTHERS': [grant(role, ATM)],
    'TBA-ATM-SELF': [grant(role, ATM)],
    'TBA-ATM-NO-LOGIN': [grant(role, ATM)],
    'TBA-LOGIN-NO-ISSUE': [grant(role, LOGIN)],
    'TBA-ADMIN-LOGIN': [role?.administrator?.loc],
    'TBA-ADMIN-SELF': [role?.administrator?.loc],
    'TBA-ADMIN-OTHERS': [role?.administrator?.loc],
    'TBA-ADMIN-TARGET': [targetRole?.administrator?.loc],
    'TBA-WSO-RESTLET': [role?.webServicesOnly?.loc],
    'TBA-INACTIVE': [user?.inactive?.loc, role?.inactive?.loc, targetUser?.inactive?.loc, targetRole?.inactive?.loc],
    'TBA-FEATURE-DISABLED': loaded.model.accounts.map((a) => a.tba?.loc),
    'TBA-TOKEN-ROLE-TBA': [targetRole?.loc],
    'TBA-ROLE-NOT-HELD': [targetUser && targetRole ? targetUser.loc : undefined],
  };
  const entry = loaded.model.files[0] ?? '';
  const fallback = [assignment(user, role), user?.loc, role?.loc, loaded.model.accounts[0]?.loc];
  return [...(byRule[settledBy] ?? []), ...fallback].find((l): l is Location => l !== undefined) ?? { file: entry, span: { start: 0, end: 0 } };
}

/**
 * The findings for every decision of the accounts (together: the lock's account may be several
 * files) that differs from the lock's. A pair the lock or the account lacks counts as denied.
 */
export function accessLockFindings(accounts: LoadedAccount[], lock: readonly LockRow[], lockName: string): Finding[] {
  const locked = new Map<string, LockRow>();
  for (const r of lock) if (!locked.has(keyOf(r))) locked.set(keyOf(r), r);
  const meta = rule('NSR-ACCESS-CHANGED');
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // A lock written with `--targets none` lists own tokens only: compare only those, or every
  // other target it leaves out would read as a change.
  const own = (r: Pick<LockRow, 'user' | 'role' | 'target'>) =>
    !r.target || (nameKey(r.target.user) === nameKey(r.user) && nameKey(r.target.role) === nameKey(r.role));
  const expandTargets = lock.some((r) => !own(r));
  for (const loaded of accounts) {
    for (const cell of buildMatrix(loaded.model, { expandTargets })) {
      const k = keyOf(cell);
      seen.add(k);
      const was = locked.get(k)?.decision ?? 'deny';
      if (was === cell.decision) continue;
      const now = cell.decision === 'allow' ? 'now allowed' : 'now denied';
      findings.push({
        rule: meta.id,
        severity: meta.severity,
        loc: responsible(loaded, cell, cell.rule),
        message: `${describe(cell)} is ${now} (${cell.rule}); ${lockName} says ${was}. Review the change, then write the snapshot again if it is intended.`,
        citations: citationsOf(meta),
      });
    }
  }
  // Allowed in the lock, and no such (user, role) or target any more: revoked.
  const first = accounts[0];
  if (!first) return findings;
  for (const [k, r] of locked) {
    if (seen.has(k) || r.decision !== 'allow') continue;
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      loc: responsible(first, r, 'TBA-ROLE-NOT-HELD'),
      message: `${describe(r)} is now denied (the user no longer holds the role, or a name changed); ${lockName} says allow. Review the change, then write the snapshot again if it is intended.`,
      citations: citationsOf(meta),
    });
  }
  return findings;
}

import { decide, type DecisionRequest, type Verdict } from './decide';
import { type Facts, OverlayFacts, type RoleFacts, type UserFacts } from './facts';
import { ATM, LOGIN, PERMISSIONS, type TbaPermissionId, UAT } from './permissions';
import { CHANNELS, isTokenAction } from './vocabulary';

import type { ModelChange, Suggestion } from '../../../shared/protocol/wire';
export type { ModelChange, Suggestion } from '../../../shared/protocol/wire';

const TBA_PERMS: readonly TbaPermissionId[] = [LOGIN, UAT, ATM];
const NAME = new Map(PERMISSIONS.filter((p) => p.tba).map((p) => [p.id, p.name]));

/** A change in words; with the facts it applies to, an addition that corrects a near miss says so. */
export function describeChange(c: ModelChange, facts?: Facts): string {
  switch (c.kind) {
    case 'add-permission': {
      const near = facts?.role(c.role)?.nearMisses?.get(c.permission);
      if (near) return `correct ${near} in role "${c.role}" to permission "${NAME.get(c.permission)}" full`;
      return `add the permission "${NAME.get(c.permission)}" (${c.permission}) to role "${c.role}"`;
    }
    case 'remove-permission':
      return `remove the permission "${NAME.get(c.permission)}" (${c.permission}) from role "${c.role}"`;
    case 'assign-role':
      return `assign role "${c.role}" to user "${c.user}"`;
    case 'unassign-role':
      return `remove role "${c.role}" from user "${c.user}"`;
    case 'set-role-flag':
      return `${c.value ? 'mark' : 'unmark'} role "${c.role}" as ${c.flag}`;
    case 'set-user-inactive':
      return c.value ? `mark user "${c.user}" inactive` : `reactivate user "${c.user}"`;
    case 'enable-tba':
      return 'enable the Token-based Authentication feature for the account';
    case 'use-channel':
      return `use the ${c.channel} channel instead`;
  }
}

/** Single changes worth trying for this request, in the order they are offered. */
function candidates(facts: Facts, req: DecisionRequest, current: Verdict): ModelChange[] {
  const out: ModelChange[] = [];
  if (!facts.tbaEnabled) out.push({ kind: 'enable-tba' });
  const actor = facts.user(req.user);
  const role = facts.role(req.role);
  const roleChanges = (r: RoleFacts | undefined) => {
    if (!r) return;
    for (const p of TBA_PERMS) {
      out.push(r.permissions.has(p) ? { kind: 'remove-permission', role: r.name, permission: p } : { kind: 'add-permission', role: r.name, permission: p });
    }
    if (r.webServicesOnly) out.push({ kind: 'set-role-flag', role: r.name, flag: 'web-services-only', value: false });
    else if (req.action === 'restlet-login') out.push({ kind: 'set-role-flag', role: r.name, flag: 'web-services-only', value: true });
    out.push({ kind: 'set-role-flag', role: r.name, flag: 'inactive', value: !r.inactive });
  };
  const userChanges = (u: UserFacts | undefined, r: RoleFacts | undefined) => {
    if (!u) return;
    if (r) out.push(u.roles.has(r.key) ? { kind: 'unassign-role', user: u.name, role: r.name } : { kind: 'assign-role', user: u.name, role: r.name });
    out.push({ kind: 'set-user-inactive', user: u.name, value: !u.inactive });
  };
  roleChanges(role);
  userChanges(actor, role);
  if (isTokenAction(req.action) && req.target) {
    const tu = facts.user(req.target.user);
    const tr = facts.role(req.target.role);
    if (tr && tr.key !== role?.key) roleChanges(tr);
    if (tu && tu.key !== actor?.key) userChanges(tu, tr);
    else if (tu && tr && tr.key !== role?.key) userChanges(tu, tr);
  }
  if (isTokenAction(req.action)) {
    for (const ch of CHANNELS) if (ch !== current.channel) out.push({ kind: 'use-channel', channel: ch });
  }
  return dedupe(out);
}

function dedupe(changes: ModelChange[]): ModelChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const k = JSON.stringify(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function apply(base: Facts, req: DecisionRequest, changes: ModelChange[]): { facts: Facts; req: DecisionRequest } {
  const o = new OverlayFacts(base);
  let r = req;
  for (const c of changes) {
    switch (c.kind) {
      case 'enable-tba':
        o.tbaEnabled = true;
        o.tbaAssumed = false;
        break;
      case 'use-channel':
        r = { ...r, channel: c.channel };
        break;
      case 'add-permission':
      case 'remove-permission': {
        const role = o.role(c.role)!;
        const perms = new Set(role.permissions);
        if (c.kind === 'add-permission') perms.add(c.permission);
        else perms.delete(c.permission);
        o.setRole({ ...role, permissions: perms });
        break;
      }
      case 'set-role-flag': {
        const role = o.role(c.role)!;
        o.setRole(c.flag === 'inactive' ? { ...role, inactive: c.value } : { ...role, webServicesOnly: c.value });
        break;
      }
      case 'assign-role':
      case 'unassign-role': {
        const user = o.user(c.user)!;
        const key = o.role(c.role)!.key;
        const roles = new Set(user.roles);
        if (c.kind === 'assign-role') roles.add(key);
        else roles.delete(key);
        o.setUser({ ...user, roles });
        break;
      }
      case 'set-user-inactive': {
        const user = o.user(c.user)!;
        o.setUser({ ...user, inactive: c.value });
        break;
      }
    }
  }
  return { facts: o, req: r };
}

/**
 * The smallest changes that flip the decision: every single change that does, or, when
 * none does, pairs of changes. Each is verified by deciding again on the changed account.
 */
export function suggest(facts: Facts, req: DecisionRequest, current: Verdict = decide(facts, req), limit = 6): Suggestion[] {
  const singles = candidates(facts, req, current);
  const found: Suggestion[] = [];
  const tryChanges = (changes: ModelChange[]) => {
    const next = apply(facts, req, changes);
    const v = decide(next.facts, next.req);
    if (v.decision !== current.decision) {
      found.push({ text: capitalize(changes.map((c) => describeChange(c, facts)).join(', and ')), changes, result: v.decision });
    }
  };
  for (const c of singles) tryChanges([c]);
  if (found.length === 0) {
    for (let i = 0; i < singles.length && found.length < limit; i++) {
      for (let j = i + 1; j < singles.length && found.length < limit; j++) {
        if (singles[i].kind === 'use-channel' && singles[j].kind === 'use-channel') continue;
        tryChanges([singles[i], singles[j]]);
      }
    }
  }
  return rank(found).slice(0, limit);
}

// Prefer granting over revoking, and model changes over a different channel, when both flip it.
function rank(list: Suggestion[]): Suggestion[] {
  const weight = (s: Suggestion) =>
    s.changes.reduce((w, c) => w + (c.kind === 'use-channel' ? 2 : c.kind.startsWith('set-') ? 1 : 0), 0) + s.changes.length * 10;
  return [...list].sort((a, b) => weight(a) - weight(b));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

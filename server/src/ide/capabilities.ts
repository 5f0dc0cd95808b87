import {
  decide,
  eachActorPair,
  type DecisionRequest,
  type Facts,
  factsOf,
  firstGrants,
  type RoleDefinition,
  type UserDefinition,
  type UserFacts,
  type Verdict,
} from '../engine';
import type { Analysis } from './analysis';

/** What a role lets its holders do, decided by the engine for a holder of only that role. */
export interface RoleCapabilities {
  restletLogin: Verdict;
  webServicesLogin: Verdict;
  /** Own tokens through the Settings portlet link and through the issuetoken endpoint. */
  ownPortlet: Verdict;
  ownEndpoint: Verdict;
  /** Every (user, held role) of the account the role may issue a token for. */
  othersAllowed: { user: string; role: string }[];
  /** Why not, when it may issue for nobody else. */
  othersDenied?: Verdict;
  /** `forced`: NetSuite requires it whatever the role says (Administrator, highly privileged). */
  twoFactor: { required: boolean; why: string; forced?: boolean };
  holders: UserDefinition[];
  /** The decision budget ran out before every target was asked: othersAllowed is incomplete. */
  partial?: boolean;
}

/** Options for many roles in a row: the targets listed once, and a cap on decisions overall. */
export interface CapabilityOptions {
  pairs?: { user: string; role: string }[];
  budget?: { decisions: number };
}

/**
 * Decisions one role's capabilities may take when the editor asks for them one at a time (a
 * resolved completion proposal, a resolved code lens): every (user, role) target of the 10k-line
 * bench account, ~15 ms. A token manager in a 100k-line account (20,000 targets, 80–200 ms) must
 * not hold up the next keystroke.
 */
export const RESOLVE_DECISIONS = 2_500;

const PROBE = '\u0000holder';
const ROLE_REASONS = new Set(['TBA-OTHERS-NEED-ATM', 'TBA-FEATURE-DISABLED', 'TBA-INACTIVE']);
const ROLE_WIDE = new Set(['TBA-OTHERS-NEED-ATM', 'TBA-FEATURE-DISABLED']);

/** Facts with one extra, active user who holds only the given role. */
class ProbeFacts implements Facts {
  readonly tbaEnabled: boolean;
  private readonly probe: UserFacts;

  constructor(
    private readonly base: Facts,
    roleKey: string,
  ) {
    this.tbaEnabled = base.tbaEnabled;
    this.probe = { key: PROBE, name: 'a holder', roles: new Set([roleKey]), inactive: false };
  }

  role(ref: string) {
    return this.base.role(ref);
  }

  user(name: string) {
    return name === PROBE ? this.probe : this.base.user(name);
  }

  users() {
    return this.base.users();
  }

  integration(name: string) {
    return this.base.integration(name);
  }
}

export function roleCapabilities(a: Analysis, role: RoleDefinition, opts: CapabilityOptions = {}): RoleCapabilities {
  const facts = new ProbeFacts(factsOf(a.loaded.model, a.index), role.key);
  const ask = (req: Omit<DecisionRequest, 'user' | 'role'>) => decide(facts, { user: PROBE, role: role.name, ...req });
  const othersAllowed: { user: string; role: string }[] = [];
  let othersDenied: Verdict | undefined;
  let partial = false;
  // Pairs one at a time: most roles are settled by the first target (no Access Token Management).
  for (const t of opts.pairs ?? eachActorPair(a.index)) {
    if (opts.budget && opts.budget.decisions-- <= 0) {
      partial = true;
      break;
    }
    const v = ask({ action: 'issue-token', target: t });
    if (v.decision === 'allow') othersAllowed.push(t);
    // A reason about the acting role says more than one about a particular target.
    else if (!othersDenied || (ROLE_REASONS.has(v.rule) && !ROLE_REASONS.has(othersDenied.rule))) othersDenied = v;
    // Denied for the role itself: every other target is denied too, so stop asking.
    if (ROLE_WIDE.has(othersDenied?.rule ?? '')) break;
  }
  return {
    restletLogin: ask({ action: 'restlet-login' }),
    webServicesLogin: ask({ action: 'web-services-login' }),
    ownPortlet: ask({ action: 'issue-token', channel: 'settings-portlet' }),
    ownEndpoint: ask({ action: 'issue-token', channel: 'issuetoken-endpoint' }),
    othersAllowed,
    othersDenied,
    twoFactor: twoFactor(role),
    holders: a.index.holders.get(role.key) ?? [],
    ...(partial ? { partial } : {}),
  };
}

function twoFactor(r: RoleDefinition): RoleCapabilities['twoFactor'] {
  const privileged = firstGrants(r).find((g) => g.info?.highlyPrivileged && g.level !== 'none');
  const forcedBy = r.administrator
    ? 'it is the Administrator role'
    : privileged
      ? `it has ${privileged.info!.name}, a highly privileged permission`
      : undefined;
  if (forcedBy) {
    const note = r.twoFactor?.value === 'not-required' ? ' The file says not-required, which NetSuite does not allow.' : '';
    return { required: true, forced: r.twoFactor?.value !== 'required', why: `NetSuite requires it because ${forcedBy}.${note}` };
  }
  if (r.twoFactor?.value === 'required') return { required: true, why: 'The role sets two-factor required.' };
  if (r.twoFactor?.value === 'not-required') return { required: false, why: 'The role sets two-factor not-required, and nothing forces it.' };
  return { required: false, why: "NetSuite's default for a role that is not highly privileged." };
}

/** The reason an engine verdict gives, without its Allowed/Denied prefix. */
export function reason(v: Verdict): string {
  const r = (v.trace[v.trace.length - 1] ?? '').replace(/^(Allowed|Denied): /, '');
  return r.charAt(0).toUpperCase() + r.slice(1);
}

/** One line: what the role can do with tokens. Targets left unasked (`partial`) are not counted as denied. */
export function capabilitySummary(c: RoleCapabilities): string {
  const login = [c.restletLogin.decision === 'allow' && 'RESTlets', c.webServicesLogin.decision === 'allow' && 'web services'].filter(Boolean);
  const own = c.ownPortlet.decision === 'allow' || c.ownEndpoint.decision === 'allow';
  const n = c.othersAllowed.length;
  const userRoles = `other user-role${n === 1 ? '' : 's'}`;
  const others = c.partial
    ? n
      ? `issues tokens for at least ${n} ${userRoles} (not all asked: see the hover)`
      : 'tokens for others: not all asked (see the hover)'
    : n
      ? `issues tokens for ${n} ${userRoles}`
      : 'no tokens for others';
  const parts = [login.length ? `token login (${login.join(', ')})` : 'no token login', own ? 'issues own tokens' : 'no own tokens', others];
  // Where the role does not say required, NetSuite forces it: say so, not just "required".
  if (c.twoFactor.forced) parts.push('2FA forced by NetSuite');
  else if (c.twoFactor.required) parts.push('2FA required');
  return parts.join(' · ');
}

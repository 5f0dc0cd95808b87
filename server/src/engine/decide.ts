import { type Citation, citationsOf, remedyOf } from './citations';
import type { Facts, RoleFacts, UserFacts } from './facts';
import { ATM, LOGIN, PERMISSIONS, type TbaPermissionId, UAT } from './permissions';
import { rule } from './rules';
import { type Action, type Channel, isTokenAction } from './vocabulary';

import type { DecisionRequest, Verdict } from '../../../shared/protocol/wire';
// A question and its answer are wire types: the server and the webview carry them as they are.
export type { DecisionRequest, Verdict } from '../../../shared/protocol/wire';

const PERM_NAME = new Map(PERMISSIONS.filter((p) => p.tba).map((p) => [p.id, p.name]));

function permName(id: TbaPermissionId): string {
  return PERM_NAME.get(id)!;
}

function describeRole(r: RoleFacts): string {
  const held = [...r.permissions].map(permName);
  const parts = [];
  if (r.administrator) parts.push('is the Administrator role');
  parts.push(held.length ? `has ${held.join(', ')}` : 'has no TBA permission');
  if (r.webServicesOnly) parts.push('is Web Services Only');
  return `Role '${r.name}' ${parts.join(', ')}.`;
}

class Reasoner {
  readonly trace: string[] = [];
  readonly citations: Citation[] = [];
  decisive = '';

  constructor(
    readonly req: DecisionRequest,
    readonly facts: Facts,
    /** Only the decision and its rule: no trace, no citations (the matrix's millions of cells). */
    readonly brief = false,
  ) {}

  step(text: string): void {
    if (!this.brief) this.trace.push(text);
  }

  cite(...ids: string[]): void {
    if (this.brief) return;
    for (const id of ids) {
      for (const c of citationsOf(rule(id))) {
        if (!this.citations.some((x) => x.rule === c.rule && x.quote === c.quote)) this.citations.push(c);
      }
    }
  }

  end(decision: 'allow' | 'deny', because: string, ...ids: string[]): 'allow' | 'deny' {
    if (!this.brief) this.step(`${decision === 'allow' ? 'Allowed' : 'Denied'}: ${because}`);
    this.decisive = ids[0];
    this.cite(...ids);
    return decision;
  }
}

/**
 * A request with every field present, undefined where not asked: lint makes tens of thousands,
 * and with one shape the decision code reads their fields by one hidden class. Requests grown
 * a field at a time had several, and its optimized code was thrown away as each new one came.
 */
export function request(
  user: string,
  role: string,
  action: Action,
  target: DecisionRequest['target'],
  channel: Channel | undefined,
  integration: string | undefined,
): DecisionRequest {
  return { user, role, action, target, channel, integration };
}

/**
 * Decides whether the actor, in the acting role, may perform the action (`brief`: without the
 * trace and citations, for callers that need only the decision and its rule). NetSuite
 * permissions are additive: a "Cannot" bullet says what one permission does not give,
 * so another permission of the same role can still give it.
 */
export function decide(facts: Facts, req: DecisionRequest, brief = false): Verdict {
  const r = new Reasoner(req, facts, brief);
  const token = isTokenAction(req.action);
  const actor = facts.user(req.user);
  const role = facts.role(req.role);
  let target: { user: string; role: string } | null = null;
  let channel: Channel | null = null;
  if (token) {
    const tu = req.target ? facts.user(req.target.user) : actor;
    const tr = req.target ? facts.role(req.target.role) : role;
    target = { user: tu?.name ?? req.target?.user ?? req.user, role: tr?.name ?? req.target?.role ?? req.role };
    const self =
      req.target === undefined ||
      (tu !== undefined && tu === actor) ||
      (!tu && !actor && req.target.user.trim().toLowerCase() === req.user.trim().toLowerCase());
    channel = req.channel ?? (self ? 'settings-portlet' : 'access-tokens-page');
  }
  const decision = reason(r, actor, role, channel);
  return {
    decision,
    actor: { user: actor?.name ?? req.user, role: role?.name ?? req.role },
    action: req.action,
    target,
    channel,
    integration: req.integration === undefined ? null : (facts.integration(req.integration)?.name ?? req.integration.trim()),
    citations: r.citations,
    trace: r.trace,
    rule: r.decisive,
    remedy: remedyOfRule(r.decisive),
  };
}

// One remedy per rule, shared by every verdict that rule decides (frozen: nobody changes one).
const REMEDIES = new Map<string, Readonly<ReturnType<typeof remedyOf>>>();
function remedyOfRule(id: string): ReturnType<typeof remedyOf> {
  let remedy = REMEDIES.get(id);
  if (!remedy) REMEDIES.set(id, (remedy = Object.freeze(remedyOf(rule(id)))));
  return remedy;
}

function reason(r: Reasoner, actor: UserFacts | undefined, role: RoleFacts | undefined, channel: Channel | null): 'allow' | 'deny' {
  const { req, facts } = r;
  if (!facts.tbaEnabled)
    return r.end('deny', 'the Token-based Authentication feature is disabled for the account, so every token request fails.', 'TBA-FEATURE-DISABLED');
  if (!r.brief)
    r.step(
      facts.tbaAssumed
        ? 'The Token-based Authentication feature is assumed enabled: no account block says token-based-authentication enabled or disabled.'
        : 'The Token-based Authentication feature is enabled.',
    );
  if (!actor) return r.end('deny', `no user '${req.user}' is defined, so nobody can act as them.`, 'TBA-ROLE-NOT-HELD');
  if (!role) return r.end('deny', `no role '${req.role}' is defined.`, 'TBA-ROLE-NOT-HELD');
  if (actor.inactive) return r.end('deny', `user '${actor.name}' is inactive.`, 'TBA-INACTIVE');
  if (role.inactive) return r.end('deny', `role '${role.name}' is inactive.`, 'TBA-INACTIVE');
  if (!actor.roles.has(role.key)) return r.end('deny', `user '${actor.name}' does not hold the role '${role.name}', so cannot act in it.`, 'TBA-ROLE-NOT-HELD');
  if (!r.brief) r.step(`User '${actor.name}' is active and holds the role '${role.name}'.`);
  if (!r.brief) r.step(describeRole(role));
  if (req.integration !== undefined) {
    const denied = integrationGate(r, req.integration, channel);
    if (denied) return denied;
  }
  if (channel === null) return login(r, role);
  return manageToken(r, actor, role, channel);
}

/** With an integration named, its record takes part: a deny if it cannot serve the request. */
function integrationGate(r: Reasoner, name: string, channel: Channel | null): 'deny' | undefined {
  const i = r.facts.integration(name);
  if (!i) return deny(r, `no integration '${name.trim()}' is defined, so no application can make this request.`, 'TBA-TOKEN-INTEGRATION');
  if (!i.tba) return deny(r, `integration '${i.name}' has the Token-based Authentication box unchecked.`, 'TBA-INTEGRATION-TBA');
  if (i.state === 'blocked') return deny(r, `integration '${i.name}' is blocked, so its requests are refused.`, 'TBA-INTEGRATION-BLOCKED');
  if (i.state === 'waiting-for-approval')
    return deny(r, `integration '${i.name}' is waiting for approval, so all its requests are blocked until its state is Enabled.`, 'TBA-INTEGRATION-WAITING');
  if (channel === 'authorization-flow' && !i.authorizationFlow)
    return deny(r, `integration '${i.name}' does not have the TBA: Authorization Flow box checked.`, 'TBA-AUTHFLOW-BOX');
  if (channel === 'authorization-flow' && !i.hasCallbackUrl)
    return deny(r, `integration '${i.name}' has no callback URL, which the authorization flow redirects to.`, 'TBA-AUTHFLOW-CALLBACK');
  if (channel === 'issuetoken-endpoint' && !i.issueTokenEndpoint)
    return deny(r, `integration '${i.name}' does not have the TBA: IssueToken Endpoint box checked (inferred).`, 'TBA-ISSUETOKEN-BOX');
  if (!r.brief) r.step(`Integration '${i.name}' is enabled and has Token-based Authentication checked.`);
  return undefined;
}

function deny(r: Reasoner, because: string, ...ids: string[]): 'deny' {
  r.end('deny', because, ...ids);
  return 'deny';
}

function login(r: Reasoner, role: RoleFacts): 'allow' | 'deny' {
  const via = r.req.action === 'restlet-login' ? 'a RESTlet' : 'web services';
  if (r.req.action === 'restlet-login' && role.webServicesOnly) {
    return r.end('deny', `'${role.name}' has the Web Services Only restriction, which does not work with RESTlets.`, 'TBA-WSO-RESTLET');
  }
  if (r.req.action === 'web-services-login' && role.singleSignOnOnly) {
    return r.end('deny', `'${role.name}' is Single Sign-On Only, which prohibits web services access without going through single sign-on.`, 'TBA-SSO-ONLY');
  }
  const p = role.permissions;
  if (p.has(LOGIN)) return r.end('allow', `Log in using Access Tokens lets '${role.name}' log in to ${via} with a token.`, 'TBA-LOGIN');
  if (p.has(UAT))
    return r.end(
      'allow',
      `User Access Tokens lets '${role.name}' log in with its own tokens (inferred: it does not also need Log in using Access Tokens).`,
      'TBA-UAT-LOGIN',
    );
  if (role.administrator) return r.end('allow', `the Administrator role can log in to ${via} with its own tokens.`, 'TBA-ADMIN-LOGIN');
  if (p.has(ATM))
    return r.end(
      'deny',
      `Access Token Management does not allow logging in with tokens, and '${role.name}' has no TBA login permission.`,
      'TBA-ATM-NO-LOGIN',
      'TBA-NO-LOGIN-PERMISSION',
    );
  return r.end('deny', `'${role.name}' has neither Log in using Access Tokens nor User Access Tokens.`, 'TBA-NO-LOGIN-PERMISSION');
}

/**
 * The Settings portlet and the Access Tokens page are the NetSuite UI, and so is step two of the
 * TBA authorization flow: the user signs in on the NetSuite login form and consents on a NetSuite
 * page, changing role there if needed ("Step Two Authorize the Request Token").
 */
function isUi(channel: Channel): boolean {
  return channel === 'settings-portlet' || channel === 'access-tokens-page' || channel === 'authorization-flow';
}

/** The rule that lets a role log in with tokens (or use one of its own), if any. */
function loginGrant(role: RoleFacts): string | undefined {
  if (role.permissions.has(LOGIN)) return 'TBA-LOGIN';
  if (role.permissions.has(UAT)) return 'TBA-UAT-LOGIN';
  if (role.administrator) return 'TBA-ADMIN-LOGIN';
  return undefined;
}

/**
 * Everything `manageToken` reads of a token's user and role when they are another user's (not
 * the actor's), as bits: two such targets alike in these get the same decision, whoever they are.
 * The decision memo keys brief questions about other users' tokens by it. Keep it in step with
 * `manageToken`: a new read of the target there is a new bit here.
 */
export function otherTargetClass(tu: UserFacts, tr: RoleFacts): number {
  return (
    (tu.inactive ? 1 : 0) |
    (tr.inactive ? 2 : 0) |
    (tu.roles.has(tr.key) ? 4 : 0) |
    (tr.administrator ? 8 : 0) |
    (tr.permissions.has(LOGIN) ? 16 : 0) |
    (tr.permissions.has(UAT) ? 32 : 0)
  );
}

function manageToken(r: Reasoner, actor: UserFacts, role: RoleFacts, channel: Channel): 'allow' | 'deny' {
  const { req, facts } = r;
  const verb = req.action === 'issue-token' ? 'create' : 'revoke or manage';
  const tu = req.target ? facts.user(req.target.user) : actor;
  const tr = req.target ? facts.role(req.target.role) : role;
  if (!tu) return r.end('deny', `no user '${req.target?.user}' is defined to hold the token.`, 'TBA-ROLE-NOT-HELD');
  if (!tr) return r.end('deny', `no role '${req.target?.role}' is defined for the token.`, 'TBA-ROLE-NOT-HELD');
  const self = tu.key === actor.key;
  if (!r.brief)
    r.step(
      self
        ? `The token is for ${actor.name}'s own use in the role '${tr.name}', via ${channel}.`
        : `The token is for user '${tu.name}' in the role '${tr.name}', via ${channel}.`,
    );
  if (isUi(channel) && role.webServicesOnly)
    return r.end(
      'deny',
      channel === 'authorization-flow'
        ? `'${role.name}' is Web Services Only, which prohibits using NetSuite through the UI: the authorization flow signs the user in and asks for consent in the NetSuite UI.`
        : `'${role.name}' is Web Services Only, which prohibits using NetSuite through the UI (the ${channel}).`,
      'TBA-WSO-UI',
    );
  if (self) return ownToken(r, actor, role, tr, channel, verb);

  if (tu.inactive) return r.end('deny', `the token's user '${tu.name}' is inactive.`, 'TBA-INACTIVE');
  if (tr.inactive) return r.end('deny', `the token's role '${tr.name}' is inactive.`, 'TBA-INACTIVE');
  if (!tu.roles.has(tr.key))
    return r.end('deny', `'${tu.name}' does not hold the role '${tr.name}', and a token is valid only for its user and role.`, 'TBA-ROLE-NOT-HELD');
  if (channel === 'authorization-flow')
    return r.end(
      'deny',
      `in the TBA authorization flow the user the token is for authorizes it; nobody can ${verb} a token for another user through it.`,
      'TBA-AUTHFLOW-OWN',
    );
  if (channel === 'issuetoken-endpoint')
    return r.end(
      'deny',
      `the token endpoint only serves the caller's own tokens; nobody can ${verb} a token for another user through it.`,
      'TBA-ENDPOINT-SELF-ONLY',
    );
  if (channel === 'settings-portlet')
    return r.end('deny', `the Manage Access Tokens link in the Settings portlet is for the current user's own tokens only.`, 'TBA-PORTLET-SELF-ONLY');
  if (tr.administrator) return r.end('deny', `nobody can ${verb} a token for another user's Administrator role.`, 'TBA-ADMIN-TARGET');
  let grant: string;
  if (role.permissions.has(ATM)) {
    grant = 'TBA-ATM-OTHERS';
    if (!r.brief) r.step(`Access Token Management lets '${role.name}' ${verb} tokens for other users.`);
  } else if (role.administrator) {
    grant = 'TBA-ADMIN-OTHERS';
    if (!r.brief) r.step(`The Administrator role may ${verb} tokens for users without a User Access Token role.`);
  } else {
    return r.end(
      'deny',
      `${verb === 'create' ? 'creating' : 'managing'} tokens for other users needs Access Token Management, which '${role.name}' lacks.`,
      'TBA-OTHERS-NEED-ATM',
    );
  }
  const logs = tr.permissions.has(LOGIN) ? 'TBA-LOGIN' : tr.permissions.has(UAT) ? 'TBA-UAT-LOGIN' : undefined;
  if (!logs) {
    return r.end(
      'deny',
      `the token's role '${tr.name}' cannot log in with tokens: it has no Log in using Access Tokens (or User Access Tokens).`,
      'TBA-TOKEN-ROLE-TBA',
    );
  }
  if (!r.brief) r.step(`The token's role '${tr.name}' can log in with tokens.`);
  return r.end('allow', `'${role.name}' may ${verb} a token for '${tu.name}' in '${tr.name}' on the Access Tokens page.`, grant, logs);
}

/**
 * The actor's own token. First whether the acting role may make its own tokens at all through
 * this channel (the reason that decides when it may not), then whether the token is for it.
 */
function ownToken(r: Reasoner, actor: UserFacts, role: RoleFacts, tr: RoleFacts, channel: Channel, verb: string): 'allow' | 'deny' {
  const issue = r.req.action === 'issue-token';
  const p = role.permissions;
  const current = (grant: () => 'allow' | 'deny'): 'allow' | 'deny' =>
    tr.key !== role.key ? r.end('deny', `your own tokens are for the role you act in ('${role.name}'), not '${tr.name}'.`, 'TBA-OWN-CURRENT-ROLE') : grant();
  if (channel === 'access-tokens-page') {
    if (role.administrator)
      return r.end(
        'deny',
        `administrators ${verb} their own tokens only through the Settings portlet link or the token endpoint, not the Access Tokens page.`,
        'TBA-ADMIN-SELF',
      );
    if (p.has(ATM)) return r.end('deny', `Access Token Management does not let '${role.name}' ${verb} tokens for its own use.`, 'TBA-ATM-SELF');
    if (p.has(UAT))
      return r.end(
        'deny',
        `User Access Tokens works through the Settings portlet (My Access Tokens), not the Access Tokens page, which needs Access Token Management.`,
        'TBA-UAT-OWN',
      );
    return r.end('deny', `'${role.name}' has no permission to ${verb} its own tokens.`, 'TBA-OWN-NEEDS-PERMISSION');
  }
  if (channel === 'authorization-flow') {
    if (!issue) return r.end('deny', 'the TBA authorization flow grants tokens; it does not revoke them.', 'TBA-AUTHFLOW-OWN');
    if (tr.key !== role.key) return flowForOtherRole(r, actor, tr);
    const logs = loginGrant(role);
    if (logs)
      return current(() =>
        r.end(
          'allow',
          `'${role.name}' can log in with tokens, so its user may authorize an application in the TBA authorization flow (inferred).`,
          'TBA-AUTHFLOW-OWN',
          logs,
        ),
      );
    if (p.has(ATM))
      return r.end(
        'deny',
        `Access Token Management does not let '${role.name}' create tokens for its own use, and it cannot log in with tokens.`,
        'TBA-ATM-SELF',
      );
    return r.end('deny', `'${role.name}' cannot log in with tokens, so it has no token to authorize.`, 'TBA-AUTHFLOW-OWN', 'TBA-NO-LOGIN-PERMISSION');
  }
  const endpoint = channel === 'issuetoken-endpoint';
  if (endpoint && !issue) {
    // "developers and users can issue or revoke their own tokens programmatically using a token endpoint"
    const logs = loginGrant(role);
    if (logs) return current(() => r.end('allow', `'${role.name}' may revoke its own tokens through the token endpoint.`, 'TBA-ENDPOINT-OWN', logs));
    return r.end('deny', `'${role.name}' cannot log in with tokens, so it has no token of its own to revoke.`, 'TBA-TOKEN-ROLE-TBA');
  }
  if (endpoint && role.singleSignOnOnly && (role.administrator || p.has(UAT)))
    return r.end(
      'deny',
      `'${role.name}' is Single Sign-On Only: the issuetoken endpoint signs in with the user's credentials, not through single sign-on (inferred; the authorization flow can use single sign-on).`,
      'TBA-SSO-ISSUETOKEN',
    );
  const extra = endpoint ? ['TBA-ENDPOINT-OWN'] : [];
  if (endpoint && role.twoFactorRequired) {
    if (!r.brief) r.step(`'${role.name}' requires two-factor authentication, so the issuetoken call also needs a one-time password.`);
    extra.push('TBA-2FA-OTP');
  }
  if (role.administrator)
    return current(() => r.end('allow', `administrators can ${verb} tokens for their own use via ${channel}.`, 'TBA-ADMIN-SELF', ...extra));
  if (p.has(UAT))
    return current(() =>
      r.end('allow', `User Access Tokens lets '${role.name}' ${verb} tokens for the current user and role via ${channel}.`, 'TBA-UAT-OWN', ...extra),
    );
  if (issue && p.has(LOGIN))
    return r.end(
      'deny',
      `Log in using Access Tokens does not let '${role.name}' create its own tokens via ${channel}, and it lacks User Access Tokens.`,
      'TBA-LOGIN-NO-ISSUE',
      'TBA-OWN-NEEDS-PERMISSION',
    );
  if (issue && p.has(ATM))
    return r.end(
      'deny',
      `Access Token Management does not let '${role.name}' create tokens for its own use, and it lacks User Access Tokens.`,
      'TBA-ATM-SELF',
      'TBA-OWN-NEEDS-PERMISSION',
    );
  return r.end('deny', `'${role.name}' has no User Access Tokens permission to ${verb} its own tokens.`, 'TBA-OWN-NEEDS-PERMISSION');
}

/**
 * The authorization flow for one of the user's other roles: at consent "the user can choose the
 * appropriate role by selecting Change Role on the Consent page", and the redirect's `role`
 * "Indicates the role for which to grant the access token" (Step Two Authorize the Request Token).
 */
function flowForOtherRole(r: Reasoner, actor: UserFacts, tr: RoleFacts): 'allow' | 'deny' {
  if (!r.brief) r.step(`In the authorization flow the user can change to the role '${tr.name}' on the consent page.`);
  if (!actor.roles.has(tr.key))
    return r.end('deny', `'${actor.name}' does not hold the role '${tr.name}', so cannot choose it on the consent page.`, 'TBA-ROLE-NOT-HELD');
  if (tr.inactive) return r.end('deny', `the token's role '${tr.name}' is inactive.`, 'TBA-INACTIVE');
  if (tr.webServicesOnly)
    return r.end('deny', `'${tr.name}' is Web Services Only, and a Web Services Only role is not in the Change Role list of the consent page.`, 'TBA-WSO-UI');
  const logs = loginGrant(tr);
  if (logs)
    return r.end(
      'allow',
      `'${tr.name}' can log in with tokens, so its user may choose it on the consent page and authorize the application (inferred).`,
      'TBA-AUTHFLOW-OWN',
      logs,
    );
  return r.end('deny', `'${tr.name}' cannot log in with tokens, so it has no token to authorize.`, 'TBA-AUTHFLOW-OWN', 'TBA-NO-LOGIN-PERMISSION');
}

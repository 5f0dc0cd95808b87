import { factsOf } from '../facts';
import { closest } from '../fuzzy';
import { LOGIN, UAT } from '../permissions';
import type { Location } from '../text';
import type { IntegrationCase, LoginCase, Scope } from './scope';

export type CauseStatus = 'present' | 'absent' | 'unknown';

/** What the account model shows about one cause. */
export interface Detection {
  status: CauseStatus;
  /** The lines that show it (for `absent`, the lines that rule it out, when there are any). */
  evidence: Location[];
  /** The facts behind the status, in plain words. */
  facts: string[];
}

export type Detector = (scope: Scope) => Detection;

/** One case's answer: a token, a login or an integration. */
interface CaseResult {
  status: CauseStatus;
  evidence?: (Location | undefined)[];
  fact: string;
}

/** Facts listed for absent or unknown cases before "and N more". */
const SHOWN = 3;

/**
 * Present when any case shows the cause, unknown when none does and some cannot say, absent
 * when every case rules it out; with no case at all, unknown with `none` as the reason.
 */
function combine(results: CaseResult[], none: string): Detection {
  if (!results.length) return { status: 'unknown', evidence: [], facts: [none] };
  const status: CauseStatus = results.some((r) => r.status === 'present') ? 'present' : results.some((r) => r.status === 'unknown') ? 'unknown' : 'absent';
  const chosen = results.filter((r) => r.status === status);
  // Every present case is shown: each one is a line to fix.
  const shown = status === 'present' ? chosen : chosen.slice(0, SHOWN);
  const facts = shown.map((r) => r.fact);
  if (shown.length < chosen.length) facts.push(`… and ${chosen.length - shown.length} more`);
  const evidence = shown.flatMap((r) => (r.evidence ?? []).filter((l): l is Location => l !== undefined));
  return { status, evidence, facts };
}

const NO_INTEGRATION = 'No integration is in question: name it with --integration or --token.';
const NO_TOKEN = 'No token is in question: name it with --token, or the user and role it belongs to.';
const NO_LOGIN = 'No user and role are in question: name a token, or the user and role.';

function integrationDeclared(c: IntegrationCase, check: (c: Required<Pick<IntegrationCase, 'def'>> & IntegrationCase) => CaseResult): CaseResult {
  if (c.def) return check(c as Required<Pick<IntegrationCase, 'def'>> & IntegrationCase);
  const what = c.name === undefined ? `Token '${c.token?.name}' names no integration` : `No integration record '${c.name}' is declared`;
  return { status: 'absent', evidence: [c.ref], fact: `${what}, so it has no state or boxes to check (see consumer_key_unknown).` };
}

function stateIs(state: 'blocked' | 'waiting-for-approval'): Detector {
  return (scope) =>
    combine(
      scope.integrations.map((c) =>
        integrationDeclared(c, ({ def }) =>
          def.state?.value === state
            ? { status: 'present', evidence: [def.state.loc], fact: `Integration '${def.name}' is in state ${state}.` }
            : { status: 'absent', evidence: [def.state?.loc], fact: `Integration '${def.name}' is in state ${def.state?.value ?? 'enabled (the default)'}.` },
        ),
      ),
      NO_INTEGRATION,
    );
}

export const integrationBlocked: Detector = stateIs('blocked');
export const integrationWaiting: Detector = stateIs('waiting-for-approval');

export const integrationMissing: Detector = (scope) =>
  combine(
    scope.integrations.map((c): CaseResult => {
      if (c.def) return { status: 'absent', evidence: [c.ref ?? c.def.nameLoc], fact: `Integration record '${c.def.name}' is declared.` };
      if (c.name === undefined) return { status: 'present', evidence: [c.token?.nameLoc], fact: `Token '${c.token?.name}' names no integration record.` };
      const near = closest(
        c.name,
        [...scope.index.integrations.values()].map((i) => i.name),
      );
      const hint = near.length ? ` Did you mean ${near.map((n) => `'${n}'`).join(', ')}?` : '';
      return { status: 'present', evidence: [c.ref], fact: `No integration record '${c.name}' is declared.${hint}` };
    }),
    NO_INTEGRATION,
  );

export const integrationTbaCleared: Detector = (scope) =>
  combine(
    scope.integrations.map((c) =>
      integrationDeclared(c, ({ def }) =>
        def.tba?.value === false
          ? { status: 'present', evidence: [def.tba.loc], fact: `Integration '${def.name}' has the Token-based Authentication box cleared.` }
          : { status: 'absent', evidence: [def.tba?.loc], fact: `Integration '${def.name}' has the Token-based Authentication box checked.` },
      ),
    ),
    NO_INTEGRATION,
  );

export const authorizationFlowCleared: Detector = (scope) =>
  combine(
    scope.integrations.map((c) =>
      integrationDeclared(c, ({ def }) => {
        const f = def.authorizationFlow;
        if (f?.value === true) return { status: 'absent', evidence: [f.loc], fact: `Integration '${def.name}' has the TBA: Authorization Flow box checked.` };
        if (f) return { status: 'present', evidence: [f.loc], fact: `Integration '${def.name}' has the TBA: Authorization Flow box cleared.` };
        return {
          status: 'present',
          evidence: [def.nameLoc],
          fact: `Integration '${def.name}' has no authorization-flow line, so its TBA: Authorization Flow box is cleared (the default).`,
        };
      }),
    ),
    NO_INTEGRATION,
  );

export const noCallbackUrl: Detector = (scope) =>
  combine(
    scope.integrations.map((c) =>
      integrationDeclared(c, ({ def }) =>
        def.callbackUrl
          ? { status: 'absent', evidence: [def.callbackUrl.loc], fact: `Integration '${def.name}' has the callback URL "${def.callbackUrl.value}".` }
          : { status: 'present', evidence: [def.nameLoc], fact: `Integration '${def.name}' has no callback-url line: the record has no callback URL.` },
      ),
    ),
    NO_INTEGRATION,
  );

export const featureDisabled: Detector = ({ model }) => {
  const off = model.accounts.find((a) => a.tba?.value === false);
  if (off) return { status: 'present', evidence: [off.tba!.loc], facts: [`Token-based Authentication is disabled in account '${off.name}'.`] };
  const on = model.accounts.find((a) => a.tba);
  return {
    status: 'absent',
    evidence: on ? [on.tba!.loc] : [],
    facts: [
      on ? `Token-based Authentication is enabled in account '${on.name}'.` : 'No account block disables Token-based Authentication (enabled is the default).',
    ],
  };
};

function perToken(check: (t: Scope['tokens'][number]) => CaseResult): Detector {
  return (scope) => combine(scope.tokens.map(check), NO_TOKEN);
}

export const tokenRevoked: Detector = perToken((t) =>
  t.revoked
    ? { status: 'present', evidence: [t.revoked.loc], fact: `Token '${t.name}' is revoked.` }
    : { status: 'absent', evidence: [t.nameLoc], fact: `Token '${t.name}' is not revoked.` },
);

export const tokenInactive: Detector = perToken((t) =>
  t.inactive
    ? { status: 'present', evidence: [t.inactive.loc], fact: `Token '${t.name}' is inactive.` }
    : { status: 'absent', evidence: [t.nameLoc], fact: `Token '${t.name}' is not inactive.` },
);

/** A login whose user and role are both declared; otherwise the model cannot judge it. */
function perLogin(
  check: (c: LoginCase & Required<Pick<LoginCase, 'user' | 'role'>>, scope: Scope) => CaseResult,
  needs: 'user' | 'role' | 'both' = 'both',
): Detector {
  return (scope) =>
    combine(
      scope.logins.map((c): CaseResult => {
        const missing = [needs !== 'role' && !c.user && 'user', needs !== 'user' && !c.role && 'role'].filter(Boolean);
        if (!missing.length) return check(c as LoginCase & Required<Pick<LoginCase, 'user' | 'role'>>, scope);
        const of = c.token ? `Token '${c.token.name}'` : 'The question';
        return {
          status: 'unknown',
          evidence: [c.userRef?.loc, c.roleRef?.loc],
          fact: `${of} names no declared ${missing.join(' or ')}, so the account cannot show this.`,
        };
      }),
      NO_LOGIN,
    );
}

export const userLacksRole: Detector = perLogin(({ token, user, role, roleRef }, { index }) => {
  // The line that gives the user this role, by name or by id.
  const held = user.roles.find((r) => index.role(r) === role)?.loc;
  return held
    ? { status: 'absent', evidence: [held], fact: `User '${user.name}' holds role '${role.name}'.` }
    : {
        status: 'present',
        evidence: [roleRef?.loc, user.nameLoc],
        fact: `User '${user.name}' does not hold role '${role.name}'${token ? `, the role of token '${token.name}'` : ''}.`,
      };
});

export const roleCannotLogIn: Detector = (scope) => {
  const facts = factsOf(scope.model, scope.index);
  return perLogin(({ role, roleRef }) => {
    const f = facts.roleByKey(role.key);
    if (f?.administrator) return { status: 'absent', evidence: [role.administrator?.loc], fact: `Role '${role.name}' is the Administrator role.` };
    const grant = role.permissions.find((g) => (g.info?.id === LOGIN || g.info?.id === UAT) && g.level === 'full');
    if (grant && f && (f.permissions.has(LOGIN) || f.permissions.has(UAT)))
      return { status: 'absent', evidence: [grant.loc], fact: `Role '${role.name}' has ${grant.info!.name}.` };
    return {
      status: 'present',
      evidence: [roleRef?.loc, role.nameLoc],
      fact: `Role '${role.name}' has neither Log in using Access Tokens nor User Access Tokens (at level full).`,
    };
  }, 'role')(scope);
};

export const userInactive: Detector = perLogin(
  ({ user }) =>
    user.inactive
      ? { status: 'present', evidence: [user.inactive.loc], fact: `User '${user.name}' is inactive.` }
      : { status: 'absent', evidence: [user.nameLoc], fact: `User '${user.name}' is active.` },
  'user',
);

export const roleInactive: Detector = perLogin(
  ({ role }) =>
    role.inactive
      ? { status: 'present', evidence: [role.inactive.loc], fact: `Role '${role.name}' is inactive.` }
      : { status: 'absent', evidence: [role.nameLoc], fact: `Role '${role.name}' is active.` },
  'role',
);

export const webServicesOnlyRole: Detector = perLogin(
  ({ role }) =>
    role.webServicesOnly
      ? { status: 'present', evidence: [role.webServicesOnly.loc], fact: `Role '${role.name}' is Web Services Only.` }
      : { status: 'absent', evidence: [role.nameLoc], fact: `Role '${role.name}' is not Web Services Only.` },
  'role',
);

export const singleSignOnOnlyRole: Detector = perLogin(
  ({ role }) =>
    role.singleSignOnOnly
      ? { status: 'present', evidence: [role.singleSignOnOnly.loc], fact: `Role '${role.name}' is Single Sign-On Only.` }
      : { status: 'absent', evidence: [role.nameLoc], fact: `Role '${role.name}' is not Single Sign-On Only.` },
  'role',
);

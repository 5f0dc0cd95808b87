import { type AccountIndex, type Action, type Channel, CHANNELS, ACTIONS, closest, isAction, isChannel, isTokenAction } from '../engine';
import { UsageError } from './errors';

/** Checks names given on the command line against the account; unknown ones are user errors. */
export function requireUser(index: AccountIndex, name: string | undefined, flag: string): string {
  if (!name) throw new UsageError(`missing ${flag}: give a user name`);
  const u = index.user(name);
  if (!u)
    throw new UsageError(
      `unknown user '${name}' (${flag})${didYouMean(
        name,
        [...index.users.values()].map((x) => x.name),
      )}`,
    );
  return u.name;
}

export function requireRole(index: AccountIndex, ref: string | undefined, flag: string): string {
  if (!ref) throw new UsageError(`missing ${flag}: give a role name or id`);
  const r = index.role({ key: ref.trim().toLowerCase(), bare: !/\s/.test(ref.trim()) });
  if (!r)
    throw new UsageError(
      `unknown role '${ref}' (${flag})${didYouMean(
        ref,
        [...index.roles.values()].map((x) => x.name),
      )}`,
    );
  return r.name;
}

export function requireAction(a: string | undefined): Action {
  if (!a) throw new UsageError(`missing --action: use one of ${ACTIONS.join(', ')}`);
  if (!isAction(a)) throw new UsageError(`unknown action '${a}': use one of ${ACTIONS.join(', ')}`);
  return a;
}

export function optionalChannel(c: string | undefined, action: Action): Channel | undefined {
  if (c === undefined) return undefined;
  if (!isChannel(c)) throw new UsageError(`unknown channel '${c}': use one of ${CHANNELS.join(', ')}`);
  if (!isTokenAction(action)) throw new UsageError(`--via applies only to issue-token and revoke-token`);
  return c;
}

/**
 * `--for U2 --for-role R2`, or `--for U2` alone when U2 holds exactly one role: the token can
 * then only be for that role.
 */
export function optionalTarget(index: AccountIndex, action: Action, user?: string, role?: string): { user: string; role: string } | undefined {
  if (user === undefined && role === undefined) return undefined;
  if (user === undefined) throw new UsageError('--for-role needs --for: give the target user too');
  if (!isTokenAction(action)) throw new UsageError('--for applies only to issue-token and revoke-token');
  const name = requireUser(index, user, '--for');
  if (role !== undefined) return { user: name, role: requireRole(index, role, '--for-role') };
  const held = index.rolesOf(index.user(name)!).map((r) => r.name);
  if (held.length === 1) return { user: name, role: held[0] };
  if (held.length === 0) throw new UsageError(`'${name}' (--for) holds no role, so no token can be for them`);
  throw new UsageError(`'${name}' (--for) holds ${held.length} roles (${held.map((r) => `'${r}'`).join(', ')}): say which with --for-role`);
}

function didYouMean(name: string, candidates: string[]): string {
  const c = closest(name, candidates);
  return c.length ? `; did you mean '${c[0]}'?` : '';
}

/** `--integration NAME`: an integration record of the account. */
export function optionalIntegration(index: AccountIndex, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const i = index.integration(name);
  if (!i)
    throw new UsageError(
      `unknown integration '${name}' (--integration)${didYouMean(
        name,
        [...index.integrations.values()].map((x) => x.name),
      )}`,
    );
  return i.name;
}

// The account block: one account, one TBA setting, and the feature on where tokens are used.
import { firstGrants } from './facts';
import type { Add } from './lintNames';
import type { AccountIndex } from './lookup';
import { type AccountModel, tokenUnusable } from './model';

/**
 * Account blocks that disagree: an entry file and what it includes are one NetSuite account,
 * so two names, or TBA enabled in one block and disabled in another, cannot both be true.
 */
export function accountConflicts(model: AccountModel, add: Add): void {
  const [first, ...rest] = model.accounts;
  if (!first) return;
  for (const a of rest) {
    if (a.key !== first.key) {
      add(
        'NSR-ACCOUNT-CONFLICT',
        a.nameLoc,
        `This is a second account, '${a.name}', beside '${first.name}': an entry file and the files it includes describe one NetSuite account. Give the blocks the same name, or move this account to its own entry file.`,
        { related: [{ loc: first.nameLoc, message: `The account '${first.name}'` }] },
      );
    }
  }
  const setting = (v: boolean) => (v ? 'enabled' : 'disabled');
  const firstTba = model.accounts.find((a) => a.tba);
  if (!firstTba?.tba) return;
  for (const a of model.accounts) {
    if (!a.tba || a.tba.value === firstTba.tba.value) continue;
    add(
      'NSR-ACCOUNT-CONFLICT',
      a.tba.loc,
      `token-based-authentication is ${setting(a.tba.value)} here but ${setting(firstTba.tba.value)} in an earlier account block; an account has one setting, and until they agree the checks take it as disabled.`,
      { related: [{ loc: firstTba.tba.loc, message: `token-based-authentication ${setting(firstTba.tba.value)}` }] },
    );
  }
}

export function featureCheck(model: AccountModel, index: AccountIndex, add: Add): void {
  const off = model.accounts.find((a) => a.tba?.value === false);
  if (!off) return;
  const tbaRoles = [...index.roles.values()].filter((r) => firstGrants(r).some((g) => g.info?.tba && g.level === 'full'));
  const live = model.tokens.filter((t) => !tokenUnusable(t));
  if (!tbaRoles.length && !live.length) return;
  add(
    'TBA-FEATURE-DISABLED',
    off.tba!.loc,
    `Token-based Authentication is disabled, yet ${live.length} token(s) and ${tbaRoles.length} TBA role(s) are defined; every token request will fail. Enable the feature or remove them.`,
  );
}

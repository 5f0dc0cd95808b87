import { strict as assert } from 'assert';
import { accessLockFindings, buildMatrix, linesOf, type LoadedAccount } from '../../server/src/engine';
import { load } from '../helpers/memory';

const BEFORE = `account "Acme" { token-based-authentication enabled }
role "Clerk" {
  permission "Log in using Access Tokens"
}
role "Token Admin" {
  permission "Access Token Management"
}
user "bob" { role "Clerk" }
user "ann" { role "Token Admin" }
`;

/** The lock `nsroles matrix --format json` writes for an account. */
const lockOf = (loaded: LoadedAccount) =>
  buildMatrix(loaded.model, { expandTargets: true }).map(({ user, role, action, target, decision }) => ({ user, role, action, target, decision }));

function findings(after: string): string[] {
  const loaded = load(after);
  return accessLockFindings([loaded], lockOf(load(BEFORE)), 'access.lock.json').map((f) => {
    const p = linesOf(loaded, f.loc.file)!.position(f.loc.span.start);
    return `${p.line + 1} ${f.rule} ${f.message.split(';')[0]}`;
  });
}

describe('NSR-ACCESS-CHANGED: access compared with a committed matrix', () => {
  it('the same account: no finding', () => {
    assert.deepEqual(findings(BEFORE), []);
  });

  it('a permission added: one finding per pair it grants, on the permission line', () => {
    assert.deepEqual(
      findings(BEFORE.replace('  permission "Log in using Access Tokens"\n', '  permission "Log in using Access Tokens"\n  permission "User Access Tokens"\n')),
      [
        "4 NSR-ACCESS-CHANGED 'bob' as 'Clerk': issue-token (own token) is now allowed (TBA-UAT-OWN)",
        "4 NSR-ACCESS-CHANGED 'bob' as 'Clerk': revoke-token (own token) is now allowed (TBA-UAT-OWN)",
      ],
    );
  });

  it('a flag set: on the flag line; the feature switched off: on the account line', () => {
    assert.deepEqual(findings(BEFORE.replace('role "Clerk" {\n', 'role "Clerk" {\n  web-services-only\n')), [
      "3 NSR-ACCESS-CHANGED 'bob' as 'Clerk': restlet-login is now denied (TBA-WSO-RESTLET)",
    ]);
    const off = findings(BEFORE.replace('token-based-authentication enabled', 'token-based-authentication disabled'));
    assert.equal(off.length, 4);
    for (const f of off) assert.match(f, /^1 NSR-ACCESS-CHANGED .* is now denied \(TBA-FEATURE-DISABLED\)$/);
  });

  it('a lock of own tokens only (matrix --targets none): other targets are not read as changes', () => {
    const lock = lockOf(load(BEFORE)).filter((r) => !r.target || (r.target.user === r.user && r.target.role === r.role));
    assert.deepEqual(accessLockFindings([load(BEFORE)], lock, 'access.lock.json'), []);
  });

  it('a user removed: the pairs the lock allowed are revoked, on the other pairs’ lines', () => {
    const after = findings(BEFORE.replace('user "bob" { role "Clerk" }\n', ''));
    assert.deepEqual(after.map((f) => f.replace(/^\d+ /, '')).sort(), [
      "NSR-ACCESS-CHANGED 'ann' as 'Token Admin': issue-token for 'bob' as 'Clerk' is now denied (the user no longer holds the role, or a name changed)",
      "NSR-ACCESS-CHANGED 'ann' as 'Token Admin': revoke-token for 'bob' as 'Clerk' is now denied (the user no longer holds the role, or a name changed)",
      "NSR-ACCESS-CHANGED 'bob' as 'Clerk': restlet-login is now denied (the user no longer holds the role, or a name changed)",
      "NSR-ACCESS-CHANGED 'bob' as 'Clerk': web-services-login is now denied (the user no longer holds the role, or a name changed)",
    ]);
  });
});

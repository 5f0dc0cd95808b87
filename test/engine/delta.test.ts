import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as path from 'path';
import { accessDelta, buildMatrix, type DeltaSide, factsOf, type LoadedAccount, loadAccount, nameKey, ParseCache, sameFacts } from '../../server/src/engine';
import type { AccessChange } from '../../shared/protocol/wire';
import { accountText } from '../properties/accounts';

/** One version of an account held in memory: /main.nsroles and whatever it includes. */
function side(files: Record<string, string>): DeltaSide {
  return {
    read: (f) => files[f],
    load: (read, cache) => loadAccount('/main.nsroles', { read, resolve: (from, p) => path.posix.join(path.posix.dirname(from), p) }, { cache }),
  };
}

/** A pair as the tests write it: `user/role action [target-user/target-role] rule @file:line`. */
function brief(c: AccessChange): string {
  const target = c.target ? ` ${c.target.user}/${c.target.role}` : '';
  return `${c.user}/${c.role} ${c.action}${target} ${c.rule} @${c.changes.map((l) => `${l.file}:${l.line}`).join(',')}`;
}

function delta(before: Record<string, string>, after: Record<string, string>): { granted: string[]; revoked: string[] } {
  const d = accessDelta(side(before), side(after));
  return { granted: d.granted.map(brief).sort(), revoked: d.revoked.map(brief).sort() };
}

const BASE = `role "Clerk" {
  permission "Log in using Access Tokens"
}
role "Token Admin" {
  permission "Access Token Management"
}
user "bob" { role "Clerk" }
user "ann" { role "Token Admin" }
integration "Sync" {
  token-based-authentication enabled
  state enabled
}
`;

const edit = (from: string, to: string) => {
  assert.ok(BASE.includes(from));
  return BASE.replace(from, to);
};

describe('accessDelta: who gains or loses access, and the edited lines that did it', () => {
  it('adding a permission grants what it gives, on the added line', () => {
    const after = edit('  permission "Log in using Access Tokens"\n', '  permission "Log in using Access Tokens"\n  permission "User Access Tokens"\n');
    assert.deepEqual(delta({ '/main.nsroles': BASE }, { '/main.nsroles': after }), {
      granted: ['bob/Clerk issue-token bob/Clerk TBA-UAT-OWN @/main.nsroles:3', 'bob/Clerk revoke-token bob/Clerk TBA-UAT-OWN @/main.nsroles:3'],
      revoked: [],
    });
  });

  it('removing a permission revokes what it gave, on the removed line of the old version', () => {
    const after = edit('  permission "Log in using Access Tokens"\n', '');
    assert.deepEqual(delta({ '/main.nsroles': BASE }, { '/main.nsroles': after }), {
      granted: [],
      revoked: [
        'ann/Token Admin issue-token bob/Clerk TBA-TOKEN-ROLE-TBA @/main.nsroles:2',
        'ann/Token Admin revoke-token bob/Clerk TBA-TOKEN-ROLE-TBA @/main.nsroles:2',
        'bob/Clerk restlet-login TBA-NO-LOGIN-PERMISSION @/main.nsroles:2',
        'bob/Clerk web-services-login TBA-NO-LOGIN-PERMISSION @/main.nsroles:2',
      ],
    });
  });

  it('assigning a role grants the new (user, role) pair its access, on the assignment line', () => {
    const after = edit('user "ann" { role "Token Admin" }', 'user "ann" {\n  role "Token Admin"\n  role "Clerk"\n}');
    assert.deepEqual(delta({ '/main.nsroles': BASE }, { '/main.nsroles': after }), {
      granted: ['ann/Clerk restlet-login TBA-LOGIN @/main.nsroles:10', 'ann/Clerk web-services-login TBA-LOGIN @/main.nsroles:10'],
      revoked: [],
    });
  });

  it('a flag: web-services-only takes RESTlets away, on the flag line', () => {
    const after = edit('role "Clerk" {\n', 'role "Clerk" {\n  web-services-only\n');
    assert.deepEqual(delta({ '/main.nsroles': BASE }, { '/main.nsroles': after }), {
      granted: [],
      revoked: ['bob/Clerk restlet-login TBA-WSO-RESTLET @/main.nsroles:2'],
    });
  });

  it("an integration's state takes no part in a decision that names no integration: no change", () => {
    const after = edit('  state enabled\n', '  state blocked\n');
    assert.deepEqual(delta({ '/main.nsroles': BASE }, { '/main.nsroles': after }), { granted: [], revoked: [] });
  });

  it('an include brings its users in: the include line and the new file’s lines', () => {
    const more = 'user "dan" { role "Clerk" }\n';
    const after = BASE + 'include "more.nsroles"\n';
    assert.deepEqual(delta({ '/main.nsroles': BASE }, { '/main.nsroles': after, '/more.nsroles': more }), {
      granted: [
        'ann/Token Admin issue-token dan/Clerk TBA-ATM-OTHERS @/main.nsroles:13,/more.nsroles:1',
        'ann/Token Admin revoke-token dan/Clerk TBA-ATM-OTHERS @/main.nsroles:13,/more.nsroles:1',
        'dan/Clerk restlet-login TBA-LOGIN @/main.nsroles:13,/more.nsroles:1',
        'dan/Clerk web-services-login TBA-LOGIN @/main.nsroles:13,/more.nsroles:1',
      ],
      revoked: [],
    });
  });

  it('each change carries its settling rule and a one-sentence reason', () => {
    const after = edit('  permission "Log in using Access Tokens"\n', '  permission "Log in using Access Tokens"\n  permission "User Access Tokens"\n');
    const d = accessDelta(side({ '/main.nsroles': BASE }), side({ '/main.nsroles': after }));
    assert.deepEqual(d.granted[0], {
      user: 'bob',
      role: 'Clerk',
      action: 'issue-token',
      target: { user: 'bob', role: 'Clerk' },
      rule: 'TBA-UAT-OWN',
      because: "Allowed: User Access Tokens lets 'Clerk' create tokens for the current user and role via settings-portlet.",
      changes: [{ file: '/main.nsroles', line: 3, text: 'permission "User Access Tokens"' }],
    });
  });
});

/** The matrix difference, computed the slow way: both full matrices, every target. */
function matrixDifference(before: LoadedAccount, after: LoadedAccount): { granted: string[]; revoked: string[] } {
  const key = (c: { user: string; role: string; action: string; target: { user: string; role: string } | null }) =>
    [c.user, c.role, c.action, c.target?.user ?? '', c.target?.role ?? ''].map((s) => (s === c.action ? s : nameKey(s))).join('|');
  const allowed = (m: LoadedAccount) =>
    new Set(
      buildMatrix(m.model, { expandTargets: true })
        .filter((c) => c.decision === 'allow')
        .map(key),
    );
  const b = allowed(before);
  const a = allowed(after);
  return { granted: [...a].filter((k) => !b.has(k)).sort(), revoked: [...b].filter((k) => !a.has(k)).sort() };
}

function keysOf(changes: AccessChange[]): string[] {
  return changes.map((c) => [nameKey(c.user), nameKey(c.role), c.action, nameKey(c.target?.user ?? ''), nameKey(c.target?.role ?? '')].join('|')).sort();
}

describe('accessDelta: which roles count as changed', () => {
  const typo = (level: string) => `role "Dev" {\n  permission "Log in using Acess Tokens" ${level}\n}\n`;
  const dev = (text: string) => {
    const loaded = side({ '/main.nsroles': text }).load((f) => (f === '/main.nsroles' ? text : undefined), new ParseCache());
    return factsOf(loaded.model).role('Dev');
  };

  it('a role with a mistyped permission read twice is the same role (its near misses compare by content)', () => {
    const a = dev(typo('full'));
    const b = dev(typo('full'));
    assert.ok(a?.nearMisses?.size, 'the typo is a near miss');
    assert.notEqual(a, b);
    assert.ok(sameFacts(a, b));
  });

  it('the same role with its near miss written differently has changed', () => {
    assert.ok(!sameFacts(dev(typo('full')), dev('role "Dev" {\n  permission "Log in using Access Token" full\n}\n')));
  });
});

describe('accessDelta: properties (fast-check)', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(accountText, (a) => {
        const d = accessDelta(side({ '/main.nsroles': a }), side({ '/main.nsroles': a }));
        assert.deepEqual(d, { granted: [], revoked: [] });
      }),
      { numRuns: 150, seed: 1501 },
    );
  });

  it('diff(a, b) is the matrix difference, and every change names at least one line', () => {
    // b: another account, or a with some lines dropped (an edit).
    const pair = fc.oneof(
      fc.tuple(accountText, accountText),
      fc.tuple(accountText, fc.array(fc.nat(), { maxLength: 4 })).map(([a, drops]): [string, string] => {
        const lines = a.split('\n');
        for (const d of drops) if (lines.length) lines.splice(d % lines.length, 1);
        return [a, lines.join('\n')];
      }),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const sa = side({ '/main.nsroles': a });
        const sb = side({ '/main.nsroles': b });
        const d = accessDelta(sa, sb);
        const m = matrixDifference(sa.load(sa.read, new ParseCache()), sb.load(sb.read, new ParseCache()));
        assert.deepEqual({ granted: keysOf(d.granted), revoked: keysOf(d.revoked) }, m);
        for (const c of [...d.granted, ...d.revoked]) assert.ok(c.changes.length > 0, JSON.stringify(c));
      }),
      { numRuns: 150, seed: 1502 },
    );
  });
});

import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { buildMatrix, decide, factsOf, tokenTargetCounts } from '../../server/src/engine';
import { load } from '../helpers/memory';
import { accountText } from '../properties/accounts';

/** The counts as every target decided one by one would give them. */
function bruteForce(text: string): string[] {
  const cells = buildMatrix(load(text).model, { expandTargets: true });
  const counts = new Map<string, { allowed: number; total: number }>();
  const seen = new Set<string>();
  for (const c of cells) {
    if (!c.target || (c.target.user === c.user && c.target.role === c.role)) continue;
    // A role listed twice for a user is one (user, role) pair.
    const cell = JSON.stringify([c.user, c.role, c.action, c.target.user, c.target.role]);
    if (seen.has(cell)) continue;
    seen.add(cell);
    const k = JSON.stringify([c.user, c.role, c.action]);
    const n = counts.get(k) ?? { allowed: 0, total: 0 };
    n.total++;
    if (c.decision === 'allow') n.allowed++;
    counts.set(k, n);
  }
  return [...counts].map(([k, n]) => `${k} ${n.allowed}/${n.total}`).sort();
}

function counted(text: string): string[] {
  return tokenTargetCounts(load(text).model)
    .filter((c) => c.total > 0)
    .map((c) => `${JSON.stringify([c.user, c.role, c.action])} ${c.allowed}/${c.total}`)
    .sort();
}

describe('matrix: tokens for others, counted', () => {
  it('a Token Admin may issue tokens for some others; the count says how many', () => {
    const text = `role "Token Admin" { permission "Access Token Management"; two-factor required }
role "Sync" { permission ADMI_LOGIN_OAUTH }
role "Plain" {}
role "Administrator" { administrator; two-factor required }
user "tina" { role "Token Admin" }
user "svc1" { role "Sync" }
user "svc2" { role "Sync"; role "Plain" }
user "old" { role "Sync"; inactive }
user "boss" { role "Administrator" }
`;
    const tina = tokenTargetCounts(load(text).model).filter((c) => c.user === 'tina');
    assert.deepEqual(
      tina.map((c) => [c.action, c.allowed, c.total]),
      [
        ['issue-token', 2, 5],
        ['revoke-token', 2, 5],
      ],
    );
    assert.deepEqual(counted(text), bruteForce(text));
  });

  it('the examples: the counts equal deciding every target', () => {
    for (const f of ['examples/acme/account.nsroles', 'examples/mistakes/mistakes.nsroles']) {
      const text = fs.readFileSync(path.join(__dirname, '../..', f), 'utf8');
      assert.deepEqual(counted(text), bruteForce(text), f);
    }
  });

  it('random accounts: the counts equal deciding every target (fast-check)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(accountText, (text) => {
        assert.deepEqual(counted(text), bruteForce(text));
      }),
      { seed: 1301, numRuns: 300 },
    );
  });
});

describe('matrix: every cell', () => {
  it('random accounts: each cell, own token or any target, is the decision asked on its own (fast-check)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(accountText, (text) => {
        const model = load(text).model;
        const facts = factsOf(model);
        for (const c of buildMatrix(model, { expandTargets: true })) {
          const own = !c.target || (c.target.user === c.user && c.target.role === c.role);
          const v = decide(facts, { user: c.user, role: c.role, action: c.action, ...(own ? {} : { target: c.target! }) }, true);
          assert.deepEqual([c.decision, c.rule], [v.decision, v.rule], JSON.stringify(c));
        }
      }),
      { seed: 1302, numRuns: 200 },
    );
  });
});

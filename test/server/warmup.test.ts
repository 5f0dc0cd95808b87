import { strict as assert } from 'assert';
import { lintAccount, loadAccount } from '../../server/src/engine';
import * as path from 'path';
import { warmUp, warmupAccount } from '../../server/src/warmup';
import { fileUri, TestServer, workspace } from './harness';

function loaded(n: number) {
  const { entry, files } = warmupAccount(n);
  return loadAccount(entry, { read: (f) => files[f], resolve: (_from, p) => `/nsroles-warmup/${p}` });
}

/** Runs warmUp to its end; resolves with the rounds run and how many other callbacks ran meanwhile. */
function run(stop: (roundsSoFar: number) => boolean, rounds?: number): Promise<{ ran: number; others: number }> {
  return new Promise((resolve) => {
    // Asked before each round: every answer but the last let one more round run.
    let asked = 0;
    let others = 0;
    let going = true;
    const other = () => {
      others++;
      if (going) setImmediate(other);
    };
    setImmediate(other);
    warmUp(
      () => stop(asked++),
      rounds,
      (ran) => {
        going = false;
        resolve({ ran, others });
      },
    );
  });
}

describe('warm-up: a built-in account read and checked while the server waits for its first document', () => {
  it('is an account in every form, with no syntax error: what a real account runs', () => {
    const { model, trees } = loaded(4);
    const findings = lintAccount({ model, trees });
    assert.deepEqual(
      findings.filter((f) => f.rule === 'NSR-SYNTAX'),
      [],
    );
    assert.equal(trees.size, 2, 'an entry file that includes another');
    assert.ok(model.accounts.length === 1 && model.roles.some((r) => r.administrator) && model.roles.some((r) => r.webServicesOnly));
    assert.ok(model.roles.some((r) => r.inactive) && model.roles.some((r) => r.center) && model.roles.some((r) => r.id));
    assert.ok(model.users.some((u) => u.inactive) && model.integrations.some((i) => i.state?.value === 'blocked'));
    assert.ok(model.tokens.some((t) => t.createdBy) && model.tokens.some((t) => t.revoked));
    assert.ok(model.expects.some((e) => e.target) && model.expects.some((e) => e.channel) && model.expects.some((e) => e.integration));
    // Findings of several rules, so their checks are warmed up too.
    assert.ok(new Set(findings.map((f) => f.rule)).size >= 5, [...new Set(findings.map((f) => f.rule))].join(', '));
  });

  it('runs its rounds one turn of the event loop at a time, so other work goes on between them', async () => {
    const { ran, others } = await run(() => false, 4);
    assert.equal(ran, 4);
    assert.ok(others >= 4, `other callbacks between rounds: ${others}`);
  });

  it('stops as soon as it is told to: before any round, or after some', async () => {
    assert.equal((await run(() => true)).ran, 0);
    assert.equal((await run((n) => n >= 2)).ran, 2);
  });
});

describe('warm-up in the running server', () => {
  it('is invisible: no diagnostics for its files, none of its names in workspace symbols', async () => {
    const s = await TestServer.start();
    try {
      // Each request is answered between two rounds: after this many, the warm-up has run out.
      for (let i = 0; i < 24; i++) {
        const found = (await s.conn.sendRequest('workspace/symbol', { query: 'Bridge' })) as { name: string }[] | null;
        assert.deepEqual(found ?? [], []);
      }
      const uri = fileUri(path.join(workspace({}), 'a.nsroles'));
      await s.open(uri, 'role "Sales" { permission ADMI_LOGIN_OAUTH }\n');
      await s.diagnostics(uri);
      assert.deepEqual(
        s.published.filter((p) => p.uri.includes('nsroles-warmup')),
        [],
      );
    } finally {
      await s.stop();
    }
  });
});

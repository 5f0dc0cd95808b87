import { strict as assert } from 'assert';
import { lintAccount, loadAccount } from '../../server/src/engine';
import * as path from 'path';
import { WARMUP_ROUNDS, warmUp, warmupAccount } from '../../server/src/warmup';
import { fileUri, TestServer, workspace } from './harness';

function loaded(n: number) {
  const { entry, host } = warmupAccount(n);
  return loadAccount(entry, host);
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
      0,
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

  it('waits before its first round, so messages that came with initialized are handled first', async () => {
    const handled: string[] = [];
    const queue = (n: number) => setImmediate(() => (handled.push(`message ${n}`), n < 5 && queue(n + 1)));
    // As jsonrpc handles what it has read: one message per turn of the event loop.
    const finished = new Promise<void>((resolve) =>
      warmUp(
        () => (handled.push('round'), true),
        undefined,
        () => resolve(),
      ),
    );
    queue(1);
    await finished;
    assert.deepEqual(handled, ['message 1', 'message 2', 'message 3', 'message 4', 'message 5', 'round']);
  });

  it('stops as soon as it is told to: before any round, or after some', async () => {
    assert.equal((await run(() => true)).ran, 0);
    assert.equal((await run((n) => n >= 2)).ran, 2);
  });
});

describe('warm-up in the running server', () => {
  /** The rounds the server ran, from the line NSROLES_DEBUG has it write when the warm-up ends. */
  const rounds = (s: TestServer) => s.until('the warm-up to end', () => /warm-up: (\d+) rounds/.exec(s.logs.join(''))?.[1]).then(Number);

  it('an idle server runs rounds until it has run them all, and publishes nothing of them', async () => {
    const s = await TestServer.start({ env: { NSROLES_DEBUG: '1' } });
    try {
      assert.equal(await rounds(s), WARMUP_ROUNDS);
      const uri = fileUri(path.join(workspace({}), 'a.nsroles'));
      await s.open(uri, 'role "Sales" { permission ADMI_LOGIN_OAUTH }\n');
      await s.diagnostics(uri);
      assert.deepEqual(
        s.published.map((p) => p.uri),
        [uri],
      );
      const found = (await s.conn.sendRequest('workspace/symbol', { query: 'Bridge' })) as unknown[] | null;
      assert.deepEqual(found ?? [], []);
    } finally {
      await s.stop();
    }
  });

  it('a document opened just after initialized stops it: the document does not wait for its rounds', async () => {
    const s = await TestServer.start({ env: { NSROLES_DEBUG: '1' } });
    try {
      const uri = fileUri(path.join(workspace({}), 'a.nsroles'));
      await s.open(uri, 'role "Sales" { permission ADMI_LOGIN_OAUTH }\n');
      await s.diagnostics(uri);
      assert.ok((await rounds(s)) < WARMUP_ROUNDS);
    } finally {
      await s.stop();
    }
  });
});

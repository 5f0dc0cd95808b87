import { strict as assert } from 'assert';
import { lintAccount, loadAccount } from '../../server/src/engine';
import * as fs from 'fs';
import * as path from 'path';
import { beforeFirstDocument, WARMUP_ROUNDS, warmUp, warmupAccount } from '../../server/src/warmup';
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

/** Runs beforeFirstDocument until it logs its last line; resolves with its log and how many other callbacks ran. */
function idle(
  stop: () => boolean,
  readAhead: (pause: () => boolean) => boolean,
  o: { busy?: () => boolean; slice?: number; others?: { n: number } } = {},
): Promise<{ log: string[]; others: number }> {
  return new Promise((resolve) => {
    const log: string[] = [];
    const others = o.others ?? { n: 0 };
    let going = true;
    const other = () => {
      others.n++;
      if (going) setImmediate(other);
    };
    setImmediate(other);
    beforeFirstDocument(
      stop,
      o.busy ?? (() => false),
      readAhead,
      (line) => {
        log.push(line);
        if (/stopped|warm-up/.test(line)) {
          going = false;
          resolve({ log, others: others.n });
        }
      },
      o.slice,
      0,
    );
  });
}

describe('before the first document: reading ahead, then the warm-up', () => {
  it('reads ahead one slice per turn of the event loop, each until its deadline, then warms up', async () => {
    const lengths: number[] = [];
    // How many other callbacks had run when each slice began: one or more between any two.
    const between: number[] = [];
    const others = { n: 0 };
    const { log } = await idle(
      () => false,
      (pause) => {
        between.push(others.n);
        const t = performance.now();
        while (!pause()) {
          // a piece of a large file
        }
        lengths.push(performance.now() - t);
        return lengths.length === 3;
      },
      { slice: 4, others },
    );
    assert.equal(lengths.length, 3);
    // A slice lasts until its deadline (a lower bound: a busy machine only makes it longer).
    assert.ok(
      lengths.every((l) => l >= 3),
      `slices of ~4 ms: ${lengths.map((l) => l.toFixed(1)).join(', ')}`,
    );
    assert.ok(between[1] > between[0] && between[2] > between[1], `other callbacks before each slice: ${between.join(', ')}`);
    assert.match(log[0], /^read ahead: done in 3 slices/);
    assert.match(log[1], new RegExp(`^warm-up: ${WARMUP_ROUNDS} rounds`));
  });

  it('waits before its first slice, so messages that came with initialized are handled first', async () => {
    const handled: string[] = [];
    const queue = (n: number) => setImmediate(() => (handled.push(`message ${n}`), n < 5 && queue(n + 1)));
    const finished = new Promise<void>((resolve) =>
      beforeFirstDocument(
        () => false,
        () => false,
        () => (handled.push('slice'), true),
        (line) => line.startsWith('warm-up') && resolve(),
      ),
    );
    queue(1);
    await finished;
    assert.deepEqual(handled.slice(0, 6), ['message 1', 'message 2', 'message 3', 'message 4', 'message 5', 'slice']);
  });

  it('stops when told, between slices, and then does not warm up', async () => {
    let slices = 0;
    let asked = 0;
    const { log } = await idle(
      () => asked++ >= 2,
      () => (slices++, false),
    );
    assert.equal(slices, 2);
    assert.deepEqual(
      log.map((l) => l.replace(/\d+ ms/, 'N ms')),
      ['read ahead: stopped after 2 slices, N ms'],
    );
  });

  it('while a message arrives in parts, runs no slice, and goes on once it has arrived', async () => {
    const seen: string[] = [];
    let slices = 0;
    let busyFor = 3;
    const { log } = await idle(
      () => false,
      () => (seen.push('slice'), ++slices >= 4),
      {
        // Busy three times when asked after the first slice.
        busy: () => {
          const b = slices === 1 && busyFor-- > 0;
          if (b) seen.push('busy');
          return b;
        },
      },
    );
    assert.deepEqual(seen, ['slice', 'busy', 'busy', 'busy', 'slice', 'slice', 'slice']);
    assert.match(log[0], /^read ahead: done in 4 slices/);
  });

  it('an error while reading ahead ends the reading, not the server, and says so; the warm-up goes on', async () => {
    const { log } = await idle(
      () => false,
      () => {
        throw new Error('unreadable');
      },
    );
    assert.match(log[0], /^read ahead: failed after 1 slices, \d+ ms: unreadable$/);
    assert.match(log[1], /^warm-up: /);
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
      // Stopped while reading ahead (nothing to read here, so seldom), or during the warm-up.
      const end = await s.until('the idle work to end', () => /read ahead: stopped|warm-up: (\d+) rounds/.exec(s.logs.join('')) ?? undefined);
      assert.ok(end[1] === undefined || Number(end[1]) < WARMUP_ROUNDS, end[0]);
    } finally {
      await s.stop();
    }
  });
});

describe('reading ahead in the running server', () => {
  /** An account of `n` users in one file, a fifth of them holding a role nobody defines. */
  function account(n: number): string {
    const lines: string[] = [];
    for (let i = 0; i < n / 50; i++) lines.push(`role "Role ${i}" {\n  permission ADMI_LOGIN_OAUTH\n}`);
    for (let i = 0; i < n; i++) lines.push(`user "user${i}@acme.com" {\n  role "Role ${i % (n / 50)}"${i % 5 ? '' : `\n  role "Rol ${i % 3}"`}\n}`);
    return lines.join('\n') + '\n';
  }
  const ended = (s: TestServer, what: RegExp) => s.until(`the reading ahead to end (${what.source})`, () => what.exec(s.logs.join('')) ?? undefined);

  it("an idle server reads the workspace's role files in slices, and its first check is what it is without them", async () => {
    const text = account(20_000);
    const dir = workspace({ 'account.nsroles': text });
    const uri = fileUri(path.join(dir, 'account.nsroles'));
    // Opened at once: the document comes before the first slice (or, on a busy machine, after
    // one), so little or nothing is read ahead.
    const busy = await TestServer.start({ folders: [dir], env: { NSROLES_DEBUG: '1' } });
    await busy.open(uri, text);
    const idle = await TestServer.start({ folders: [dir], env: { NSROLES_DEBUG: '1' } });
    try {
      await ended(busy, /read ahead: stopped after \d+ slices/);
      // One file: more than one slice means each slice kept to its deadline inside the file.
      const [, slices] = await ended(idle, /read ahead: done in (\d+) slices/);
      assert.ok(Number(slices) >= 2, idle.logs.join(''));
      await idle.open(uri, text);
      const [read, unread] = await Promise.all([idle.diagnostics(uri), busy.diagnostics(uri)]);
      assert.equal(read.diagnostics.filter((d) => d.code === 'NSR-UNKNOWN-REF').length, 4000);
      assert.deepEqual(read.diagnostics, unread.diagnostics);
    } finally {
      await idle.stop();
      await busy.stop();
    }
  });

  it('a file read ahead and then opened with other text (unsaved changes) is checked as opened', async () => {
    const dir = workspace({ 'a.nsroles': 'user "u" { role "Missing" }\n' });
    const uri = fileUri(path.join(dir, 'a.nsroles'));
    const s = await TestServer.start({ folders: [dir], env: { NSROLES_DEBUG: '1' } });
    try {
      await ended(s, /read ahead: done/);
      await s.open(uri, 'role "Missing" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "Missing" }\n');
      const d = await s.diagnostics(uri);
      assert.deepEqual(
        d.diagnostics.filter((x) => x.code === 'NSR-UNKNOWN-REF'),
        [],
      );
    } finally {
      await s.stop();
    }
  });

  it('a file changed on disk after it was read ahead, with no file event, is read again by the first check', async () => {
    const dir = workspace({ 'a.nsroles': 'user "u" { role "R" }\n', 'b.nsroles': 'role "Other" { permission ADMI_LOGIN_OAUTH }\n' });
    const s = await TestServer.start({ folders: [dir], env: { NSROLES_DEBUG: '1' } });
    try {
      await ended(s, /read ahead: done/);
      // b now includes a and defines the role a's user holds: a is part of b's account.
      fs.writeFileSync(path.join(dir, 'b.nsroles'), 'include "a.nsroles"\nrole "R" { permission ADMI_LOGIN_OAUTH }\n');
      const uri = fileUri(path.join(dir, 'a.nsroles'));
      await s.open(uri, 'user "u" { role "R" }\n');
      const d = await s.diagnostics(uri);
      assert.deepEqual(
        d.diagnostics.filter((x) => x.code === 'NSR-UNKNOWN-REF').map((x) => x.message),
        [],
      );
    } finally {
      await s.stop();
    }
  });
});

import { strict as assert } from 'assert';
import { continueAfterError, RestartPolicy } from '../../client/src/restartPolicy';

const MINUTE = 60_000;

describe('restart policy', () => {
  it('restarts the first crashes, each with a notice that counts them', () => {
    const policy = new RestartPolicy({ maxRestarts: 3, windowMs: 3 * MINUTE });
    const verdicts = [0, 1000, 2000].map((t) => policy.onCrash(t));
    assert.deepEqual(
      verdicts.map((v) => [v.restart, v.crashes]),
      [
        [true, 1],
        [true, 2],
        [true, 3],
      ],
    );
    assert.match(verdicts[0].message, /stopped unexpectedly and was restarted \(1 of 3 restarts allowed in 3 minutes\)/);
    // One notification per burst: the later restarts are only logged.
    assert.deepEqual(
      verdicts.map((v) => v.notify),
      [true, false, false],
    );
  });

  it('stops restarting when the server keeps crashing inside the window, and says how to recover', () => {
    const policy = new RestartPolicy({ maxRestarts: 3, windowMs: 3 * MINUTE });
    for (const t of [0, 1000, 2000]) policy.onCrash(t);
    const v = policy.onCrash(3000);
    assert.equal(v.restart, false);
    assert.equal(v.crashes, 4);
    assert.equal(v.notify, true);
    assert.match(v.message, /stopped 4 times in 3 minutes and will not be restarted/);
    assert.match(v.message, /Restart Language Server/);
  });

  it('forgets crashes older than the window', () => {
    const policy = new RestartPolicy({ maxRestarts: 2, windowMs: MINUTE });
    policy.onCrash(0);
    policy.onCrash(10_000);
    const later = policy.onCrash(10_000 + MINUTE);
    assert.deepEqual([later.restart, later.crashes, later.notify], [true, 1, true]);
  });

  it('starts afresh after a restart the user asked for', () => {
    const policy = new RestartPolicy({ maxRestarts: 1, windowMs: MINUTE });
    policy.onCrash(0);
    assert.equal(policy.onCrash(1).restart, false);
    policy.reset();
    assert.deepEqual([policy.onCrash(2).restart, policy.onCrash(3).restart], [true, false]);
  });

  it('rides out the first three connection errors in a row, then shuts down', () => {
    assert.deepEqual([1, 2, 3, 4, undefined].map(continueAfterError), [true, true, true, false, false]);
  });
});

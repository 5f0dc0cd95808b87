import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HELPER_NICE, helpersYield } from '../../server/src/threads';
import { tempDir } from '../helpers/temp';
import { TestServer } from './harness';

/** Each thread's nice value, by thread id (field 19 of /proc/PID/task/TID/stat). */
function niceOf(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

describe("V8's helper threads yield to the server's main thread", () => {
  it('the running server: its main thread at normal priority, every other thread lowered', async () => {
    const s = await TestServer.start();
    try {
      const pid = s.proc.pid!;
      const nice = niceOf(pid);
      // The server starts at the test's own priority (`nice npm test` raises both).
      const own = os.getPriority();
      assert.equal(nice.get(pid), own);
      const helpers = [...nice].filter(([tid]) => tid !== pid);
      assert.ok(helpers.length >= 4, `V8 starts at least 4 helper threads; saw ${helpers.length}`);
      for (const [tid, n] of helpers) assert.equal(n, Math.max(own, HELPER_NICE), `thread ${tid}`);
    } finally {
      await s.stop();
    }
  });

  it('threads started afterwards by the main thread (libuv file threads) keep its priority', () => {
    const script = `
      const { helpersYield } = require(${JSON.stringify(path.join(__dirname, '../../server/src/threads.ts'))});
      const fs = require('fs');
      const before = new Set(fs.readdirSync('/proc/self/task'));
      const lowered = helpersYield();
      fs.readFile(__filename, () => {
        const nice = (t) => { const s = fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8'); return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[16]); };
        const later = fs.readdirSync('/proc/self/task').filter((t) => !before.has(t));
        console.log(JSON.stringify({ lowered, before: before.size, later: later.map(nice) }));
      });`;
    const file = path.join(tempDir('nsroles-threads-'), 'probe.js');
    fs.writeFileSync(file, script);
    const r = JSON.parse(execFileSync(process.execPath, ['--require', 'tsx/cjs', file], { encoding: 'utf8' })) as {
      lowered: number;
      before: number;
      later: number[];
    };
    // Every thread but the main one, unless the test already runs at least that low.
    const own = os.getPriority();
    assert.equal(r.lowered, own < HELPER_NICE ? r.before - 1 : 0);
    assert.ok(r.later.length > 0, 'reading a file started libuv threads');
    assert.deepEqual(
      r.later,
      r.later.map(() => own),
    );
  });

  it('does nothing where a thread id could name another process', () => {
    for (const platform of ['win32', 'darwin', 'freebsd'] as const) assert.equal(helpersYield(HELPER_NICE, platform), 0);
  });

  it('a process that is not there, or a /proc it cannot read, lowers nothing and does not throw', () => {
    assert.equal(helpersYield(HELPER_NICE, 'linux', 2 ** 22 + 12345), 0);
  });
});

import { strict as assert } from 'assert';
import { skipped } from '../vscode/run';

/** Captures what console.log and console.error print while `fn` runs. */
function capture<T>(fn: () => T): { value: T; out: string; err: string } {
  const { log, error } = console;
  let out = '';
  let err = '';
  console.log = (...a: unknown[]) => void (out += a.join(' ') + '\n');
  console.error = (...a: unknown[]) => void (err += a.join(' ') + '\n');
  try {
    return { value: fn(), out, err };
  } finally {
    Object.assign(console, { log, error });
  }
}

describe('npm run test:vscode when VS Code cannot run', () => {
  it('says "skipped" and exits 0 on a developer machine', () => {
    const r = capture(() => skipped('no VS Code', {}));
    assert.equal(r.value, 0);
    assert.match(r.out, /^test:vscode skipped: no VS Code\. npm run test:e2e/);
    assert.equal(r.err, '');
  });

  it('says "skipped" and exits non-zero under CI, naming the way out', () => {
    for (const CI of ['true', '1']) {
      const r = capture(() => skipped('no VS Code', { CI }));
      assert.equal(r.value, 1, `CI=${CI}`);
      assert.match(r.err, /^test:vscode skipped: no VS Code\. Under CI this is a failure: set VSCODE_EXECUTABLE/);
    }
    assert.equal(capture(() => skipped('x', { CI: 'false' })).value, 0);
  });
});

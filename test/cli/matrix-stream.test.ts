import { strict as assert } from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI as cli, ROOT as root } from '../helpers/cli';

const acme = path.join(root, 'examples/acme/account.nsroles');

/** An account of `users` users, each holding one of a few login roles: (user, role) pairs = users. */
function account(users: number): string {
  const lines = ['role "Login" { permission ADMI_LOGIN_OAUTH }', 'role "Manager" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }'];
  for (let i = 0; i < users; i++) lines.push(`user "user-${i}@example.com" { role "${i % 10 === 0 ? 'Manager' : 'Login'}" }`);
  return lines.join('\n') + '\n';
}

/** Runs the CLI, counting output lines; with `stopAfter`, closes the pipe once that many have come. */
function stream(args: string[], nodeArgs: string[] = [], stopAfter?: number): Promise<{ lines: number; code: number | null; stderr: string; text: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    let head = '';
    child.stdout.on('data', (d: Buffer) => {
      if (head.length < 4000) head += d.toString();
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
      if (stopAfter !== undefined && lines >= stopAfter) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ lines, code, stderr, text: head }));
  });
}

describe('nsroles matrix streams its rows', function () {
  this.timeout(600_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-matrix-'));
  const users = 600;
  const file = path.join(dir, 'big.nsroles');
  // Every target: 4 own cells per (user, role) and 2 token actions × every other pair.
  const rows = 4 * users + 2 * users * (users - 1);
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)');
    fs.writeFileSync(file, account(users));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes 719,000 csv rows with a 32 MB heap, which could not hold them all at once', async () => {
    // Held as cells (two objects and a row string each), these rows need well over 100 MB of heap.
    const r = await stream(['matrix', file, '--format', 'csv'], ['--max-old-space-size=32']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(r.lines, 1 + rows);
  });

  it('json streams too: one object with the contract’s shape', async () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=32', cli, 'matrix', file, '--format', 'json', '--action', 'revoke-token'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(j), ['rows']);
    assert.equal(j.rows.length, users * users);
    assert.deepEqual(Object.keys(j.rows[1]), ['user', 'role', 'action', 'target', 'decision', 'tokenFor']);
    assert.ok(j.rows.every((x: { action: string }) => x.action === 'revoke-token'));
  });

  it('stops quietly when its reader goes away (| head): exit 0, nothing on stderr', async () => {
    for (const format of ['csv', 'json', 'text']) {
      const r = await stream(['matrix', file, '--format', format], [], 50);
      assert.equal(r.stderr, '', format);
      assert.equal(r.code, 0, format);
      assert.ok(r.lines >= 50 && r.lines < rows, format);
    }
  });

  it('--targets none lists own tokens only; --action keeps one action', () => {
    const json = (...args: string[]) =>
      JSON.parse(spawnSync(process.execPath, [cli, 'matrix', acme, '--format', 'json', ...args], { encoding: 'utf8' }).stdout).rows;
    const all = json();
    const own = json('--targets', 'none');
    const isOwn = (x: { user: string; role: string; target: { user: string; role: string } | null }) =>
      x.target === null || (x.target.user === x.user && x.target.role === x.role);
    assert.deepEqual(own, all.filter(isOwn));
    assert.ok(own.length < all.length);
    const login = json('--action', 'restlet-login', '--targets', 'none');
    assert.deepEqual(
      login,
      own.filter((x: { action: string }) => x.action === 'restlet-login'),
    );
    const text = (...args: string[]) => spawnSync(process.execPath, [cli, 'matrix', acme, '--action', 'issue-token', ...args], { encoding: 'utf8' }).stdout;
    assert.match(text().split('\n')[0], /^user as role +issue own token +issue for others\s*$/);
    assert.match(text('--targets', 'none').split('\n')[0], /^user as role +issue own token\s*$/);
  });

  it('bad --targets or --action: exit 2 with the values to use', () => {
    for (const [args, message] of [
      [['--targets', 'some'], /unknown --targets 'some': use all or none/],
      [['--action', 'login'], /unknown --action 'login': use issue-token, revoke-token, restlet-login, web-services-login/],
    ] as const) {
      const r = spawnSync(process.execPath, [cli, 'matrix', acme, ...args], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });
});

import { strict as assert } from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI as cli, ROOT as root, argv, run } from '../helpers/cli';

const acme = path.join(root, 'examples/acme/account.nsroles');

/** An account whose listings are larger than a pipe's buffer (64 KiB on Linux). */
function bigAccount(dir: string, users: number): string {
  const lines = ['role "Sync" { permission "Log in using Access Tokens" }', 'role "Sloppy" { permission "Access Token Management" edit }'];
  for (let i = 0; i < users; i++) lines.push(`user "service-account-number-${i}@example.com" { role "Sync" }`);
  const file = path.join(dir, `big-${users}.nsroles`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** Runs the CLI with its stdout on a pipe whose only reader has already gone away. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closing our end before the CLI has even started means its first write meets EPIPE.
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

describe('nsroles CLI: closed pipes, --format on every command, --for alone', function () {
  this.timeout(60000);
  let dir: string;
  // 1,500 users for the per-user listings; 150 for csv, which lists every target too.
  const big: Record<string, string> = {};
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-pipes-'));
    big['{big}'] = bigAccount(dir, 1500);
    big['{targets}'] = bigAccount(dir, 150);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('a reader that stops early ends the command quietly', () => {
    // `| head -1` through a real shell: head exits after its first line while the CLI is
    // still writing the rest, more than the pipe holds.
    const piped: [string, string[], number][] = [
      ['matrix', ['matrix', '{big}'], 0],
      ['matrix --format csv', ['matrix', '{targets}', '--format', 'csv'], 0],
      ['who-can', ['who-can', '{big}', '--action', 'restlet-login'], 0],
      ['who-can --json', ['who-can', '{big}', '--action', 'restlet-login', '--json'], 0],
      ['check', ['check', '{big}', '--format', 'json'], 1],
    ];
    for (const [name, args, code] of piped) {
      it(`${name} | head -1: the first line, no stack trace, the command's own exit code`, () => {
        const argv = args.map((a) => big[a] ?? a);
        const quoted = [process.execPath, cli, ...argv].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
        const r = spawnSync('bash', ['-c', `set -o pipefail; ${quoted} 2>"$ERR" | head -1`], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, ERR: path.join(dir, 'stderr.txt') },
        });
        const err = fs.readFileSync(path.join(dir, 'stderr.txt'), 'utf8');
        assert.equal(r.stdout.split('\n').filter(Boolean).length, 1, r.stdout);
        assert.equal(err, '', 'nothing on stderr');
        assert.equal(r.status, code, `exit code of the pipeline (pipefail): ${r.status}`);
      });
    }

    const closed: [string, string[]][] = [
      ['check', ['check', 'examples/mistakes']],
      ['simulate', ['simulate', acme, '--user', 'bob@acme.com', '--role', 'Integration Manager', '--action', 'restlet-login']],
      ['matrix', ['matrix', acme]],
      ['who-can', ['who-can', acme, '--action', 'restlet-login']],
      ['--help', ['--help']],
    ];
    for (const [name, args] of closed) {
      it(`${name} into an already closed pipe: no error on stderr, no signal`, async () => {
        const r = await runIntoClosedPipe(args);
        // check's summary goes to stderr as always; nothing else may.
        assert.equal(r.err.replace(/^\d+ findings: .*\n$/, ''), '');
        assert.equal(r.signal, null);
        assert.notEqual(r.code, 70, 'not an internal error');
        assert.ok(r.code === 0 || r.code === 1 || r.code === 3, String(r.code));
      });
    }
  });

  describe('--format json and --json on every command', () => {
    const queries: [string, string[]][] = [
      ['check', ['check', 'examples/mistakes']],
      ['simulate', ['simulate', acme, '--user', 'bob@acme.com', '--role', 'Integration Manager', '--action', 'restlet-login']],
      ['matrix', ['matrix', acme]],
      ['who-can', ['who-can', acme, '--action', 'restlet-login']],
    ];
    for (const [name, args] of queries) {
      it(`${name}: --format json and --json print the same JSON`, () => {
        const a = run([...args, '--format', 'json']);
        const b = run([...args, '--json']);
        assert.equal(a.err.includes('nsroles:'), false, a.err);
        assert.ok(JSON.parse(a.out));
        assert.equal(a.out, b.out);
        assert.equal(a.code, b.code);
        assert.match(run([...args, '--format', 'text']).out, /^[^{]/);
      });
    }

    it('--json with another --format is bad input; a format a command does not print is named', () => {
      const both = run(['matrix', acme, '--json', '--format', 'csv']);
      assert.equal(both.code, 2);
      assert.match(both.err, /^nsroles: --json and --format csv contradict each other/);
      const sarif = run(['who-can', acme, '--action', 'restlet-login', '--format', 'sarif']);
      assert.equal(sarif.code, 2);
      assert.equal(sarif.err, "nsroles: unknown --format 'sarif': use text or json\n");
    });

    it('--help of every command documents --format and --json', () => {
      for (const c of ['check', 'simulate', 'matrix', 'who-can', 'troubleshoot', 'diff']) {
        const help = run([c, '--help']).out;
        assert.match(help, /--format/, c);
        assert.match(help, /--json +the same as --format json/, c);
      }
    });
  });

  describe('--for without --for-role', () => {
    it('uses the only role the target holds', () => {
      const alone = run(['simulate', acme, ...argv('--user bob@acme.com --role "Integration Manager" --action issue-token --for svc-orders --json')]);
      const both = run([
        'simulate',
        acme,
        ...argv('--user bob@acme.com --role "Integration Manager" --action issue-token --for svc-orders --for-role "RESTlet Integration" --json'),
      ]);
      assert.equal(alone.code, 0, alone.err);
      assert.deepEqual(JSON.parse(alone.out).target, { user: 'svc-orders', role: 'RESTlet Integration' });
      assert.equal(alone.out, both.out);
      const who = JSON.parse(run(['who-can', acme, '--action', 'issue-token', '--for', 'svc-orders', '--json']).out);
      assert.deepEqual(who.target, { user: 'svc-orders', role: 'RESTlet Integration' });
    });

    it('names the roles when the target holds several, and --for-role alone needs --for', () => {
      const r = run(['who-can', acme, '--action', 'issue-token', '--for', 'bob@acme.com']);
      assert.equal(r.code, 2);
      assert.equal(r.err, "nsroles: 'bob@acme.com' (--for) holds 2 roles ('Integration Manager', 'Accountant'): say which with --for-role\n");
      const lone = run(['who-can', acme, '--action', 'issue-token', '--for-role', 'Accountant']);
      assert.equal(lone.code, 2);
      assert.match(lone.err, /--for-role needs --for/);
    });
  });
});

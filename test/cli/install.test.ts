import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '../..');

/** A command as a user types it in their repository: no npm variables from our own npm run. */
function sh(cmd: string, args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 170_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * README, "Use the CLI in your repository", step by step: pack the CLI in this clone, install
 * the tarball into another folder as a devDependency, run it with npx, then install again from
 * the lockfile alone as CI's `npm ci` does.
 */
describe('the CLI in a user’s repository (npm run pack:cli, npm install --save-dev, npx nsroles)', function () {
  this.timeout(180_000);
  let work = '';
  let repo = '';
  let version = '';
  before(() => {
    version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-install-'));
    repo = path.join(work, 'acme-netsuite');
    fs.mkdirSync(path.join(repo, 'roles'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'acme-netsuite', private: true }, null, 2) + '\n');
    fs.copyFileSync(path.join(root, 'examples/mistakes/mistakes.nsroles'), path.join(repo, 'roles/account.nsroles'));
  });
  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('npm run pack:cli makes nsroles-VERSION.tgz: the CLI alone, no dependencies', () => {
    const r = sh('npm', ['run', '--silent', 'pack:cli', '--', '--out', path.join(work, 'packed')], root);
    assert.equal(r.code, 0, r.err);
    const tarball = path.join(work, 'packed', `nsroles-${version}.tgz`);
    assert.equal(r.out.trim(), tarball);
    const listing = sh('tar', ['tzf', tarball], work).out.trim().split('\n').sort();
    assert.deepEqual(listing, ['package/LICENSE', 'package/README.md', 'package/cli.js', 'package/package.json']);
    fs.mkdirSync(path.join(repo, 'vendor'));
    fs.copyFileSync(tarball, path.join(repo, 'vendor', path.basename(tarball)));
  });

  it('npm install --save-dev ./vendor/nsroles-VERSION.tgz, then npx nsroles check works in the repository', () => {
    const install = sh('npm', ['install', '--save-dev', `./vendor/nsroles-${version}.tgz`], repo);
    assert.equal(install.code, 0, install.err);
    assert.doesNotMatch(install.err, /EBADENGINE|install scripts|npm warn/i, install.err);
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    assert.equal(manifest.devDependencies.nsroles, `file:vendor/nsroles-${version}.tgz`);

    const check = sh('npx', ['nsroles', 'check'], repo);
    assert.equal(check.code, 1, check.err);
    assert.match(check.out, /^roles\/account\.nsroles:\d+:\d+ warning TBA-2FA-REQUIRED /m);
    const sarif = sh('npx', ['nsroles', 'check', '--format', 'sarif'], repo);
    assert.equal(JSON.parse(sarif.out).version, '2.1.0');
  });

  it('CI: npm ci from the lockfile alone installs the same CLI', () => {
    fs.rmSync(path.join(repo, 'node_modules'), { recursive: true, force: true });
    const ci = sh('npm', ['ci'], repo);
    assert.equal(ci.code, 0, ci.err);
    const v = sh('npx', ['nsroles', '--version'], repo);
    assert.equal(v.out.trim(), version);
    assert.equal(sh('npx', ['nsroles', 'check', 'roles', '--rule', 'TBA-2FA-REQUIRED=off', '--fail-on', 'error', '--format', 'json'], repo).code, 1);
  });
});

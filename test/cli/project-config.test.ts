import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI as cli, run } from '../helpers/cli';

// A TBA role nobody holds (TBA-ROLE-UNASSIGNED, a warning) and an integration (TBA-2027-INTEGRATIONS, information).
const ACCOUNT = 'role "Orphan" { permission "Log in using Access Tokens" full }\nintegration "Sync" { token-based-authentication enabled }\n';

/** `rule severity` per finding of `check --format json`, by file name. */
function found(r: { out: string; err: string }): string[] {
  const j = JSON.parse(r.out) as { findings: { file: string; rule: string; severity: string }[] };
  return j.findings.map((f) => `${path.basename(f.file)} ${f.rule} ${f.severity}`).sort();
}

describe('nsroles check: project configuration (.nsroles.json, --config, --rule)', function () {
  this.timeout(60000);
  let repo = '';
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)');
    // A user's repository: a config at the top, another in one team's folder.
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-config-'));
    fs.mkdirSync(path.join(repo, 'roles/team'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'roles/main.nsroles'), ACCOUNT);
    fs.writeFileSync(path.join(repo, 'roles/team/team.nsroles'), ACCOUNT);
    fs.writeFileSync(path.join(repo, '.nsroles.json'), JSON.stringify({ rules: { 'TBA-2027-INTEGRATIONS': 'off' } }, null, 2));
    fs.writeFileSync(path.join(repo, 'roles/team/.nsroles.json'), JSON.stringify({ rules: { 'tba-role-unassigned': 'Error' } }, null, 2));
    fs.writeFileSync(path.join(repo, 'ci.json'), JSON.stringify({ rules: { 'TBA-ROLE-UNASSIGNED': 'off' } }));
  });
  after(() => {
    if (repo) fs.rmSync(repo, { recursive: true, force: true });
  });

  it('each file takes the .nsroles.json of its folder or the nearest above', () => {
    const r = run(['check', '--format', 'json'], repo);
    assert.deepEqual(found(r), [
      'main.nsroles TBA-ROLE-UNASSIGNED warning',
      'team.nsroles TBA-2027-INTEGRATIONS information', // the nearest config replaces the one above
      'team.nsroles TBA-ROLE-UNASSIGNED error',
    ]);
    assert.equal(r.code, 1, 'an error from the team config fails the check');
  });

  it('--config FILE is used for every file instead; --rule ID=SEVERITY goes on top, repeatable', () => {
    assert.deepEqual(found(run(['check', '--config', 'ci.json', '--format', 'json'], repo)), [
      'main.nsroles TBA-2027-INTEGRATIONS information',
      'team.nsroles TBA-2027-INTEGRATIONS information',
    ]);
    const r = run(['check', 'roles', '--rule', 'TBA-2027-INTEGRATIONS=warning', '--rule', 'TBA-ROLE-UNASSIGNED=off', '--format', 'json'], repo);
    assert.deepEqual(found(r), ['main.nsroles TBA-2027-INTEGRATIONS warning', 'team.nsroles TBA-2027-INTEGRATIONS warning']);
    assert.equal(r.code, 0);
  });

  it('a bad .nsroles.json, --config or --rule is bad input: exit 2, one line with the place', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-config-bad-'));
    try {
      fs.writeFileSync(path.join(bad, 'a.nsroles'), ACCOUNT);
      fs.writeFileSync(path.join(bad, '.nsroles.json'), '{\n  "rules": {\n    "TBA-2027-INTEGRATION": "off"\n  }\n}\n');
      const cases: [string[], string][] = [
        [['check'], "nsroles: .nsroles.json:3:5: Unknown rule id 'TBA-2027-INTEGRATION'.\n"],
        [['check', '--config', 'a.nsroles'], 'nsroles: a.nsroles:1:1: Not valid JSON: a character that JSON does not allow.\n'],
        [['check', '--config', 'missing.json'], 'nsroles: missing.json: cannot read the file\n'],
        [
          ['check', '--rule', 'TBA-2027-INTEGRATIONS'],
          'nsroles: --rule TBA-2027-INTEGRATIONS: write --rule RULE-ID=SEVERITY, e.g. --rule TBA-2027-INTEGRATIONS=off\n',
        ],
        [
          ['check', '--rule', 'TBA-2027-INTEGRATIONS=loud'],
          'nsroles: --rule TBA-2027-INTEGRATIONS=loud: the severity must be one of off, hint, information, warning, error\n',
        ],
      ];
      for (const [args, err] of cases) {
        const r = run(args, bad);
        assert.equal(r.err, err, args.join(' '));
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.out, '');
      }
      fs.writeFileSync(path.join(bad, '.nsroles.json'), '[1, 2]');
      assert.match(run(['check'], bad).err, /^nsroles: \.nsroles\.json:1:1: \.nsroles\.json must hold an object/);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  it('--help documents --config and --rule', () => {
    const help = run(['check', '--help'], repo).out;
    assert.match(help, /--config +a \.nsroles\.json/);
    assert.match(help, /--rule +RULE-ID=SEVERITY/);
  });

  it('NSR-ACCOUNT-CONFLICT across an include, at the later setting', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-account-'));
    try {
      fs.writeFileSync(path.join(dir, 'prod.nsroles'), 'account "Acme" { token-based-authentication enabled }\ninclude "shared.nsroles"\n');
      fs.writeFileSync(path.join(dir, 'shared.nsroles'), '# shared\naccount "Acme" {\n  token-based-authentication disabled\n}\n');
      const r = run(['check'], dir);
      assert.equal(r.code, 1);
      assert.match(
        r.out,
        /^shared\.nsroles:3:3 error NSR-ACCOUNT-CONFLICT token-based-authentication is disabled here but enabled in an earlier account block/m,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, ROOT, run } from '../helpers/cli';

const project = 'test/fixtures/netsuite-export';

const check = (...args: string[]) => run(['check', project, ...args], ROOT, { NO_COLOR: '1' });

interface FindingJson {
  file: string;
  line: number;
  severity: string;
  rule: string;
  message: string;
}

describe('nsroles check on role objects as NetSuite exports them (test/fixtures/netsuite-export)', function () {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)'));

  it('reports only the true 2FA warnings and the redundant-login hint, and exits 0 at the default --fail-on', () => {
    const r = check('--format', 'json');
    assert.equal(r.code, 0, r.err);
    const findings: FindingJson[] = JSON.parse(r.out).findings;
    assert.deepEqual(
      findings.map((f) => [path.basename(f.file), f.line, f.severity, f.rule]),
      [
        ['customrole1002.xml', 16, 'warning', 'SDF-2FA-REQUIRED'],
        ['customrole1003.xml', 18, 'hint', 'SDF-UAT-REDUNDANT-LOGIN'],
        ['customrole1007.xml', 18, 'warning', 'SDF-2FA-REQUIRED'],
      ],
    );
    assert.match(findings[0].message, /NetSuite requires two-factor authentication for this role whatever the file says/);
    assert.match(findings[0].message, /Access Token Management, ADMI_MANAGE_OAUTH_TOKENS/);
  });

  it('no unknown-permkey finding on real IDs, qualified references or NONE levels', () => {
    const text = check().out;
    assert.doesNotMatch(text, /SDF-UNKNOWN-PERMKEY|SDF-PERMLEVEL-VALUE|SDF-CENTERTYPE/);
    for (const id of [
      'ADMI_ACCTSETUP',
      'ADMI_COMMISSIONSETUP',
      'ADMI_CAMPAIGNSETUP',
      'ADMI_SFASETUP',
      'ADMI_STORESETUP',
      'ADMI_LOGIN_OAUTH2',
      'ADMI_SAMLSSO',
      'LIST_INTEGRAPP',
    ])
      assert.doesNotMatch(text, new RegExp(id));
  });

  it('no centertype finding on the Customer and Employee Centers or on references to custom centers', () => {
    const r = check('--format', 'json');
    const findings: FindingJson[] = JSON.parse(r.out).findings;
    for (const n of ['customrole1004.xml', 'customrole1005.xml', 'customrole1006.xml'])
      assert.deepEqual(
        findings.filter((f) => path.basename(f.file) === n),
        [],
        n,
      );
    // The role whose centertype is [appid=…, scriptid=custcenter_portal] keeps its true 2FA warning.
    const portal = findings.filter((f) => path.basename(f.file) === 'customrole1007.xml');
    assert.deepEqual(
      portal.map((f) => f.rule),
      ['SDF-2FA-REQUIRED'],
    );
  });

  it('the 2FA warning fails a build only when asked to, with --fail-on warning', () => {
    assert.equal(check('--fail-on', 'warning').code, 1);
  });
});

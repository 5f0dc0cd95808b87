import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { errorCodes } from '../../server/src/engine';
import { CLI, ROOT as root, run as runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const ACME = 'examples/acme/account.nsroles';

const run = (args: string[], cwd = root) => runCli(['troubleshoot', ...args], cwd);

/** The 1-based line of `needle` in the acme example, after `after`. */
function acmeLine(after: string, needle: string): number {
  const lines = fs.readFileSync(path.join(root, ACME), 'utf8').split('\n');
  const from = lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i > from && l.trim() === needle) + 1;
}

describe('nsroles troubleshoot', function () {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)'));

  it("names the blocked integration's state line for a token of a blocked integration (exit 0)", () => {
    const r = run([ACME, '--error', 'consumer_key_refused', '--token', 'edi-prod']);
    assert.equal(r.code, 0, r.err);
    const line = acmeLine('integration "Legacy EDI"', 'state blocked');
    assert.ok(line > 0);
    assert.match(r.out, new RegExp(`^PRESENT  The integration record's State is Blocked\\.\\n  examples/acme/account\\.nsroles:${line}  state blocked$`, 'm'));
    assert.match(r.out, /"The application is in Blocked state on the integration record\."/);
    assert.match(r.out, /https:\/\/docs\.oracle\.com\/en\/cloud\/saas\/netsuite\/ns-online-help\/subsect_156935170194\.html/);
  });

  it('--json prints the contract shape; exit 3 when no cause is present', () => {
    const r = run([ACME, '--error', 'CONSUMER_KEY_REFUSED', '--token', 'orders-prod', '--json']);
    assert.equal(r.code, 3, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.error, 'consumer_key_refused');
    assert.ok(j.causes.length >= 2);
    for (const c of j.causes) {
      for (const k of ['cause', 'status', 'evidence', 'remedy', 'citations']) assert.ok(k in c, k);
      assert.ok(['present', 'absent', 'unknown'].includes(c.status));
      assert.equal(typeof c.remedy.text, 'string');
      for (const e of c.evidence) assert.deepEqual(Object.keys(e), ['file', 'line', 'text']);
      for (const cit of c.citations) for (const k of ['rule', 'source', 'basis', 'quote', 'url']) assert.ok(k in cit, k);
    }
    const blocked = j.causes.find((c: { cause: string }) => /Blocked/.test(c.cause));
    assert.equal(blocked.status, 'absent');
    assert.deepEqual(blocked.evidence, [{ file: ACME, line: acmeLine('integration "Orders Sync"', 'state enabled'), text: 'state enabled' }]);
  });

  it('--json on a token of a blocked integration: status present, evidence and verbatim quote', () => {
    const j = JSON.parse(run([ACME, '--error', 'consumer_key_refused', '--token', 'edi-prod', '--json']).out);
    const c = j.causes[0];
    assert.equal(c.status, 'present');
    assert.deepEqual(c.evidence, [{ file: ACME, line: acmeLine('integration "Legacy EDI"', 'state blocked'), text: 'state blocked' }]);
    assert.equal(c.citations[0].quote, 'The application is in Blocked state on the integration record.');
    assert.match(c.remedy.text, /^Enable the application on the integration record\./);
  });

  it('--user and --role check the login; a Web Services Only role on a RESTlet', () => {
    const r = run([ACME, '--error', 'INVALID_LOGIN_CREDENTIALS', '--user', 'svc-inventory', '--role', 'SOAP Sync', '--json']);
    assert.equal(r.code, 0, r.err);
    const c = JSON.parse(r.out).causes[0];
    assert.equal(c.status, 'present');
    assert.equal(c.evidence[0].file, 'examples/acme/roles.nsroles');
    assert.equal(c.evidence[0].text, 'web-services-only');
  });

  it('causes only the request can show are unknown, never dropped', () => {
    const j = JSON.parse(run([ACME, '--error', 'InvalidSignature', '--token', 'orders-prod', '--json']).out);
    assert.deepEqual(
      j.causes.map((c: { status: string }) => c.status),
      ['unknown'],
    );
    assert.match(j.causes[0].remedy.text, /Generating the Signature/);
  });

  it('without a subject, checks every token and integration', () => {
    const r = run([ACME, '--error', 'token_rejected']);
    // The example's revoked token is a present cause.
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^PRESENT  The token is revoked\./m);
    assert.match(r.out, /Token 'old-inventory' is revoked\./);
  });

  it('--help describes the command', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: nsroles troubleshoot FILE --error CODE/);
    assert.match(runCli(['--help']).out, /nsroles troubleshoot FILE/);
  });

  describe('bad input: one line on stderr, exit 2', () => {
    const dir = tempDir('nsroles-ts-');
    fs.writeFileSync(path.join(dir, 'bad.nsroles'), 'role "A" {\n');
    const cases: [string[], RegExp][] = [
      [
        [ACME, '--error', 'consumer_key_refusd'],
        /unknown error code 'consumer_key_refusd' \(did you mean 'consumer_key_refused'\?\); known codes: consumer_key_refused, /,
      ],
      [
        [ACME, '--error', 'accesstokenexpired'],
        /^nsroles: 'AccessTokenExpired' is an OAuth 2\.0 error, not a token-based authentication \(TBA\) one: see "RESTlets and REST Web Services Error Messages in the Login Audit Trail" \(https:\/\/docs\.oracle\.com\/\S+subsect_158324637123\.html\); troubleshoot explains TBA errors; known codes: consumer_key_refused, /,
      ],
      [[ACME], /missing --error/],
      [['--error', 'FeatureDisabled'], /missing FILE/],
      [['nope.nsroles', '--error', 'FeatureDisabled'], /nope\.nsroles: cannot read the file/],
      [[path.join(dir, 'bad.nsroles'), '--error', 'FeatureDisabled'], /bad\.nsroles:\d+:\d+: /],
      [[ACME, '--error', 'FeatureDisabled', '--token', 'edi-prd'], /unknown token 'edi-prd' \(--token\); did you mean 'edi-prod'\?/],
      [[ACME, '--error', 'FeatureDisabled', '--user', 'edi-gateway'], /--user and --role go together/],
      [[ACME, '--error', 'FeatureDisabled', '--user', 'nobody', '--role', 'SOAP Sync'], /unknown user 'nobody'/],
      [[ACME, '--error', 'FeatureDisabled', '--user', 'edi-gateway', '--role', 'Nope'], /unknown role 'Nope'/],
      [[ACME, '--error', 'FeatureDisabled', '--token', 'edi-prod', '--integration', 'X'], /--token names the user, role and integration itself/],
      [[ACME, '--error', 'FeatureDisabled', '--action', 'restlet-login'], /option --action does not apply to 'troubleshoot'/],
    ];
    for (const [args, message] of cases) {
      it(args.join(' '), () => {
        const r = run(args);
        assert.equal(r.code, 2, r.out + r.err);
        assert.match(r.err, message);
        assert.equal(r.err.trim().split('\n').length, 1);
        assert.equal(r.out, '');
      });
    }
    it('an unknown code lists every known code', () => {
      const err = run([ACME, '--error', 'Bogus']).err;
      for (const code of errorCodes()) assert.ok(err.includes(code), code);
    });
  });
});

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ruleById } from '../../server/src/engine';
import { CLI as cli, ROOT as root, argv, run } from '../helpers/cli';
import { tempDir } from '../helpers/temp';
import { terminalSafe } from '../../server/src/cli/output';
import { styleFor } from '../../server/src/cli/style';

const acme = path.join(root, 'examples/acme/account.nsroles');

describe('nsroles CLI', function () {
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)'));

  describe('check', () => {
    it('exits 0 on the acme example and 1 with findings on the mistakes example', () => {
      assert.equal(run(['check', 'examples/acme']).code, 0);
      const r = run(['check', 'examples/mistakes']);
      assert.equal(r.code, 1);
      assert.match(r.out, /^examples\/mistakes\/mistakes\.nsroles:\d+:\d+ warning TBA-2FA-REQUIRED /m);
    });

    it('prints file:line:col severity RULE-ID message, without colour when not a TTY', () => {
      const r = run(['check', 'examples/mistakes/mistakes.nsroles']);
      for (const line of r.out.trim().split('\n')) assert.match(line, /^\S+:\d+:\d+ (error|warning|information|hint) [A-Z]+(-[A-Z0-9]+)+ .+/);
      assert.doesNotMatch(r.out, /\u001b\[/);
    });

    it('--format json matches the contract', () => {
      const r = run(['check', 'examples/mistakes', '--format', 'json']);
      const j = JSON.parse(r.out);
      assert.ok(Array.isArray(j.findings) && j.findings.length > 5);
      for (const f of j.findings) {
        assert.deepEqual(Object.keys(f).sort(), ['citations', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'remedy', 'rule', 'severity']);
        assert.ok(typeof f.remedy.text === 'string' && f.remedy.text.length > 0, JSON.stringify(f.remedy));
        assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= f.line);
        for (const c of f.citations) {
          const keys = ['basis', ...(c.basis === 'inferred' ? ['inferredFrom'] : []), 'quote', 'rule', 'source', ...(c.url ? ['url'] : [])];
          assert.deepEqual(Object.keys(c).sort(), keys);
          if (c.url) assert.match(c.url, /^https:\/\/(docs\.oracle\.com|oracle\.hydrogen\.sagittarius\.connect\.product\.adaptavist\.com)\//);
        }
      }
      const two = j.findings.find((f: { rule: string }) => f.rule === 'TBA-2FA-REQUIRED');
      assert.deepEqual([two.line, two.column, two.endLine, two.endColumn], [10, 3, 10, 26]);
      // UI steps are the remedy, not a citation (contract v2, "Citations and decisions").
      assert.equal(two.remedy.uiPath, 'Setup > Users/Roles > User Management > Manage Roles > (role) > Two-Factor Authentication Required');
      for (const c of two.citations) assert.doesNotMatch(c.quote, /^(Go to|Select|Click)\b/);
    });

    it('--format sarif is valid SARIF 2.1.0 with every rule and its help text', () => {
      const r = run(['check', 'examples/mistakes', '--format', 'sarif']);
      const log = JSON.parse(r.out);

      const Ajv = require('ajv');
      const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
      const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
      ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
      const ok = ajv.validate(schema, log);
      assert.ok(ok, JSON.stringify(ajv.errors?.slice(0, 3)));
      const rules = log.runs[0].tool.driver.rules;
      assert.ok(rules.some((x: { id: string; help: { text: string } }) => x.id === 'TBA-WSO-RESTLET' && /RESTlets/.test(x.help.text)));
      assert.equal(log.runs[0].results.length, JSON.parse(run(['check', 'examples/mistakes', '--format', 'json']).out).findings.length);
    });

    it('--fail-on warning turns warnings into a failing exit code', () => {
      const dir = tempDir('nsroles-');
      fs.writeFileSync(path.join(dir, 'w.nsroles'), 'role "R" { permission "Made Up Permission" }\n');
      assert.equal(run(['check', dir]).code, 0);
      assert.equal(run(['check', dir, '--fail-on', 'warning']).code, 1);
    });

    it('lints a folder as accounts: included files are not linted on their own', () => {
      const r = run(['check', 'examples/acme', '--format', 'json']);
      assert.ok(!JSON.parse(r.out).findings.some((f: { rule: string }) => f.rule === 'NSR-UNKNOWN-REF'));
    });
    it('lints files that only include each other: a cycle beside another account is still read, once', () => {
      const dir = tempDir('nsroles-cycle-');
      fs.writeFileSync(path.join(dir, 'a.nsroles'), 'include "b.nsroles"\nrole "Kept" {}\n');
      fs.writeFileSync(path.join(dir, 'b.nsroles'), 'include "a.nsroles"\ninclude "0c.nsroles"\nrole "X" { bogus-keyword }\n');
      // Below the cycle, and first in path order: read with the cycle's account, not alone (where Kept is unknown).
      fs.writeFileSync(path.join(dir, '0c.nsroles'), 'user "u" { role "Kept" }\n');
      fs.writeFileSync(path.join(dir, 'ok.nsroles'), 'account "x" {\n  token-based-authentication enabled\n}\n');
      fs.writeFileSync(path.join(dir, 'self.nsroles'), 'include "self.nsroles"\n');
      const r = run(['check', dir, '--format', 'json']);
      assert.equal(r.code, 1);
      const found = JSON.parse(r.out).findings.map((f: { file: string; line: number; rule: string }) => [path.basename(f.file), f.line, f.rule]);
      assert.deepEqual(found, [
        ['b.nsroles', 1, 'NSR-INCLUDE-CYCLE'],
        ['b.nsroles', 3, 'NSR-SYNTAX'],
        ['self.nsroles', 1, 'NSR-INCLUDE-CYCLE'],
      ]);
      // Given by name beside another file, a file that includes itself is read too.
      const named = run(['check', path.join(dir, 'ok.nsroles'), path.join(dir, 'self.nsroles')]);
      assert.equal(named.code, 1);
      assert.match(named.out, /self\.nsroles:1:1 error NSR-INCLUDE-CYCLE/);
    });
  });

  describe('simulate', () => {
    it('--json prints the contract’s decision and exits 3 for deny', () => {
      const r = run(['simulate', acme, '--user', 'bob@acme.com', '--role', 'Integration Manager', '--action', 'restlet-login', '--json']);
      assert.equal(r.code, 3);
      const d = JSON.parse(r.out);
      for (const k of ['decision', 'actor', 'action', 'target', 'channel', 'citations', 'trace', 'suggestions']) assert.ok(k in d, k);
      assert.equal(d.decision, 'deny');
      assert.deepEqual(d.actor, { user: 'bob@acme.com', role: 'Integration Manager' });
      assert.equal(d.target, null);
      assert.ok(d.citations.some((c: { quote: string }) => c.quote === 'Cannot use access tokens to log in through RESTlets or web services.'));
      assert.ok(d.suggestions.every((s: unknown) => typeof s === 'string'));
    });

    it('exits 0 for allow, with a target and channel', () => {
      const r = run([
        'simulate',
        acme,
        ...argv('--user bob@acme.com --role customrole_integration_manager --action issue-token --for svc-orders --for-role "RESTlet Integration" --json'),
      ]);
      assert.equal(r.code, 0, r.err);
      const d = JSON.parse(r.out);
      assert.deepEqual([d.decision, d.target, d.channel], ['allow', { user: 'svc-orders', role: 'RESTlet Integration' }, 'access-tokens-page']);
    });

    it('a user who does not hold --role is a deny, not bad input', () => {
      const r = run(['simulate', acme, '--user', 'erin@acme.com', '--role', 'Developer', '--action', 'issue-token', '--json']);
      assert.equal(r.code, 3);
      assert.equal(JSON.parse(r.out).citations[0].rule, 'TBA-ROLE-NOT-HELD');
    });

    it('an inferred rule says from what, in each of its citations and once in text', () => {
      for (const [user, role, action, id] of [
        ['svc-orders', 'SOAP Sync', 'restlet-login', 'TBA-ROLE-NOT-HELD'],
        ['old-contractor@acme.com', 'SOAP Sync', 'web-services-login', 'TBA-INACTIVE'],
      ]) {
        const args = ['simulate', acme, '--user', user, '--role', role, '--action', action];
        const d = JSON.parse(run([...args, '--json']).out);
        const rule = ruleById(id)!;
        const cited = d.citations.filter((c: { rule: string }) => c.rule === id);
        assert.equal(cited.length, rule.quotes.length);
        for (const c of cited) assert.deepEqual([c.basis, c.inferredFrom], ['inferred', rule.inferredFrom]);
        // A documented rule's citations carry none.
        for (const c of d.citations) if (c.basis === 'documented') assert.equal(c.inferredFrom, undefined);
        const text = run(args).out;
        assert.equal(text.split(`Inferred: ${rule.inferredFrom}`).length, 2, text);
      }
      assert.ok(ruleById('TBA-ROLE-NOT-HELD')!.quotes.length > 1, 'a rule of several quotes says it once');
    });

    it('prints a readable answer in text mode', () => {
      const r = run(['simulate', acme, '--user', 'svc-orders', '--role', 'RESTlet Integration', '--action', 'restlet-login']);
      assert.equal(r.code, 0);
      assert.match(r.out, /^ALLOW {2}svc-orders as RESTlet Integration: restlet-login/);
      assert.match(r.out, /Cited rules:\n {2}\[TBA-LOGIN\] "Can use access tokens/);
    });
  });

  describe('matrix and who-can', () => {
    it('matrix --format json covers every (user, held role) × action, and token targets', () => {
      const j = JSON.parse(run(['matrix', acme, '--format', 'json']).out);
      const pairs = new Set(j.rows.map((r: { user: string; role: string }) => `${r.user}|${r.role}`));
      assert.equal(pairs.size, 15);
      const own = j.rows.filter((r: { target: unknown; action: string }) => r.action === 'restlet-login');
      assert.equal(own.length, 15);
      // issue-token: own + 14 other targets, per pair
      assert.equal(j.rows.filter((r: { action: string }) => r.action === 'issue-token').length, 15 * 15);
      // The contract's fields, plus tokenFor: whose token a token action's row is about.
      for (const r of j.rows) assert.deepEqual(Object.keys(r).sort(), ['action', 'decision', 'role', 'target', 'tokenFor', 'user']);
    });

    it('matrix --format json and csv say whose token each row is: own, or others counted as the text does', () => {
      type Row = { user: string; role: string; action: string; target: { user: string; role: string } | null; decision: string; tokenFor: string | null };
      const rows = JSON.parse(run(['matrix', acme, '--format', 'json']).out).rows as Row[];
      const bob = (action: string) => rows.filter((r) => r.user === 'bob@acme.com' && r.role === 'Integration Manager' && r.action === action);
      // Own token: the actor itself as target; tokens for others: every other pair; a login: null.
      assert.deepEqual(
        bob('issue-token')
          .filter((r) => r.tokenFor === 'own')
          .map((r) => [r.target, r.decision]),
        [[{ user: 'bob@acme.com', role: 'Integration Manager' }, 'deny']],
      );
      const others = bob('issue-token').filter((r) => r.tokenFor === 'others');
      assert.equal(others.length, 14);
      assert.ok(others.every((r) => r.target && !(r.target.user === 'bob@acme.com' && r.target.role === 'Integration Manager')));
      assert.deepEqual(
        bob('restlet-login').map((r) => r.tokenFor),
        [null],
      );
      // The JSON's allowed "others" rows are the text matrix's count.
      const allowed = others.filter((r) => r.decision === 'allow').length;
      const text = run(['matrix', acme])
        .out.split('\n')
        .find((l) => l.startsWith('bob@acme.com as Integration Manager'))!;
      assert.match(text, new RegExp(`✓ ${allowed} of 14 others`));
      // CSV: the same split in token_for, with the settling rule, as the simulator's export.
      const csv = run(['matrix', acme, '--format', 'csv']).out.trimEnd().split('\n');
      assert.equal(csv[0], 'user,role,action,target_user,target_role,decision,rule,token_for');
      const bobCsv = csv.filter((l) => l.startsWith('bob@acme.com,Integration Manager,issue-token,'));
      assert.equal(bobCsv.filter((l) => l.endsWith(',own')).length, 1);
      assert.equal(bobCsv.filter((l) => /,allow,[A-Z0-9-]+,others$/.test(l)).length, allowed);
      assert.equal(bobCsv.filter((l) => l.endsWith(',others')).length, 14);
      assert.match(
        csv.find((l) => l.startsWith('bob@acme.com,Integration Manager,restlet-login,'))!,
        /^bob@acme\.com,Integration Manager,restlet-login,,,deny,[A-Z0-9-]+,$/,
      );
    });

    it('matrix text splits own tokens from tokens for others, counted against the JSON rows', () => {
      const lines = run(['matrix', acme]).out.trimEnd().split('\n');
      assert.match(lines[0], /^user as role +issue own token +issue for others +revoke own token +revoke for others +restlet-login +web-services-login$/);
      // The Integration Manager issues no own token, but tokens for some others: as many as the JSON allows.
      const rows = JSON.parse(run(['matrix', acme, '--format', 'json']).out).rows as {
        user: string;
        role: string;
        action: string;
        target: { user: string; role: string } | null;
        decision: string;
      }[];
      const others = rows.filter(
        (r) => r.user === 'bob@acme.com' && r.role === 'Integration Manager' && r.action === 'issue-token' && r.target && r.target.user !== r.user,
      );
      const allowed = others.filter((r) => r.decision === 'allow').length;
      assert.ok(allowed > 0);
      const bob = lines.find((l) => l.startsWith('bob@acme.com as Integration Manager'))!;
      const total = new Set(rows.map((r) => `${r.user}|${r.role}`)).size - 1;
      assert.match(
        bob,
        new RegExp(`^bob@acme\\.com as Integration Manager +✗ deny +✓ ${allowed} of ${total} others +✗ deny +✓ ${allowed} of ${total} others +✗ deny +✗ deny`),
      );
    });

    it('matrix --format csv quotes fields and guards against formulas', () => {
      const r = run(['matrix', acme, '--format', 'csv']);
      assert.equal(r.out.split('\n')[0], 'user,role,action,target_user,target_role,decision,rule,token_for');
      assert.match(r.out, /^bob@acme\.com,Integration Manager,issue-token,svc-orders,RESTlet Integration,allow,[A-Z0-9-]+,others$/m);
    });

    it('who-can --json lists exactly the allowed actors', () => {
      const j = JSON.parse(run(['who-can', acme, '--action', 'issue-token', '--for', 'svc-orders', '--for-role', 'RESTlet Integration', '--json']).out);
      assert.deepEqual(j.target, { user: 'svc-orders', role: 'RESTlet Integration' });
      assert.deepEqual(j.actors, [
        { user: 'alice@acme.com', role: 'Administrator' },
        { user: 'bob@acme.com', role: 'Integration Manager' },
        { user: 'carol@acme.com', role: 'Integration Manager' },
      ]);
      const logins = JSON.parse(run(['who-can', acme, '--action', 'restlet-login', '--json']).out);
      assert.equal(logins.target, null);
      assert.ok(logins.actors.some((a: { user: string }) => a.user === 'svc-orders'));
      assert.ok(!logins.actors.some((a: { user: string }) => a.user === 'svc-inventory'));
    });
  });

  describe('--integration (v2)', () => {
    let dir: string;
    let file: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-integration-'));
      file = path.join(dir, 'account.nsroles');
      fs.writeFileSync(
        file,
        `role "Login" { permission ADMI_LOGIN_OAUTH }
user "svc" { role "Login" }
integration "Open" { state enabled }
integration "Waiting" { state waiting-for-approval }
`,
      );
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('simulate decides with the named integration taking part, and says so', () => {
      const args = ['simulate', file, '--user', 'svc', '--role', 'Login', '--action', 'restlet-login'];
      const open = run([...args, '--integration', 'open', '--json']);
      assert.equal(open.code, 0, open.out + open.err);
      assert.equal(JSON.parse(open.out).integration, 'Open');
      const waiting = run([...args, '--integration', 'Waiting']);
      assert.equal(waiting.code, 3, waiting.out + waiting.err);
      assert.match(waiting.out, /^DENY {2}svc as Login: restlet-login with Waiting$/m);
      assert.match(waiting.out, /integration 'Waiting' is waiting for approval/);
      // Every citation shows its NetSuite page, and the remedy its steps.
      assert.match(waiting.out, /\[TBA-INTEGRATION-WAITING\] "Until you set the state to Enabled, all requests sent by that application are blocked\."/);
      assert.match(waiting.out, /^ {8}https:\/\/docs\.oracle\.com\/en\/cloud\/saas\/netsuite\/ns-online-help\/section_156337184796\.html$/m);
      assert.match(waiting.out, /^How to change it in NetSuite:$/m);
      // Without an integration, the records take no part.
      const none = run([...args, '--json']);
      assert.equal(none.code, 0);
      assert.equal(JSON.parse(none.out).integration, undefined);
    });

    it('who-can lists nobody through an integration that refuses requests', () => {
      const j = (name: string) => JSON.parse(run(['who-can', file, '--action', 'restlet-login', '--integration', name, '--json']).out);
      assert.deepEqual(j('Open').actors, [{ user: 'svc', role: 'Login' }]);
      assert.deepEqual(j('Waiting').actors, []);
    });

    it('an unknown integration is bad input: exit 2 with a did-you-mean', () => {
      const r = run(['who-can', file, '--action', 'restlet-login', '--integration', 'Opne']);
      assert.equal(r.code, 2);
      assert.match(r.err, /^nsroles: unknown integration 'Opne' \(--integration\); did you mean 'Open'\?\n$/);
    });
  });

  describe('bad input', () => {
    const cases: [string, string[], RegExp][] = [
      ['missing file', ['check', 'no/such/path'], /no such file or folder/],
      ['unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
      ['unknown option', ['check', '--colour'], /--colour/],
      [
        'unknown user',
        ['simulate', acme, '--user', 'bobb@acme.com', '--role', 'Developer', '--action', 'issue-token'],
        /unknown user 'bobb@acme.com'.*did you mean 'bob@acme.com'/,
      ],
      ['unknown role', ['simulate', acme, '--user', 'bob@acme.com', '--role', 'Nope', '--action', 'issue-token'], /unknown role 'Nope'/],
      ['unknown action', ['simulate', acme, '--user', 'bob@acme.com', '--role', 'Accountant', '--action', 'fly'], /unknown action 'fly'/],
      [
        'unknown channel',
        ['simulate', acme, '--user', 'bob@acme.com', '--role', 'Accountant', '--action', 'issue-token', '--via', 'fax'],
        /unknown channel 'fax'/,
      ],
      ['--for-role without --for', ['who-can', acme, '--action', 'issue-token', '--for-role', 'Accountant'], /--for-role needs --for/],
      ['syntax error in FILE', ['matrix', path.join(root, 'test/fixtures/syntax-error.nsroles')], /syntax-error\.nsroles:3:3: Unknown property 'permision'/],
      ['bad format', ['matrix', acme, '--format', 'xml'], /unknown --format 'xml'/],
      ['missing FILE', ['matrix'], /missing FILE/],
    ];
    for (const [name, args, message] of cases) {
      it(`${name}: exit 2, one line on stderr, no stack trace`, () => {
        const r = run(args);
        assert.equal(r.code, 2, r.out + r.err);
        assert.match(r.err, message);
        assert.equal(r.err.trim().split('\n').length, 1);
        assert.doesNotMatch(r.err, /\n\s+at /);
      });
    }

    it('writes no raw control character or bidi override from a name to the terminal; JSON keeps the name', () => {
      const dir = tempDir('nsroles-escape-');
      const file = path.join(dir, 'a.nsroles');
      const red = 'R\u001b[31mX';
      const title = 'R\u001b]0;pwned\u0007';
      fs.writeFileSync(file, `role "R" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "${red}" }\nexpect "u" as "${title}\u202e" can restlet-login\n`);
      const text = run(['check', file]);
      assert.equal(text.code, 1);
      assert.doesNotMatch(text.out + text.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      assert.match(text.out, /No role 'R\\u001b\[31mX' is defined/);
      assert.match(text.out, /R\\u001b\]0;pwned\\u0007\\u202e/);
      const json = run(['check', file, '--format', 'json']);
      assert.doesNotMatch(json.out, /[\u007f-\u009f\u202a-\u202e]/);
      const messages: string[] = JSON.parse(json.out).findings.map((f: { message: string }) => f.message);
      assert.ok(
        messages.some((m) => m.includes(`'${red}'`)),
        JSON.stringify(messages),
      );
      const bad = run(['simulate', file, '--user', 'u', '--role', red, '--action', 'restlet-login']);
      assert.equal(bad.code, 2);
      assert.doesNotMatch(bad.err, /\u001b/);
    });

    it("on a terminal, keeps the CLI's own colours while escaping a name's escape sequence", () => {
      const noColor = process.env.NO_COLOR;
      delete process.env.NO_COLOR;
      let out: string;
      try {
        const style = styleFor({ isTTY: true } as NodeJS.WriteStream);
        out = terminalSafe(`${style.red('error')} No role 'R\u001b[31mX' is defined.`);
      } finally {
        if (noColor !== undefined) process.env.NO_COLOR = noColor;
      }
      assert.equal(out, "\u001b[31merror\u001b[39m No role 'R\\u001b[31mX' is defined.");
    });

    it('a loop of symbolic links: exit 2 and says it is a loop, not a missing file', () => {
      const dir = tempDir('nsroles-loop-');
      fs.symlinkSync(path.join(dir, 'b.nsroles'), path.join(dir, 'a.nsroles'));
      fs.symlinkSync(path.join(dir, 'a.nsroles'), path.join(dir, 'b.nsroles'));
      const r = run(['check', path.join(dir, 'a.nsroles')]);
      assert.equal(r.code, 2);
      assert.equal(r.err, `nsroles: ${path.join(dir, 'a.nsroles')}: a loop of symbolic links, no file at its end\n`);
    });

    it('an unreadable file or folder, given or found in a folder: exit 2 and says so, never "No findings."', () => {
      // Permissions bind root only through another user: as root, run the CLI as nobody (65534).
      const as = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
      const tmp = () => {
        const d = tempDir('nsroles-unreadable-');
        fs.chmodSync(d, 0o755);
        return d;
      };
      // nobody may not reach the checkout (a clone in `mktemp -d` is 0700): it runs a copy of the
      // bundled CLI from a folder it can read.
      const runnable = as.length ? path.join(tmp(), 'cli.js') : cli;
      if (as.length) fs.copyFileSync(cli, runnable);
      const check = (target: string, message: string) => {
        const cmd = [...as, process.execPath, runnable, 'check', target, '--fail-on', 'warning'];
        const r = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
        assert.equal(r.status, 2, r.stdout + r.stderr);
        assert.equal(r.stderr, `nsroles: ${message}\n`);
      };
      const dir = tmp();
      const file = path.join(dir, 'a.nsroles');
      fs.writeFileSync(file, 'user "u" { role "Nope" }\n');
      fs.chmodSync(file, 0o000);
      check(file, `${file}: cannot read the file (permission denied)`);
      check(dir, `${file}: cannot read the file (permission denied)`);
      // A folder below, and a role object the walk cannot open to see its root.
      const deep = path.join(tmp(), 'deep');
      fs.mkdirSync(deep);
      fs.writeFileSync(path.join(deep, 'a.nsroles'), 'user "u" { role "Nope" }\n');
      fs.chmodSync(deep, 0o000);
      check(path.dirname(deep), `${deep}: cannot read the folder (permission denied)`);
      const xml = path.join(tmp(), 'customrole_x.xml');
      fs.writeFileSync(xml, '<role scriptid="customrole_y"></role>\n');
      fs.chmodSync(xml, 0o000);
      check(path.dirname(xml), `${xml}: cannot read the file (permission denied)`);
    });
  });

  it('--help works for every subcommand', () => {
    for (const c of ['check', 'simulate', 'matrix', 'who-can']) {
      const r = run([c, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^Usage: nsroles ${c} `));
    }
    assert.match(run(['--help']).out, /nsroles check \[PATH\.\.\.\]/);
  });

  it('colours only on a TTY: NO_COLOR and pipes get plain text', () => {
    const r = run(['check', 'examples/mistakes'], root, { NO_COLOR: '1', FORCE_COLOR: '1' });
    assert.doesNotMatch(r.out, /\u001b\[/);
  });
});

import * as assert from 'assert';
import { expectAppendText } from '../../client/src/simulator/expectText';
import { matrixRowMatches, matrixToCsv, matrixToMarkdown } from '../../shared/matrixText';
import type { MatrixRow } from '../../shared/protocol/wire';

const ROWS: MatrixRow[] = [
  {
    user: 'bob@acme.com',
    role: 'Integration Manager',
    action: 'issue-token',
    target: { user: 'svc-orders', role: 'RESTlet Integration' },
    decision: 'allow',
    rule: 'TBA-ATM-OTHERS',
  },
  { user: 'svc-orders', role: 'RESTlet Integration', action: 'restlet-login', target: null, decision: 'allow', rule: 'TBA-LOGIN' },
  { user: '=cmd|"x", y', role: 'A|B <b>', action: 'web-services-login', target: null, decision: 'deny', rule: 'TBA-NO-LOGIN-PERMISSION' },
  { user: 'dave', role: 'Developer', action: 'issue-token', target: { user: 'dave', role: 'Developer' }, decision: 'allow', rule: 'TBA-UAT-OWN' },
];

describe('simulator matrix export and expect lines', () => {
  it('filters by the actor user or role, case-insensitively', () => {
    assert.deepStrictEqual(
      ROWS.filter((r) => matrixRowMatches(r, 'SVC')).map((r) => r.user),
      ['svc-orders'],
    );
    assert.deepStrictEqual(
      ROWS.filter((r) => matrixRowMatches(r, 'manager')).map((r) => r.user),
      ['bob@acme.com'],
    );
    assert.strictEqual(ROWS.filter((r) => matrixRowMatches(r, '  ')).length, ROWS.length);
  });

  it('writes CSV with the CLI columns plus the rule, quoted and formula-safe', () => {
    const lines = matrixToCsv(ROWS).trimEnd().split('\n');
    assert.strictEqual(lines[0], 'user,role,action,target_user,target_role,decision,rule,token_for');
    assert.strictEqual(lines[1], 'bob@acme.com,Integration Manager,issue-token,svc-orders,RESTlet Integration,allow,TBA-ATM-OTHERS,others');
    assert.strictEqual(lines[2], 'svc-orders,RESTlet Integration,restlet-login,,,allow,TBA-LOGIN,');
    assert.strictEqual(lines[3], `"'=cmd|""x"", y",A|B <b>,web-services-login,,,deny,TBA-NO-LOGIN-PERMISSION,`);
    assert.strictEqual(lines[4], 'dave,Developer,issue-token,dave,Developer,allow,TBA-UAT-OWN,own');
  });

  it('writes a Markdown table whose names cannot break the table or become HTML', () => {
    const md = matrixToMarkdown(ROWS, 'examples/acme/account.nsroles').trimEnd().split('\n');
    assert.strictEqual(md[0], '# TBA access matrix: examples/acme/account.nsroles');
    assert.strictEqual(md[2], '| User | Role | Action | Token for | Decision | Rule |');
    assert.strictEqual(md[4], '| bob@acme.com | Integration Manager | issue-token | svc-orders as RESTlet Integration | ✓ allow | TBA-ATM-OTHERS |');
    const evil = md[6];
    assert.ok(evil.includes('A\\|B \\<b\\>'), evil);
    assert.strictEqual(evil.split(/(?<!\\)\|/).length, 8, 'a name added a column');
    assert.strictEqual(md[7], '| dave | Developer | issue-token | own token | ✓ allow | TBA-UAT-OWN |');
  });

  it('with counts, the Markdown export starts with a summary that splits own tokens from tokens for others', () => {
    const counts = [
      { user: 'bob@acme.com', role: 'Integration Manager', action: 'issue-token' as const, allowed: 3, total: 5 },
      { user: 'bob@acme.com', role: 'Integration Manager', action: 'revoke-token' as const, allowed: 0, total: 5 },
    ];
    const rows: MatrixRow[] = [
      {
        user: 'bob@acme.com',
        role: 'Integration Manager',
        action: 'issue-token',
        target: { user: 'bob@acme.com', role: 'Integration Manager' },
        decision: 'deny',
        rule: 'TBA-ATM-SELF',
      },
      ...ROWS.slice(0, 1),
    ];
    const md = matrixToMarkdown(rows, 'a.nsroles', counts).trimEnd().split('\n');
    assert.strictEqual(
      md[2],
      '| User | Role | Issue own token | Issue for others | Revoke own token | Revoke for others | Log in to a RESTlet | Log in to web services |',
    );
    assert.strictEqual(md[4], '| bob@acme.com | Integration Manager | ✗ deny | ✓ 3 of 5 others |  | ✗ 0 of 5 others |  |  |');
    assert.strictEqual(md[6], '| User | Role | Action | Token for | Decision | Rule |');
  });

  it('appends an expect line on a line of its own, once', () => {
    const line = 'expect "svc-orders" as "RESTlet Integration" can restlet-login';
    assert.strictEqual(expectAppendText('user "a" {}\n', line, '\n'), `${line}\n`);
    assert.strictEqual(expectAppendText('user "a" {}', line, '\n'), `\n${line}\n`);
    assert.strictEqual(expectAppendText('user "a" {}', line, '\r\n'), `\r\n${line}\r\n`);
    assert.strictEqual(expectAppendText('', line, '\n'), `${line}\n`);
    assert.strictEqual(expectAppendText(`x\r\n  ${line}  \r\n`, line, '\r\n'), undefined);
  });
});

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI as cli, run } from '../helpers/cli';

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-12-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-12-01T00:00:00Z' },
  });
  assert.equal(r.status, 0, r.stderr);
}

const V1 = `role "Clerk" {
  permission "Log in using Access Tokens"
}
role "Token Admin" {
  permission "Access Token Management"
}
user "bob" { role "Clerk" }
user "ann" { role "Token Admin" }
include "more.nsroles"
`;
const MORE = 'user "dan" { role "Clerk" }\n';
// v2: Clerk gains User Access Tokens; dan leaves (the include's file loses him).
const V2 = V1.replace('  permission "Log in using Access Tokens"\n', '  permission "Log in using Access Tokens"\n  permission "User Access Tokens"\n');
const SDF_ROLE = (perm: string) => `<role scriptid="customrole_sync">
  <name>Sync</name>
  <centertype>BASIC</centertype>
  <permissions>
    <permission>
      <permkey>${perm}</permkey>
      <permlevel>FULL</permlevel>
    </permission>
  </permissions>
</role>
`;

describe('nsroles diff (a repository built in the test: git init, two commits)', function () {
  let repo: string;

  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)');
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-diff-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'test@example.com');
    git(repo, 'config', 'user.name', 'test');
    fs.mkdirSync(path.join(repo, 'acct/src/Objects'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'acct/account.nsroles'), V1 + 'user "svc" { role customrole_sync }\n');
    fs.writeFileSync(path.join(repo, 'acct/more.nsroles'), MORE);
    fs.writeFileSync(path.join(repo, 'acct/src/Objects/customrole_sync.xml'), SDF_ROLE('ADMI_LOGIN_OAUTH'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'v1');
    fs.writeFileSync(path.join(repo, 'acct/account.nsroles'), V2 + 'user "svc" { role customrole_sync }\n');
    fs.writeFileSync(path.join(repo, 'acct/more.nsroles'), '# nobody\n');
    fs.writeFileSync(path.join(repo, 'acct/src/Objects/customrole_sync.xml'), SDF_ROLE('ADMI_MANAGE_OWN_OAUTH_TOKENS'));
    git(repo, 'commit', '-q', '-am', 'v2');
  });

  after(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('--format json: base, head, granted and revoked pairs with rule, reason and changed lines', () => {
    const r = run(['diff', 'acct', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], repo);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(Object.keys(j), ['base', 'head', 'granted', 'revoked']);
    assert.equal(j.base, 'HEAD~1');
    assert.equal(j.head, 'HEAD');
    const brief = (c: {
      user: string;
      role: string;
      action: string;
      target: { user: string; role: string } | null;
      rule: string;
      changes: { file: string; line: number }[];
    }) =>
      `${c.user}/${c.role} ${c.action}${c.target ? ` ${c.target.user}/${c.target.role}` : ''} ${c.rule} @${c.changes.map((l) => `${l.file}:${l.line}`).join(',')}`;
    assert.deepEqual(j.granted.map(brief).sort(), [
      'bob/Clerk issue-token bob/Clerk TBA-UAT-OWN @acct/account.nsroles:3',
      'bob/Clerk revoke-token bob/Clerk TBA-UAT-OWN @acct/account.nsroles:3',
      // The role object's permkey changed from Log in using Access Tokens to User Access Tokens.
      'svc/Sync issue-token svc/Sync TBA-UAT-OWN @acct/src/Objects/customrole_sync.xml:6',
      'svc/Sync revoke-token svc/Sync TBA-UAT-OWN @acct/src/Objects/customrole_sync.xml:6',
    ]);
    assert.deepEqual(j.revoked.map(brief).sort(), [
      'ann/Token Admin issue-token dan/Clerk TBA-ROLE-NOT-HELD @acct/more.nsroles:1',
      'ann/Token Admin revoke-token dan/Clerk TBA-ROLE-NOT-HELD @acct/more.nsroles:1',
      'dan/Clerk restlet-login TBA-ROLE-NOT-HELD @acct/more.nsroles:1',
      'dan/Clerk web-services-login TBA-ROLE-NOT-HELD @acct/more.nsroles:1',
    ]);
    const bob = j.granted.find((c: { user: string; action: string }) => c.user === 'bob' && c.action === 'issue-token');
    assert.deepEqual(Object.keys(bob), ['user', 'role', 'action', 'target', 'rule', 'because', 'changes']);
    assert.deepEqual(bob.changes, [{ file: 'acct/account.nsroles', line: 3, text: 'permission "User Access Tokens"' }]);
    assert.match(bob.because, /^Allowed: User Access Tokens lets 'Clerk' create tokens/);
  });

  it('--format markdown: a summary line, then a table per action with reasons and lines', () => {
    const r = run(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown'], repo);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^### nsroles diff: \+4 granted, −4 revoked\n/);
    assert.match(r.out, /\n#### issue-token\n\n\| \| User \| Role \| Token for \| Rule \| Why \| Changed lines \|\n/);
    assert.match(
      r.out,
      /\| ➕ granted \| bob \| Clerk \| own token \| TBA-UAT-OWN \| Allowed: .* \| `acct\/account\.nsroles:3` `permission "User Access Tokens"` \|/,
    );
    assert.match(r.out, /\n#### restlet-login\n/);
    assert.match(r.out, /\| ➖ revoked \| dan \| Clerk \|/);
  });

  it('the working tree against HEAD by default; --fail-on-new-access exits 1 only when something is granted', () => {
    const clean = run(['diff', '--fail-on-new-access'], repo);
    assert.equal(clean.code, 0, clean.err);
    assert.match(clean.out, /^Access from HEAD to working tree: \+0 granted, −0 revoked\n/);
    const file = path.join(repo, 'acct/account.nsroles');
    const committed = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, committed + 'user "eve" { role "Token Admin" }\n');
      const r = run(['diff', 'acct/account.nsroles', '--fail-on-new-access', '--format', 'json'], repo);
      assert.equal(r.code, 1, r.err);
      const j = JSON.parse(r.out);
      assert.equal(j.head, 'working tree');
      assert.ok(j.granted.length > 0 && j.granted.every((c: { user: string }) => c.user === 'eve'));
      assert.deepEqual(j.granted[0].changes, [{ file: 'acct/account.nsroles', line: 12, text: 'user "eve" { role "Token Admin" }' }]);
      assert.equal(run(['diff', 'acct/account.nsroles', '--format', 'json'], repo).code, 0);
    } finally {
      fs.writeFileSync(file, committed);
    }
  });

  it('files present only at HEAD: a deleted or a moved role object', () => {
    const xml = path.join(repo, 'acct/src/Objects/customrole_sync.xml');
    type Pair = { user: string; action: string; target: { user: string } | null; changes: { file: string; line: number; text: string }[] };
    const json = (): { granted: Pair[]; revoked: Pair[] } => {
      const r = run(['diff', '--format', 'json'], repo);
      assert.equal(r.code, 0, r.err);
      return JSON.parse(r.out);
    };
    try {
      // The role object deleted: svc's role is gone, and HEAD's lines of the object say why.
      git(repo, 'rm', '-q', 'acct/src/Objects/customrole_sync.xml');
      let d = json();
      assert.deepEqual(d.granted, []);
      // svc's own access, and the Token Admin's tokens for svc.
      assert.deepEqual(
        d.revoked.filter((c) => c.user === 'svc').map((c) => c.action),
        ['issue-token', 'revoke-token', 'restlet-login', 'web-services-login'],
      );
      assert.deepEqual(
        d.revoked.filter((c) => c.user !== 'svc').map((c) => `${c.user} ${c.action} ${c.target?.user}`),
        ['ann issue-token svc', 'ann revoke-token svc'],
      );
      assert.ok(
        d.revoked.every((c) =>
          c.changes.some((l) => l.file === 'acct/src/Objects/customrole_sync.xml' && l.text === '<permkey>ADMI_MANAGE_OWN_OAUTH_TOKENS</permkey>'),
        ),
      );
      // Renamed (moved) with the same content: nobody gains or loses anything.
      git(repo, 'reset', '-q', '--hard');
      fs.mkdirSync(path.join(repo, 'acct/src/Objects/roles'));
      git(repo, 'mv', 'acct/src/Objects/customrole_sync.xml', 'acct/src/Objects/roles/customrole_sync.xml');
      d = json();
      assert.deepEqual([d.granted, d.revoked], [[], []]);
    } finally {
      git(repo, 'reset', '-q', '--hard');
      fs.rmSync(path.join(repo, 'acct/src/Objects/roles'), { recursive: true, force: true });
    }
    assert.ok(fs.existsSync(xml));
  });

  it('a deleted role file: its users lose access, on its own lines only (the role objects did not change)', () => {
    const small = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-diff-sdf-'));
    try {
      git(small, 'init', '-q', '-b', 'main');
      fs.mkdirSync(path.join(small, 'src/Objects'), { recursive: true });
      fs.writeFileSync(path.join(small, 'manifest.xml'), '<manifest projecttype="ACCOUNTCUSTOMIZATION"><projectname>o</projectname></manifest>\n');
      fs.writeFileSync(path.join(small, 'src/Objects/customrole_sync.xml'), SDF_ROLE('ADMI_LOGIN_OAUTH'));
      fs.writeFileSync(path.join(small, 'roles.nsroles'), 'user "svc" { role customrole_sync }\n');
      git(small, 'add', '.');
      git(small, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'v1');
      git(small, 'rm', '-q', 'roles.nsroles');
      const r = run(['diff', '--format', 'json'], small);
      assert.equal(r.code, 0, r.err);
      const d = JSON.parse(r.out) as {
        granted: unknown[];
        revoked: { user: string; action: string; changes: { file: string; line: number; text: string }[] }[];
      };
      assert.deepEqual(d.granted, []);
      assert.deepEqual(
        d.revoked.map((c) => `${c.user} ${c.action}`),
        ['svc restlet-login', 'svc web-services-login'],
      );
      for (const c of d.revoked) assert.deepEqual(c.changes, [{ file: 'roles.nsroles', line: 1, text: 'user "svc" { role customrole_sync }' }]);
    } finally {
      fs.rmSync(small, { recursive: true, force: true });
    }
  });

  it('bad input: exit 2 with one line (unknown revision, not a repository, bad format, missing path)', () => {
    const one = (r: { code: number | null; out: string; err: string }, pattern: RegExp) => {
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, pattern);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    };
    one(run(['diff', '--base', 'no-such-rev'], repo), /^nsroles: unknown revision 'no-such-rev'/);
    one(run(['diff', '--head', 'HEAD~9'], repo), /^nsroles: unknown revision 'HEAD~9'/);
    one(run(['diff', '--base=--upload-pack=x'], repo), /unknown revision '--upload-pack=x'/);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-norepo-'));
    try {
      one(run(['diff'], outside), /not in a git repository/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
    one(run(['diff', '--format', 'html'], repo), /unknown --format 'html'/);
    one(run(['diff', 'nowhere'], repo), /nowhere: no such file or folder/);
  });

  it('a file under review that does not read whole is bad input; a broken base is named, and the delta still given', () => {
    const file = path.join(repo, 'acct/account.nsroles');
    const committed = fs.readFileSync(file, 'utf8');
    try {
      for (const [text, reason] of [
        [committed + 'role "Unclosed\n', /^nsroles: acct\/account\.nsroles:12:6: Unterminated string.* \(in working tree\)$/],
        [
          committed.replace('include "more.nsroles"', 'include "gone.nsroles"'),
          /^nsroles: acct\/account\.nsroles:10:\d+: .*gone\.nsroles.* \(in working tree\)$/,
        ],
      ] as const) {
        fs.writeFileSync(file, text);
        const r = run(['diff', 'acct/account.nsroles', '--fail-on-new-access', '--format', 'json'], repo);
        assert.equal(r.code, 2, r.out);
        assert.equal(r.out, '');
        assert.equal(r.err.trim().split('\n').length, 1, r.err);
        assert.match(r.err.trim(), reason);
      }
      fs.writeFileSync(file, committed);
      // A role object cut short is read only up to there: at the head, that is bad input too.
      const xml = path.join(repo, 'acct/src/Objects/customrole_sync.xml');
      const object = fs.readFileSync(xml, 'utf8');
      try {
        for (const broken of [object.slice(0, object.indexOf('<permissions>') + 20), object.replace(/<(\/?)role\b/g, '<$1Role')]) {
          fs.writeFileSync(xml, broken);
          const r = run(['diff', 'acct', '--fail-on-new-access'], repo);
          assert.equal(r.code, 2, r.out);
          assert.match(r.err, /^nsroles: acct\/src\/Objects\/customrole_sync\.xml:\d+:\d+: .* \(in working tree\)\n$/);
        }
      } finally {
        fs.writeFileSync(xml, object);
      }
      // The broken text committed, then mended in the working tree: the base is history.
      fs.writeFileSync(file, committed + 'role "Unclosed\n');
      git(repo, 'commit', '-q', '-am', 'broken');
      fs.writeFileSync(file, committed);
      const r = run(['diff', 'acct/account.nsroles', '--format', 'json'], repo);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /^nsroles: warning: acct\/account\.nsroles:12:6: Unterminated string.* \(in HEAD\): its access is read only up to there\.\n$/);
      assert.equal(JSON.parse(r.out).base, 'HEAD');
      git(repo, 'reset', '-q', '--hard', 'HEAD~1');
    } finally {
      fs.writeFileSync(file, committed);
    }
  });
});

describe('nsroles diff in a project with its File Cabinet beside manifest.xml', () => {
  it('reads no role from a File Cabinet document, as check does', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-diff-cabinet-'));
    try {
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'config', 'user.email', 'test@example.com');
      git(repo, 'config', 'user.name', 'test');
      fs.writeFileSync(path.join(repo, 'manifest.xml'), '<manifest projecttype="ACCOUNTCUSTOMIZATION"><projectname>p</projectname></manifest>\n');
      fs.writeFileSync(path.join(repo, 'access.nsroles'), 'role "R" {}\n');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'v1');
      fs.mkdirSync(path.join(repo, 'FileCabinet/Images'), { recursive: true });
      fs.writeFileSync(path.join(repo, 'FileCabinet/Images/z.xml'), SDF_ROLE('ADMI_LOGIN_OAUTH').replace('<name>Sync</name>', '<name>Z</name>'));
      fs.writeFileSync(path.join(repo, 'access.nsroles'), 'role "R" {}\nuser "u" { role "Z" }\n');
      git(repo, 'add', '.');
      const r = run(['diff', '--fail-on-new-access', '--format', 'json'], repo);
      assert.equal(r.code, 0, r.out + r.err);
      assert.deepEqual(JSON.parse(r.out).granted, []);
      assert.match(run(['check', repo]).out, /No role 'Z' is defined/);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('nsroles check --access-lock (snapshot mode)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-lock-'));
    fs.writeFileSync(path.join(dir, 'account.nsroles'), V1.replace('include "more.nsroles"\n', ''));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes while the access matches the snapshot; one NSR-ACCESS-CHANGED per changed pair, on the line responsible', () => {
    const m = run(['matrix', 'account.nsroles', '--format', 'json'], dir);
    assert.equal(m.code, 0, m.err);
    fs.writeFileSync(path.join(dir, 'access.lock.json'), m.out);
    const same = run(['check', 'account.nsroles', '--access-lock', 'access.lock.json'], dir);
    assert.equal(same.code, 0, same.out + same.err);
    fs.writeFileSync(path.join(dir, 'account.nsroles'), V2.replace('include "more.nsroles"\n', ''));
    const r = run(['check', 'account.nsroles', '--access-lock', 'access.lock.json', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const changed = JSON.parse(r.out).findings.filter((f: { rule: string }) => f.rule === 'NSR-ACCESS-CHANGED');
    assert.deepEqual(
      changed.map((f: { line: number; message: string }) => `${f.line} ${f.message.split(' is ')[0]}`),
      ["3 'bob' as 'Clerk': issue-token (own token)", "3 'bob' as 'Clerk': revoke-token (own token)"],
    );
    assert.match(changed[0].message, /is now allowed \(TBA-UAT-OWN\); access\.lock\.json says deny/);
  });

  it('a lock that is missing, not JSON or not a matrix: exit 2 with one line', () => {
    for (const [content, pattern] of [
      [undefined, /cannot read the access lock/],
      ['{"rows": [', /not JSON/],
      ['{"rows": [{"user": "bob"}]}', /not an access lock: rows\.0\.role/],
    ] as const) {
      const file = path.join(dir, 'bad.lock.json');
      fs.rmSync(file, { force: true });
      if (content !== undefined) fs.writeFileSync(file, content);
      const r = run(['check', 'account.nsroles', '--access-lock', 'bad.lock.json'], dir);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, pattern);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
  });
});

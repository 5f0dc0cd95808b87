import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { TextEdit } from 'vscode-languageserver-protocol/node';
import { lintAccount, loadAccount, parse, tokenize } from '../../server/src/engine';
import { applyEdits, ROOT, TestServer } from './harness';

const MESSY = `

# Roles for the sandbox
account "A"{token-based-authentication   enabled}   # on
role "R" { permission ADMI_LOGIN_OAUTH full;web-services-only } # one line stays one line
role   "Multi" {  # header


  permission "User Access Tokens" full    # own tokens
  inactive ; id x_y   # split


  # a note inside
  two-factor required }
user "u" {role "R"}; user "v" {}
# nsroles-ignore TBA-ROLE-UNASSIGNED
role "Z" {
   permission ADMI_LOGIN_OAUTH
}



expect "u" as "R" can restlet-login
# the end`;

const CANONICAL = `# Roles for the sandbox
account "A" { token-based-authentication enabled }               # on
role "R" { permission ADMI_LOGIN_OAUTH full; web-services-only } # one line stays one line
role "Multi" {                                                   # header
  permission "User Access Tokens" full                           # own tokens
  inactive
  id x_y # split

  # a note inside
  two-factor required
}
user "u" { role "R" }
user "v" {}
# nsroles-ignore TBA-ROLE-UNASSIGNED
role "Z" {
  permission ADMI_LOGIN_OAUTH
}

expect "u" as "R" can restlet-login
# the end
`;

/** Every role file of the repository, and every nsroles example in the rule pages. */
function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.') && e.name !== 'dist') walk(p);
      else if (e.name.endsWith('.nsroles')) out.push({ name: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
      else if (dir.endsWith(path.join('docs', 'rules')) && e.name.endsWith('.md')) {
        const md = fs.readFileSync(p, 'utf8');
        let i = 0;
        for (const m of md.matchAll(/```nsroles\n([\s\S]*?)```/g)) out.push({ name: `${e.name} example ${i++}`, text: m[1] });
      }
    }
  };
  for (const d of ['examples', 'test', 'docs']) walk(path.join(ROOT, d));
  return out;
}

/** What the engine makes of a text: its tokens (without layout) and its findings. */
function meaning(text: string): { tokens: string[]; findings: string[] } {
  const tokens = tokenize(text)
    .filter((t) => t.kind !== 'newline' && t.kind !== 'semi')
    .map((t) => `${t.kind}:${t.kind === 'comment' ? t.value.trimEnd() : t.value}`);
  const loaded = loadAccount('/doc.nsroles', { read: (f) => (f === '/doc.nsroles' ? text : undefined), resolve: (_f, p) => `/${p}` });
  const findings = lintAccount(loaded)
    .map((f) => `${f.rule} ${f.message}`)
    .sort();
  return { tokens, findings };
}

describe('server: formatting', () => {
  let s: TestServer;
  let n = 0;
  before(async () => {
    s = await TestServer.start();
  });
  after(() => s.stop());

  async function format(text: string): Promise<TextEdit[] | null> {
    const uri = `untitled:format-${n++}`;
    await s.open(uri, text);
    const edits = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: false } });
    await s.close(uri);
    return edits;
  }

  it('lays a file out canonically: one statement a line, two-space indent, aligned trailing comments', async () => {
    const edits = await format(MESSY);
    assert.ok(edits);
    assert.equal(applyEdits(MESSY, edits), CANONICAL);
    assert.deepEqual(await format(CANONICAL), []);
  });

  it('changes only the lines that differ', async () => {
    const text = 'role "A" {}\nrole  "B" {}\nrole "C" {}\n';
    assert.deepEqual(await format(text), [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: 'role "B" {}\n' }]);
  });

  it('keeps CRLF line ends', async () => {
    const edits = await format('role "A" {\r\npermission ADMI_LOGIN_OAUTH\r\n}\r\n');
    assert.equal(applyEdits('role "A" {\r\npermission ADMI_LOGIN_OAUTH\r\n}\r\n', edits!), 'role "A" {\r\n  permission ADMI_LOGIN_OAUTH\r\n}\r\n');
  });

  it('declines a file with syntax errors, and a layout that would move a line away from its ignore comment', async () => {
    assert.equal(await format('role "A" {\n  permission "unterminated\n}\n'), null);
    assert.equal(await format('# nsroles-ignore TBA-2FA-REQUIRED\nrole "A" { administrator\n}\n'), null);
  });

  it('formats only the declarations a range touches', async () => {
    const text = 'role  "A" {}\nrole   "B" {\npermission ADMI_LOGIN_OAUTH }\nrole  "C" {}\n';
    const uri = 'untitled:range';
    await s.open(uri, text);
    const edits = await s.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    await s.close(uri);
    assert.deepEqual(edits, [
      { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 29 } }, newText: 'role "B" {\n  permission ADMI_LOGIN_OAUTH\n}' },
    ]);
  });

  it('on every example, fixture and rule-page example: same meaning, every comment kept, idempotent', async () => {
    const files = corpus();
    assert.ok(files.length >= 20, `only ${files.length} texts`);
    let formatted = 0;
    for (const f of files) {
      const edits = await format(f.text);
      if (edits === null) {
        assert.ok(parse(f.text).errors.length > 0, `${f.name}: declined without a syntax error`);
        continue;
      }
      formatted++;
      const out = applyEdits(f.text, edits);
      assert.deepEqual(meaning(out), meaning(f.text), f.name);
      assert.deepEqual(await format(out), [], `${f.name}: not idempotent`);
    }
    assert.ok(formatted >= files.length - 5, `only ${formatted} of ${files.length} formatted`);
  });
});

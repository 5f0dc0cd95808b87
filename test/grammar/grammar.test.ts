import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const grammarFile = 'syntaxes/nsroles.tmLanguage.json';
const casesGlob = 'test/grammar/*.test.nsroles';

// Resolve the CLI from the package's own `bin` so a moved dist file does not break the test silently.
const toolDir = path.dirname(require.resolve('vscode-tmgrammar-test/package.json'));
const toolBin: Record<string, string> = JSON.parse(readFileSync(path.join(toolDir, 'package.json'), 'utf8')).bin;
const cli = path.join(toolDir, toolBin['vscode-tmgrammar-test']);

/** Runs vscode-tmgrammar-test on a glob (relative to the repo root) and returns its exit code and plain output. */
function runGrammarTests(glob: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [cli, '-g', grammarFile, glob], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  // Strip colours anyway: a CI that forces them must not break the text checks below.
  const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** Every scope the grammar can emit, with `$1` left in place for names built from a capture. */
function grammarScopes(): string[] {
  const scopes = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        value.split(' ').forEach((s) => scopes.add(s));
      } else {
        visit(value);
      }
    }
  };
  visit(JSON.parse(readFileSync(path.join(root, grammarFile), 'utf8')).repository);
  return [...scopes];
}

describe('TextMate grammar (vscode-tmgrammar-test)', () => {
  it('passes every assertion in test/grammar/*.test.nsroles', () => {
    const { status, output } = runGrammarTests(casesGlob);
    assert.equal(status, 0, output);
    const cases = readdirSync(path.join(root, 'test/grammar')).filter((f) => f.endsWith('.test.nsroles'));
    assert.ok(cases.length >= 4, `expected the grammar case files, found ${cases.join(', ')}`);
    for (const file of cases) assert.match(output, new RegExp(`${file.replace(/\./g, '\\.')} run successful`), output);
  });

  it('requires every scope the grammar can produce somewhere in the case files', () => {
    // Only the required side of an assertion counts: `^^^ a.nsroles - b.nsroles` requires a, not b.
    const required = new Set(
      readdirSync(path.join(root, 'test/grammar'))
        .filter((f) => f.endsWith('.test.nsroles'))
        .flatMap((f) => readFileSync(path.join(root, 'test/grammar', f), 'utf8').split('\n'))
        .map((line) => /^#\s*(?:\^+|<~*-+)\s+(.*)$/.exec(line)?.[1] ?? '')
        .flatMap((rest) => rest.split(/(?:^|\s)-(?:\s|$)/)[0].split(/\s+/)),
    );
    const unasserted = grammarScopes().filter((scope) => {
      // `keyword.declaration.$1.nsroles` is covered when any concrete word fills the `$1`.
      const pattern = new RegExp(`^${scope.replace(/\./g, '\\.').replace('$1', '[a-z-]+')}$`);
      return ![...required].some((s) => pattern.test(s));
    });
    assert.deepEqual(unasserted, []);
  });

  describe('can fail', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'nsroles-grammar-'));
      // Wrong on purpose: token-based-authentication must not be split into the `token` keyword.
      writeFileSync(
        path.join(dir, 'missing.test.nsroles'),
        '# SYNTAX TEST "source.nsroles" "deliberately wrong"\ntoken-based-authentication enabled\n# <----- keyword.declaration.token.nsroles\n',
      );
      // Wrong on purpose: `role` at the top level is a declaration keyword.
      writeFileSync(
        path.join(dir, 'prohibited.test.nsroles'),
        '# SYNTAX TEST "source.nsroles" "deliberately wrong"\nrole "Clerk" {}\n# <---- - keyword.declaration.role.nsroles\n',
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('exits non-zero and names the failing scopes when an assertion is wrong', () => {
      const { status, output } = runGrammarTests(path.join(dir, '*.test.nsroles').split(path.sep).join('/'));
      assert.notEqual(status, 0, output);
      assert.match(output, /missing required scopes: keyword\.declaration\.token\.nsroles/i);
      assert.match(output, /prohibited scopes: keyword\.declaration\.role\.nsroles/i);
    });
  });
});

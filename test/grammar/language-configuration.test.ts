import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
}

const file = path.resolve(__dirname, '../../language-configuration.json');
// VS Code reads this file as JSON with comments; we keep it strict JSON so a plain parse is a fair check.
const config: LanguageConfiguration = JSON.parse(readFileSync(file, 'utf8'));

/**
 * The word VS Code would pick at `column` (0-based) when scanning matches from `start`, as its
 * getWordAtText does with a window that may begin anywhere on the line, even inside a string.
 */
function wordAt(line: string, column: number, start = 0): string | undefined {
  const re = new RegExp(config.wordPattern, 'g');
  re.lastIndex = start;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index <= column && column < m.index + m[0].length) return m[0];
    if (m.index > column) return undefined;
    if (m[0].length === 0) re.lastIndex++;
  }
  return undefined;
}

/** The word around the first occurrence of `needle`, clicked in its middle. */
function wordOn(line: string, needle: string): string | undefined {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${line}`);
  return wordAt(line, at + Math.floor(needle.length / 2));
}

describe('language-configuration.json', () => {
  it('declares # comments, { } brackets and pairs that do not auto-close in strings or comments', () => {
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [['{', '}']]);
    for (const open of ['{', '"']) {
      const pair = config.autoClosingPairs.find((p) => p.open === open);
      assert.ok(pair, `no auto-closing pair for ${open}`);
      assert.deepEqual([...(pair.notIn ?? [])].sort(), ['comment', 'string']);
    }
    assert.deepEqual(config.surroundingPairs, [
      ['{', '}'],
      ['"', '"'],
    ]);
  });

  describe('wordPattern', () => {
    it('compiles as a JavaScript regular expression', () => {
      assert.doesNotThrow(() => new RegExp(config.wordPattern, 'g'));
    });

    it('keeps kebab-case keywords, permission IDs and script ids whole', () => {
      const expect = 'expect "bob@acme.com" as "Integration Manager" can issue-token via settings-portlet';
      assert.equal(wordOn(expect, 'issue-token'), 'issue-token');
      assert.equal(wordOn(expect, 'settings-portlet'), 'settings-portlet');
      assert.equal(wordOn('  web-services-only', 'web-services-only'), 'web-services-only');
      assert.equal(wordOn('  permission ADMI_LOGIN_OAUTH full', 'ADMI_LOGIN_OAUTH'), 'ADMI_LOGIN_OAUTH');
      assert.equal(wordOn('  id customrole_integration_manager', 'customrole'), 'customrole_integration_manager');
    });

    it('selects a quoted name whole, with escapes', () => {
      assert.equal(wordOn('role "Integration Manager" {', 'Manager'), '"Integration Manager"');
      assert.equal(wordOn('user "bob@acme.com" { role "Clerk" }', 'acme'), '"bob@acme.com"');
      assert.equal(wordOn('role "The \\"Boss\\"" {}', 'Boss'), '"The \\"Boss\\""');
    });

    it('never pairs a closing quote with the next opening quote', () => {
      // A scan that starts inside a string sees its closing quote first; the text up to the next
      // opening quote must not become one "word".
      const line = 'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders"; user "x" {';
      for (const needle of [' as ', ' can ', ' for ', '; user ']) {
        const column = line.indexOf(needle) + 2;
        for (let start = 0; start <= column; start++) {
          const word = wordAt(line, column, start);
          assert.ok(word === undefined || !word.includes(' '), `from ${start}: ${JSON.stringify(word)}`);
        }
      }
    });

    it('stops at punctuation and comment marks', () => {
      assert.equal(wordOn('  inactive;', 'inactive'), 'inactive');
      assert.equal(wordOn('# the default.', 'default'), 'default');
      assert.equal(wordOn('{full}', 'full'), 'full');
    });
  });

  describe('indentationRules', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);

    it('indents after a line that ends with {', () => {
      assert.match('role "Integration Manager" {', increase);
      assert.match('  user "bob" {   ', increase);
      assert.match('role "Clerk" { # why', increase);
      assert.match('role "a \\" {" {', increase);
    });

    it('does not indent after a closed block, a { in a string or a comment, or an unterminated string', () => {
      assert.doesNotMatch('user "bob" { role "Clerk" }', increase);
      assert.doesNotMatch('role "a {"', increase);
      assert.doesNotMatch('# role "x" {', increase);
      assert.doesNotMatch('role "x" # {', increase);
      assert.doesNotMatch('role "unterminated {', increase);
    });

    it('outdents a line that starts with }', () => {
      assert.match('}', decrease);
      assert.match('   }  # end of role', decrease);
      assert.doesNotMatch('  role "}"', decrease);
      assert.doesNotMatch('# }', decrease);
    });
  });
});

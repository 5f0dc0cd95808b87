/**
 * The README's console examples are the CLI's real output: each `$ node dist/cli.js …` line is
 * run from the repository root and its output compared line by line. A line `  ...` in the
 * README stands for any number of lines (an example may shorten the output, never change it).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { argv, ROOT, run } from '../helpers/cli';

interface Example {
  line: number;
  args: string[];
  expected: string[];
}

function examples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  let inConsole = false;
  let current: Example | undefined;
  lines.forEach((text, i) => {
    if (text.startsWith('```')) {
      inConsole = !inConsole && text.trim() === '```console';
      current = undefined;
      return;
    }
    if (!inConsole) return;
    const command = /^\$ node dist\/cli\.js (.*)$/.exec(text);
    if (command) out.push((current = { line: i + 1, args: argv(command[1]), expected: [] }));
    else if (text.startsWith('$ ')) current = undefined;
    else current?.expected.push(text);
  });
  return out;
}

/** Matches output lines against the README's, where a `...` line matches any run of lines. */
function matches(expected: string[], actual: string[]): boolean {
  if (!expected.length) return !actual.length;
  const [first, ...rest] = expected;
  if (first.trim() === '...') return actual.some((_, k) => matches(rest, actual.slice(k))) || matches(rest, []);
  return actual.length > 0 && actual[0] === first && matches(rest, actual.slice(1));
}

describe('README: console examples print what the CLI prints', () => {
  const found = examples(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it('has examples to check', () => assert.ok(found.length >= 2, `found ${found.length}`));

  for (const ex of found)
    it(`README.md:${ex.line}: nsroles ${ex.args.slice(0, 2).join(' ')}`, () => {
      const r = run(ex.args, ROOT, { NO_COLOR: '1' });
      const actual = r.out.replace(/\n$/, '').split('\n');
      assert.ok(matches(ex.expected, actual), `README.md:${ex.line} differs from the output:\n${r.out}`);
    });
});

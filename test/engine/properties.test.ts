/**
 * Properties of the parser, binder and linter over random and mutated text (fast-check).
 * Fixed seed and bounded runs here; `npm run fuzz` runs the same properties long.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse, type SyntaxTree } from '../../server/src/engine';
import { load } from '../helpers/memory';
import { arbitraryText, checkLoadAndLint, checkParse, checkTree, hugeText, mutate, mutatedExample } from '../properties/parser';

const SEED = 424242;

describe('parser properties (fast-check)', function () {
  this.timeout(60_000);

  it('arbitrary strings: never throws, every range inside the text, binding and lint never throw', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        checkParse(text);
        checkLoadAndLint('main.nsroles', text);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('huge lines and deep nesting: the same, in linear time', () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        checkParse(text);
        load(text);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it('mutated examples: the same, and includes still resolve', () => {
    fc.assert(
      fc.property(mutatedExample, ({ file, text }) => {
        checkParse(text);
        checkLoadAndLint(file, text);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('the checks can fail: ranges outside the text or their statement are caught', () => {
    // Guards the helpers against checking nothing.
    const text = 'role "A" { id x }\nuser "u" {}';
    const corrupt = (edit: (t: SyntaxTree) => void): SyntaxTree => {
      const t = parse(text);
      edit(t);
      return t;
    };
    assert.doesNotThrow(() => checkTree(text, parse(text)));
    assert.throws(
      () =>
        checkTree(
          text,
          corrupt((t) => (t.statements[0].args[0].span.end = text.length + 1)),
        ),
      /not a range inside/,
    );
    assert.throws(
      () =>
        checkTree(
          text,
          corrupt((t) => Object.assign(t.statements[0].block!.statements[0].span, { start: 0, end: text.length })),
        ),
      /outside its parent/,
    );
    assert.throws(
      () =>
        checkTree(
          text,
          corrupt((t) => Object.assign(t.statements[0], { keyword: 'elor' })),
        ),
      /not the text at its span/,
    );
    const emoji = 'role "😀" {}';
    const cut = parse(emoji);
    cut.statements[0].args[0].span.end = 7;
    assert.throws(() => checkTree(emoji, cut), /surrogate pair/);
    assert.equal(mutate('ab\ncd', [{ kind: 'swap-lines', line: 0, other: 1 }]), 'cd\nab');
    assert.equal(mutate('abc', [{ kind: 'insert', at: 5, text: 'X' }]), 'aXbc'); // 5 wraps to 1 in a text of length 3
  });
});

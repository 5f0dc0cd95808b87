import { strict as assert } from 'assert';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { closest } from '../../server/src/engine';
import { ClosestMemo } from '../../server/src/engine/fuzzy';
import { fuzz } from '../helpers/fuzz';

/**
 * What `closest` promises, computed the slow way for every candidate: a name one edit away, or
 * inside the other (or it inside the name), is one edit away; others count their edit distance;
 * up to a third of the name's length is plausible; lengths further apart than half of it are not.
 */
function byDefinition(name: string, candidates: string[], max = 3): string[] {
  const q = name.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(q.length / 3));
  const slack = Math.max(3, q.length / 2);
  return candidates
    .flatMap((c) => {
      const k = c.toLowerCase();
      if (Math.abs(k.length - q.length) > slack) return [];
      const e = distance(q, k);
      const d = e <= 1 || k.includes(q) || q.includes(k) ? 1 : e;
      return d <= limit ? [{ c, d }] : [];
    })
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

describe('did-you-mean (closest)', () => {
  it('proposes a longer name that contains what was typed, and not one as long that does not', () => {
    // 14 letters: up to 4 edits are plausible, and names up to 7 letters longer are looked at.
    assert.deepEqual(closest('Accounts Clerk', ['Senior Accounts Clerk', 'Accounts Manager West']), ['Senior Accounts Clerk']);
  });

  it('equals the definition on names that differ by letters, by length and by containment', () => {
    const word = fc.stringMatching(/^[a-e ]{0,14}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (name, candidates) => {
        assert.deepEqual(closest(name, candidates), byDefinition(name, candidates));
      }),
      { numRuns: 2000 },
    );
  });

  it('a memo kept across changed candidate lists answers as a fresh search, whatever the change', () => {
    const word = fc.stringMatching(/^[a-e ]{0,10}$/);
    // Each step: names asked, and a new list made from the last by removing, adding and repeating names.
    const step = fc.record({
      asked: fc.array(word, { maxLength: 6 }),
      drop: fc.array(fc.nat(), { maxLength: 4 }),
      add: fc.array(word, { maxLength: 4 }),
      copy: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(step, { minLength: 1, maxLength: 8 }), (start, steps) => {
        const memo = new ClosestMemo();
        let list = start;
        for (const { asked, drop, add, copy } of steps) {
          for (const name of asked) assert.deepEqual(memo.closest(name, list), byDefinition(name, list), JSON.stringify({ name, list }));
          const next = list.filter((_, i) => !drop.some((d) => list.length && d % list.length === i)).concat(add);
          // Sometimes the same names in a new array, sometimes a changed list.
          list = copy ? [...list] : next;
        }
        for (const name of steps.flatMap((x) => x.asked)) assert.deepEqual(memo.closest(name, list), byDefinition(name, list));
      }),
      fuzz(1500, 737373),
    );
    // The same names in another order: the answers stay, read against the new positions.
    const memo = new ClosestMemo();
    memo.closest('x', ['', ' ']);
    assert.deepEqual(memo.closest('aa', [' ', '']), byDefinition('aa', [' ', '']));
  });
});

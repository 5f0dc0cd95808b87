import { strict as assert } from 'assert';
import fc from 'fast-check';
import { compareNames } from '../../server/src/engine';
import { fuzz } from '../helpers/fuzz';

// The collator's order, which compareNames gives without loading one for printable ASCII.
const collated = (a: string, b: string): number => Math.sign(a.localeCompare(b, 'en'));

describe('compareNames: the collator’s order without the collator', () => {
  it('keeps the order role object files had: which of two duplicates counts does not change', () => {
    const files = ['customrole1000.xml', 'customrole_sales.xml', 'customrole.xml', 'customrole_a.xml', 'Roles', 'roles', 'objects_old', 'objects-new'];
    assert.deepEqual(
      [...files].sort(compareNames),
      [...files].sort((a, b) => a.localeCompare(b, 'en')),
    );
    assert.deepEqual([...files].sort(compareNames).slice(0, 4), ['customrole_a.xml', 'customrole_sales.xml', 'customrole.xml', 'customrole1000.xml']);
  });

  it('equals localeCompare on printable ASCII, case and prefixes included', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' _-.,;:!?()[]{}@*/\\&#%`^+<=>|~$\'"0123456789aAbBzZ'), maxLength: 8 });
    const pair = fc.oneof(
      fc.tuple(ascii, ascii),
      // The same name in another case, or with more after it.
      fc.tuple(ascii, ascii).map(([a, more]) => [a, a.toUpperCase() + more] as [string, string]),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        assert.equal(Math.sign(compareNames(a, b)), collated(a, b), JSON.stringify([a, b]));
        assert.equal(Math.sign(compareNames(b, a)), collated(b, a), JSON.stringify([b, a]));
      }),
      fuzz(2000, 71),
    );
  });

  it('hands anything else to localeCompare (accents, control characters)', () => {
    for (const [a, b] of [
      ['équipe', 'finance'],
      ['Ärzte', 'arzt'],
      ['a\u0001b', 'ab'],
    ])
      assert.equal(Math.sign(compareNames(a, b)), Math.sign(a.localeCompare(b)));
  });
});

/** limitSymbols: the first items of an outline, each before what it holds. */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { limitSymbols, type SymbolNode } from '../../server/src/ide/symbols';
import { normalizeMaxItems, SETTINGS } from '../../shared/settings';

const span = { start: 0, end: 0 };
/** Outlines three levels deep, as role files' are at most. */
const level = (children: fc.Arbitrary<SymbolNode[]>): fc.Arbitrary<SymbolNode[]> =>
  fc.array(
    fc.record({ name: fc.string({ maxLength: 3 }), children }).map(({ name, children }) => ({ name, kind: 'role' as const, span, selection: span, children })),
    { maxLength: 4 },
  );
const tree = level(level(level(fc.constant([]))));

/** The names in order, each before its children. */
const preorder = (list: SymbolNode[]): string[] => list.flatMap((n) => [n.name, ...preorder(n.children)]);

describe('ide: limitSymbols', () => {
  it('keeps the first max items in preorder, and counts them all', () => {
    fc.assert(
      fc.property(tree, fc.nat(30), (nodes, max) => {
        const all = preorder(nodes);
        const { shown, total } = limitSymbols(nodes, max);
        assert.equal(total, all.length);
        assert.deepEqual(preorder(shown), all.slice(0, max));
        if (all.length <= max) assert.equal(shown, nodes, 'nothing cut: the same list');
      }),
    );
  });

  it('nsroles.maxItemsComputed: a whole number of 0 or more, else the default', () => {
    assert.equal(normalizeMaxItems(12.7), 12);
    assert.equal(normalizeMaxItems(0), 0);
    for (const bad of [-1, NaN, Infinity, '100', null, undefined, {}]) assert.equal(normalizeMaxItems(bad), SETTINGS.maxItemsComputed.default);
  });
});

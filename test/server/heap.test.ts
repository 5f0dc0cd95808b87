import { strict as assert } from 'assert';
import { generateAccount } from '../../bench/generate';
import { largeText, wantTight } from '../../server/src/heap';

describe("heap growth: tight for large accounts, V8's default for small ones", () => {
  it('a 10k-line account (30–50 MB in use after a lint) keeps the default growth', () => {
    for (const used of [30e6, 47e6]) assert.equal(wantTight(used, false), false);
  });

  it('a 100k-line account (105 MB and more in use) is tight from its first lint', () => {
    assert.equal(wantTight(105e6, false), true);
    assert.equal(wantTight(105e6, undefined), true);
  });

  it('once tight, a dip in use (garbage just collected) does not switch back', () => {
    assert.equal(wantTight(60e6, true), true);
    assert.equal(wantTight(30e6, true), false);
  });

  it('a document is large (growth made tight before it is read) at the 100k-line account, not at 10k', () => {
    const entry = (lines: number) => generateAccount('x', lines).nsroles['account.nsroles'];
    assert.equal(largeText(entry(10_000).length), false);
    assert.equal(largeText(entry(100_000).length), true);
  });
});

import * as v8 from 'v8';

/**
 * Above this much heap in use after a lint, the heap grows by 10 % of its live size between full
 * collections instead of V8's default (up to four times): each keystroke leaves the last
 * account's model as garbage, and on a large account the default let the server sit at three
 * times the memory it needs. Below it (accounts up to a few 10,000 lines), V8's default stands:
 * the tight limit cost a full collection every few keystrokes, about a seventh of an edit's time
 * at 10k lines, to save memory that small accounts do not use. No hard cap either way.
 *
 * Measured after a lint, heap in use includes garbage not yet collected: a 10k-line account reads
 * 30–50 MB, a 100k-line one 105–350 MB. Once tight, the limit stays until use falls below half the
 * threshold, so an account near it does not switch back and forth and let the heap run up in
 * between (at 128 MB with no such margin, the 100k account peaked at 585 MB; with it and 10 % instead
 * of 15 %, 290 MB).
 */
const TIGHT_ABOVE = 80e6;
const LOOSE_BELOW = TIGHT_ABOVE / 2;

/**
 * A document this long makes an account over TIGHT_ABOVE once read: the 10k-line bench account's
 * entry file is ~0.35 M characters (30–50 MB in use), the 100k one's 3.5 M (105 MB and more).
 */
export const LARGE_TEXT = 1_000_000;

/** Whether reading a document of this many characters should find the heap's growth tight already. */
export function largeText(length: number): boolean {
  return length >= LARGE_TEXT;
}

let tight: boolean | undefined;

/** Whether the heap's growth should be tight, given the heap in use and the current setting. */
export function wantTight(used: number, tightNow: boolean | undefined): boolean {
  return tightNow ? used >= LOOSE_BELOW : used > TIGHT_ABOVE;
}

/**
 * Sets the heap's growth for the heap's current size; cheap enough to call after every lint.
 * `force`: tight whatever the heap holds now, at start and before a large document is read. V8
 * sets the next collection's limit when a full collection ends, with the growth in force then: a
 * collection while a 100k-line file was read, after a lint of nothing much had set the default,
 * let the heap grow to ~290 MB before the next one (peak RSS ~390 MB instead of ~265).
 */
export function tuneHeapGrowth(force = false): void {
  const want = force || wantTight(v8.getHeapStatistics().used_heap_size, tight);
  if (want === tight) return;
  tight = want;
  // 0 is V8's default: a factor it chooses from the heap's size and the collector's speed.
  v8.setFlagsFromString(`--heap-growing-percent=${want ? 10 : 0}`);
}

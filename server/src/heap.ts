import * as v8 from 'v8';

/**
 * Above this much live heap, the heap grows by 15 % of its live size between full collections
 * instead of V8's default (up to four times): each keystroke leaves the last account's model as
 * garbage, and on a large account the default let the server sit at three times the memory it
 * needs. Below it (accounts up to a few 10,000 lines), V8's default stands: the tight limit cost
 * a full collection every few keystrokes, about a seventh of an edit's time at 10k lines, to
 * save memory that small accounts do not use. No hard cap either way.
 */
const TIGHT_ABOVE = 128e6;

let tight: boolean | undefined;

/**
 * Sets the heap's growth for the heap's current size; cheap enough to call after every lint.
 * The first call (at start, `tight`) keeps the first open of a large account as it was.
 */
export function tuneHeapGrowth(start = false): void {
  const want = start || v8.getHeapStatistics().used_heap_size > TIGHT_ABOVE;
  if (want === tight) return;
  tight = want;
  // 0 is V8's default: a factor it chooses from the heap's size and the collector's speed.
  v8.setFlagsFromString(`--heap-growing-percent=${want ? 15 : 0}`);
}

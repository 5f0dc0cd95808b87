/**
 * A line diff (Myers' O(ND) algorithm) as hunks: runs of lines replaced between two texts.
 * The access delta reverts one hunk at a time to find the edits that flipped a decision.
 */

/** Lines [beforeStart, beforeEnd) of the old text became lines [afterStart, afterEnd) of the new one (0-based). */
export interface Hunk {
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

/** Past this many differing lines the middle of the two texts is one hunk: a rewrite, not an edit. */
const MAX_EDITS = 2000;

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function lineHunks(before: readonly string[], after: readonly string[]): Hunk[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  if (start === endB && start === endA) return [];
  const script = myers(before.slice(start, endB), after.slice(start, endA));
  if (!script) return [{ beforeStart: start, beforeEnd: endB, afterStart: start, afterEnd: endA }];
  return script.map((h) => ({
    beforeStart: h.beforeStart + start,
    beforeEnd: h.beforeEnd + start,
    afterStart: h.afterStart + start,
    afterEnd: h.afterEnd + start,
  }));
}

/** The hunks of a shortest edit script, or undefined when it needs more than MAX_EDITS edits. */
function myers(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back through the saved frontiers, marking which lines were deleted or inserted.
  const deleted = new Uint8Array(n);
  const inserted = new Uint8Array(m);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) inserted[prevY] = 1;
    else deleted[prevX] = 1;
    x = prevX;
    y = prevY;
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && !deleted[i] && !inserted[j]) {
      i++;
      j++;
      continue;
    }
    const h = { beforeStart: i, beforeEnd: i, afterStart: j, afterEnd: j };
    while (i < n && deleted[i]) i++;
    while (j < m && inserted[j]) j++;
    h.beforeEnd = i;
    h.afterEnd = j;
    hunks.push(h);
  }
  return hunks;
}

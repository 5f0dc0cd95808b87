/** A half-open range of UTF-16 offsets into one document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A place in a named document (a path or URI, whatever the host uses). */
export interface Location {
  file: string;
  span: Span;
}

/** Zero-based line and character, as LSP counts them (UTF-16 units). */
export interface Position {
  line: number;
  character: number;
}

/**
 * Converts offsets to line/character positions; built once per document text. A byte order mark
 * at the start (a file read from disk) is no column: editors hide it, and VS Code sends documents
 * without it, so the first visible character is character 0 either way.
 */
export class LineIndex {
  private readonly starts: number[];
  /** 1 when the text starts with a byte order mark, else 0. */
  private readonly bom: number;

  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    // Without a CR, the native search is much faster than a character loop (before V8 optimises it).
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /**
   * The index of `text`, which is this index's text with [from, oldEnd) replaced by
   * [from, newEnd) of `text`: only the replaced lines are scanned again.
   */
  edited(text: string, from: number, oldEnd: number, newEnd: number): LineIndex {
    // A line start v depends on the characters at v - 1 and v (a CR followed by LF is one break).
    const old = this.starts;
    let keep = 0;
    while (keep < old.length && old[keep] < from) keep++;
    const starts = keep ? old.slice(0, keep) : [0];
    for (let i = Math.max(0, from - 1); i < newEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    const delta = newEnd - oldEnd;
    let i = keep;
    while (i < old.length && old[i] < oldEnd + 1) i++;
    for (; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: lo === 0 ? Math.max(0, o - this.bom) : o - this.starts[lo] };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return this.bom;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = pos.line === 0 ? this.bom : this.starts[pos.line];
    const end = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, pos.character), end);
  }

  /** Where a line's first character is (after a byte order mark, on the first line). */
  lineStart(line: number): number {
    const i = Math.max(0, Math.min(line, this.starts.length - 1));
    return i === 0 ? this.bom : this.starts[i];
  }
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The first index below `n` at which `from(i)` holds (it must hold from there on), or `n`: a binary search. */
export function firstIndex(n: number, from: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (from(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function contains(s: Span, offset: number): boolean {
  return s.start <= offset && offset <= s.end;
}

/** A character as its `\uXXXX` escape: how messages and the CLI show what they must not carry raw. */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Orders names as `a.localeCompare(b)` does, without loading a collator for printable ASCII (the
 * first `localeCompare` of a process costs milliseconds, inside a cold open): blanks, then
 * punctuation and symbols in the collator's order, digits, letters without regard to case; of
 * names equal but for case, lower case first. Anything else is compared by `localeCompare`.
 */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let caseOrder = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const rx = x < 128 ? ASCII_RANK[x] : 0;
    const ry = y < 128 ? ASCII_RANK[y] : 0;
    if (!rx || !ry) return a.localeCompare(b);
    if (rx !== ry) return rx < ry ? -1 : 1;
    // The same letter in another case: counts only if nothing else differs.
    if (!caseOrder) caseOrder = x > y ? -1 : 1;
  }
  for (let i = n; i < a.length; i++) if (!ASCII_RANK[a.charCodeAt(i)]) return a.localeCompare(b);
  for (let i = n; i < b.length; i++) if (!ASCII_RANK[b.charCodeAt(i)]) return a.localeCompare(b);
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return caseOrder;
}

/** Printable ASCII in the order the Unicode collation algorithm's root order gives it; 0: not ranked. */
const ASCII_ORDER = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz`;
const ASCII_RANK = ((): Uint8Array => {
  const rank = new Uint8Array(128);
  for (let i = 0; i < ASCII_ORDER.length; i++) rank[ASCII_ORDER.charCodeAt(i)] = i + 1;
  for (let c = 65; c <= 90; c++) rank[c] = rank[c + 32];
  return rank;
})();

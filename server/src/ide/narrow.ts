import type { Span } from '../engine';

/** What narrowing reads of a proposal. */
export interface Narrowable {
  label: string;
  filterText?: string;
  sortText?: string;
  /** The text the proposal replaces: the editor filters by what was typed from its start. */
  replace: Span;
}

/**
 * The most proposals one list holds. A 100k-line account has 1,667 roles and 20,000 users, and
 * NetSuite's list ~1,400 ways to write a permission: sent whole, each request was up to 2 MB of
 * JSON for a list of which the editor shows a dozen rows. A longer list is cut to what best
 * matches the typed text and marked incomplete, so the editor asks again as the user types (as
 * clangd does).
 */
export const COMPLETION_LIMIT = 200;

/**
 * `entries` if there are at most `limit`; otherwise the `limit` that best match what was typed
 * before `offset` (the text from each proposal's replace start): the typed text starting the
 * proposal's filter text, then found in it, then its characters in order (the editor's own
 * filter shows nothing else, so no proposal it would show is left out for not matching). Ties go
 * by sort text, then by place in the list. The cut list keeps the proposals' own order.
 */
export function narrow<T extends Narrowable>(entries: T[], text: string, offset: number, limit = COMPLETION_LIMIT): { entries: T[]; incomplete: boolean } {
  const kept = keptIndices(entries, text, offset, limit);
  return kept ? { entries: kept.map((i) => entries[i]), incomplete: true } : { entries, incomplete: false };
}

/** The indices `narrow` keeps, in order, or undefined when the list is not cut. */
export function keptIndices(entries: Narrowable[], text: string, offset: number, limit: number): number[] | undefined {
  const n = entries.length;
  if (n <= limit) return undefined;
  const rank = new Int8Array(n);
  let from = -1;
  let typed = '';
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (e.replace.start !== from) {
      from = e.replace.start;
      typed = text.slice(from, Math.max(from, offset)).toLowerCase();
    }
    rank[i] = typed === '' ? 0 : matchRank((e.filterText ?? e.label).toLowerCase(), typed);
  }
  const key = (i: number) => entries[i].sortText ?? entries[i].label;
  const worse = (i: number, j: number) => (rank[i] !== rank[j] ? rank[i] > rank[j] : key(i) !== key(j) ? key(i) > key(j) : i > j);
  // The best `limit` so far as a heap whose root is the worst of them: one comparison for most
  // proposals instead of sorting 20,000 users.
  const heap: number[] = [];
  for (let i = 0; i < n; i++) {
    if (rank[i] < 0) continue;
    if (heap.length < limit) {
      let c = heap.push(i) - 1;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c], heap[p])) break;
        const t = heap[c];
        heap[c] = heap[p];
        heap[p] = t;
        c = p;
      }
    } else if (worse(heap[0], i)) {
      heap[0] = i;
      for (let c = 0; ;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let w = c;
        if (l < heap.length && worse(heap[l], heap[w])) w = l;
        if (r < heap.length && worse(heap[r], heap[w])) w = r;
        if (w === c) break;
        const t = heap[c];
        heap[c] = heap[w];
        heap[w] = t;
        c = w;
      }
    }
  }
  return heap.sort((a, b) => a - b);
}

/** 0: `key` starts with `typed`; 1: contains it; 2: has its characters in order; -1: none. */
function matchRank(key: string, typed: string): number {
  if (key.startsWith(typed)) return 0;
  if (key.includes(typed)) return 1;
  let j = 0;
  for (let i = 0; i < key.length && j < typed.length; i++) if (key[i] === typed[j]) j++;
  return j === typed.length ? 2 : -1;
}

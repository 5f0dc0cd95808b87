import * as path from 'path';
import { type FileHost, type LoadedAccount, loadAccount } from '../../server/src/engine';
import { SyntaxNode } from '../../server/src/engine/syntax';
import type { Span } from '../../server/src/engine/text';

/** An in-memory FileHost: file name → text. Paths resolve like POSIX paths. */
export function memoryHost(files: Record<string, string>): FileHost {
  return {
    read: (f) => files[f],
    resolve: (from, p) => path.posix.join(path.posix.dirname(from), p),
  };
}

/** Loads `text` as /main.nsroles, with optional extra files. */
export function load(text: string, extra: Record<string, string> = {}): LoadedAccount {
  return loadAccount('/main.nsroles', memoryHost({ '/main.nsroles': text, ...extra }));
}

/** Marks a range with ⟦ ⟧ inside a text; returns the text without marks and the offsets. */
export function marked(src: string): { text: string; start: number; end: number } {
  const start = src.indexOf('⟦');
  const end = src.indexOf('⟧') - 1;
  return { text: src.replace('⟦', '').replace('⟧', ''), start, end };
}

/** A span as a plain `{ start, end }`: a tree's arguments and statements are their own spans. */
export function at(s: Span): Span {
  return { start: s.start, end: s.end };
}

/**
 * A deep copy in which the tree's arguments and statements are plain data: a node held as a
 * span (under a `span` key) becomes `{ start, end }`, and a node held as a location (anywhere
 * else) becomes `{ file, span }`. Two models then compare by the places they name, not by the
 * tree objects (and what a cache keeps on them).
 */
export function plain<T>(x: T, seen = new Map<object, unknown>(), key?: string): T {
  if (typeof x !== 'object' || x === null) return x;
  if (x instanceof SyntaxNode) return (key === 'span' ? at(x) : { file: x.file, span: at(x) }) as T;
  const hit = seen.get(x);
  if (hit) return hit as T;
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    seen.set(x, out);
    for (const v of x) out.push(plain(v, seen));
    return out as T;
  }
  if (x instanceof Map) {
    const out = new Map();
    seen.set(x, out);
    for (const [k, v] of x) out.set(plain(k, seen), plain(v, seen));
    return out as T;
  }
  if (x instanceof Set) {
    const out = new Set();
    seen.set(x, out);
    for (const v of x) out.add(plain(v, seen));
    return out as T;
  }
  const out = Object.create(Object.getPrototypeOf(x) as object | null) as Record<string, unknown>;
  seen.set(x, out);
  for (const [k, v] of Object.entries(x)) out[k] = plain(v, seen, k);
  return out as T;
}

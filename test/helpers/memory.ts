import * as path from 'path';
import { type FileHost, type LoadedAccount, loadAccount } from '../../server/src/engine';

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

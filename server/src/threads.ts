import * as fs from 'fs';
import * as os from 'os';

/** The nice value given to V8's helper threads: the main thread gets ~3/4 of a core it shares. */
export const HELPER_NICE = 5;

/**
 * Lowers the priority of every thread the process has besides its main thread, as Chrome runs
 * V8's helpers in the background. Called at start, those are V8's threads (garbage collection
 * helpers, the optimizing compiler) and Node's signal watcher; libuv's file threads come later,
 * started by the main thread, and keep its priority. On a 2-core machine a cold open of a
 * 100k-line account left the main thread waiting for a core 60–120 ms while the compiler and
 * the collector's helpers ran; the main thread is what answers the editor. Linux only: there
 * a thread's nice value is its own and `setpriority` takes a thread id. Elsewhere an id given
 * as a process id could name another process, so nothing is done. Returns the threads lowered.
 */
export function helpersYield(nice = HELPER_NICE, platform = process.platform, pid = process.pid): number {
  if (platform !== 'linux') return 0;
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const tid of tids) {
    const id = Number(tid);
    if (!Number.isInteger(id) || id === pid) continue;
    try {
      // Only ever lowered: raising a nice value back needs a privilege the server lacks.
      if (os.getPriority(id) >= nice) continue;
      os.setPriority(id, nice);
      lowered++;
    } catch {
      // The thread ended, or a sandbox forbids it: the server runs as before.
    }
  }
  return lowered;
}

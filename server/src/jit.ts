import * as v8 from 'v8';

/**
 * Turns TurboFan's inlining off for the server process. The first lint of a large account is the
 * server's heaviest moment, and most of V8's optimizing work happens during it: at 100k lines that
 * was ~830 ms of process CPU for ~430 ms on the main thread, and on a 2-core machine the main
 * thread then waited 50–110 ms for a core. Without inlining the compiler does less (process CPU
 * ~700 ms) and that first open went from 526–570 to 469–532 ms, while edits, hover, completion and
 * the matrix request measured the same (docs/performance.md, "the cold open, a fourth look").
 * Set at start, before anything is optimized, so it acts as if given on the command line, which a
 * client that spawns `node server.js` would not do.
 */
export function leanCompiler(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
}

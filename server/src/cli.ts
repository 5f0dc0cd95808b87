// The nsroles command-line interface: the same engine as the language server, for CI.
import { run } from './cli/main';
import { terminalSafe } from './cli/output';
import { version } from '../../package.json';

function internalError(e: unknown): never {
  // A bug, not a user error: say so plainly, still without a stack trace unless asked.
  process.stderr.write(
    terminalSafe(`nsroles: internal error: ${String((e as Error)?.message)}\n${process.env.NSROLES_DEBUG ? (e as Error).stack + '\n' : ''}`),
  );
  process.exit(70);
}

// A reader that goes away (`| head`) is not an error: stop writing and exit as if done.
let closed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') internalError(e);
  closed = true;
});

// stderr too: a closed stderr (2>&- or a pipe that went away) loses only the messages.
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') internalError(e);
});

let result;
try {
  result = run(process.argv.slice(2), version);
} catch (e) {
  internalError(e);
}
process.exitCode = result.code;
process.stdout.write(terminalSafe(result.stdout));
process.stderr.write(terminalSafe(result.stderr));
if (result.rest) void writeRest(result.rest);

function drained(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done).off('error', done);
      resolve();
    };
    process.stdout.on('drain', done).on('error', done);
  });
}

/** Writes each chunk once the previous one has gone out, so memory does not grow with the output. */
async function writeRest(rest: Iterable<string>): Promise<void> {
  try {
    for (const chunk of rest) {
      if (closed) return;
      if (!process.stdout.write(terminalSafe(chunk))) await drained();
      // Lets an EPIPE from a synchronous pipe write reach the handler above before the next chunk.
      else await new Promise((r) => setImmediate(r));
    }
  } catch (e) {
    internalError(e);
  }
}

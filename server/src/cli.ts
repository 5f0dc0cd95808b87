// The nsroles command-line interface: the same engine as the language server, for CI.
import { run } from './cli/main';
import { version } from '../../package.json';

let result;
try {
  result = run(process.argv.slice(2), version);
} catch (e) {
  // A bug, not a user error: say so plainly, still without a stack trace unless asked.
  process.stderr.write(`nsroles: internal error: ${(e as Error).message}\n${process.env.NSROLES_DEBUG ? (e as Error).stack + '\n' : ''}`);
  process.exit(70);
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;

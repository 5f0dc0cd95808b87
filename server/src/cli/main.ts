import { parseArgs } from 'util';
import { check } from './check';
import { EXIT, UsageError } from './errors';
import { matrix } from './matrix';
import { simulate } from './simulate';
import { styleFor } from './style';
import { whoCanCommand } from './whocan';
import { SDF_DISCOVERY } from './sdf';

const SDF_QUERY = `FILE is a .nsroles file; its roles may be SuiteCloud role objects.
${SDF_DISCOVERY}
A malformed role object is read up to its first error, with a warning on stderr.`;

export const HELP: Record<string, string> = {
  main: `nsroles — lint and simulate NetSuite token-based authentication (TBA) roles

Usage:
  nsroles check [PATH...] [--format text|json|sarif] [--fail-on error|warning]
  nsroles simulate FILE --user U --role R --action A [--for U2 --for-role R2] [--via CHANNEL] [--integration NAME] [--json]
  nsroles matrix FILE [--format text|json|csv]
  nsroles who-can FILE --action A [--for U2 --for-role R2] [--via CHANNEL] [--integration NAME] [--json]

Run 'nsroles COMMAND --help' for one command. Actions: issue-token, revoke-token,
restlet-login, web-services-login. Channels: access-tokens-page, settings-portlet,
issuetoken-endpoint, authorization-flow.

${SDF_DISCOVERY}
`,
  check: `Usage: nsroles check [PATH...] [--format text|json|sarif] [--fail-on error|warning]

Runs every diagnostic, expect lines included, on the given files and folders
(folders: every .nsroles file and every SuiteCloud role object below; default:
the current folder). The role objects below a folder are linted (SDF-* rules),
and every account in that folder sees those of its own SuiteCloud project (or,
outside any project, all of them). A role object given by name is linted too.
Role objects an account sees only through its project are not reported: check
their folder for that.

${SDF_DISCOVERY}

  --format    text (default): file:line:col severity RULE-ID message
              json: {"findings":[...]}; sarif: SARIF 2.1.0 for code scanning
  --fail-on   error (default) or warning: the lowest severity that makes the exit code 1
Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input.
`,
  simulate: `Usage: nsroles simulate FILE --user U --role R --action A [--for U2 --for-role R2] [--via CHANNEL] [--integration NAME] [--json]

Decides whether user U, acting in role R, may perform action A, and prints the
decision, the reasoning, the cited NetSuite rules and what would change the answer.
  --user, --role       the actor and the acting role (a role name or its id)
  --action             issue-token, revoke-token, restlet-login or web-services-login
  --for, --for-role    for token actions: the token's user and role (default: your own)
  --via                access-tokens-page, settings-portlet, issuetoken-endpoint or
                       authorization-flow
  --integration        the application asking (an integration record): its state and
                       Token-based Authentication boxes then take part in the decision
  --json               print the decision as JSON
Exit codes: 0 allow, 3 deny, 2 bad input.

${SDF_QUERY}
`,
  matrix: `Usage: nsroles matrix FILE [--format text|json|csv]

Decides every action for every (user, held role). json and csv also list token
actions for every other (user, held role) as target.
Exit codes: 0, or 2 for bad input.

${SDF_QUERY}
`,
  'who-can': `Usage: nsroles who-can FILE --action A [--for U2 --for-role R2] [--via CHANNEL] [--integration NAME] [--json]

Lists every (user, held role) allowed to perform the action (through the
integration record given with --integration, if any).
Exit codes: 0, or 2 for bad input.

${SDF_QUERY}
`,
};

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  user: { type: 'string' },
  role: { type: 'string' },
  action: { type: 'string' },
  for: { type: 'string' },
  'for-role': { type: 'string' },
  via: { type: 'string' },
  integration: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const ALLOWED: Record<string, string[]> = {
  check: ['format', 'fail-on'],
  simulate: ['user', 'role', 'action', 'for', 'for-role', 'via', 'integration', 'json'],
  matrix: ['format'],
  'who-can': ['action', 'for', 'for-role', 'via', 'integration', 'json'],
};

/** Runs the CLI on argv (without node and script). Pure apart from reading files. */
export function run(argv: string[], version: string): CliResult {
  const out = (stdout: string, code = EXIT.ok as number): CliResult => ({ stdout, stderr: '', code });
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') return out(HELP.main);
    if (command === '--version') return out(version + '\n');
    if (!ALLOWED[command]) throw new UsageError(`unknown command '${command}': use check, simulate, matrix or who-can (nsroles --help)`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(((e as Error).message.split('\n')[0] ?? 'bad arguments').replace(/^TypeError \[[A-Z_]+\]: /, ''));
    }
    const v = parsed.values as Record<string, string | boolean | undefined>;
    if (v.help) return out(HELP[command]);
    for (const k of Object.keys(v)) {
      if (v[k] !== undefined && !ALLOWED[command].includes(k)) throw new UsageError(`option --${k} does not apply to '${command}' (nsroles ${command} --help)`);
    }
    const pos = parsed.positionals;
    const s = (k: string) => v[k] as string | undefined;
    const style = styleFor(process.stdout);
    if (command !== 'check' && pos.length > 1) throw new UsageError(`'${command}' takes one FILE, got ${pos.length}`);
    switch (command) {
      case 'check': {
        const r = check(
          { paths: pos, format: (s('format') ?? 'text') as 'text', failOn: (s('fail-on') ?? 'error') as 'error' },
          styleFor(process.stdout),
          version,
        );
        return r;
      }
      case 'simulate':
        return simulate(
          {
            file: pos[0],
            user: s('user'),
            role: s('role'),
            action: s('action'),
            for: s('for'),
            forRole: s('for-role'),
            via: s('via'),
            integration: s('integration'),
            json: v.json === true,
          },
          style,
        );
      case 'matrix':
        return { ...matrix(pos[0], s('format') ?? 'text', style), code: EXIT.ok };
      default:
        return {
          ...whoCanCommand({
            file: pos[0],
            action: s('action'),
            for: s('for'),
            forRole: s('for-role'),
            via: s('via'),
            integration: s('integration'),
            json: v.json === true,
          }),
          code: EXIT.ok,
        };
    }
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `nsroles: ${e.message}\n`, code: EXIT.usage };
    throw e;
  }
}

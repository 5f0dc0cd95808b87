import { parseArgs } from 'util';
import { check } from './check';
import { diff } from './diff';
import { parseRuleOptions } from './config';
import { EXIT, UsageError } from './errors';
import { matrix } from './matrix';
import { simulate } from './simulate';
import { styleFor } from './style';
import { troubleshootCommand } from './troubleshoot';
import { whoCanCommand } from './whocan';
import { SDF_DISCOVERY } from './sdf';

const SDF_QUERY = `FILE is a .nsroles file; its roles may be SuiteCloud role objects.
${SDF_DISCOVERY}
A malformed role object is read up to its first error, with a warning on stderr.`;

export const HELP: Record<string, string> = {
  main: `nsroles — lint and simulate NetSuite token-based authentication (TBA) roles

Usage:
  nsroles check [PATH...] [--format text|json|sarif] [--fail-on error|warning] [--access-lock FILE]
                [--config FILE] [--rule RULE-ID=SEVERITY ...]
  nsroles simulate FILE --user U --role R --action A [--for U2 [--for-role R2]] [--via CHANNEL] [--integration NAME] [--format text|json]
  nsroles matrix FILE [--format text|json|csv] [--targets all|none] [--action A]
  nsroles who-can FILE --action A [--for U2 [--for-role R2]] [--via CHANNEL] [--integration NAME] [--format text|json]
  nsroles troubleshoot FILE --error CODE [--token NAME | --user U --role R [--integration I]] [--format text|json]
  nsroles diff [PATH...] [--base REV] [--head REV] [--format text|json|markdown] [--fail-on-new-access]

Every command takes --format json, and --json as its short form. Output to a
pipe that closes early (| head) ends quietly.
Run 'nsroles COMMAND --help' for one command. Actions: issue-token, revoke-token,
restlet-login, web-services-login. Channels: access-tokens-page, settings-portlet,
issuetoken-endpoint, authorization-flow.

${SDF_DISCOVERY}
`,
  check: `Usage: nsroles check [PATH...] [--format text|json|sarif] [--fail-on error|warning] [--access-lock FILE]
                     [--config FILE] [--rule RULE-ID=SEVERITY ...]

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
  --json      the same as --format json
  --fail-on   error (default) or warning: the lowest severity that makes the exit code 1
  --access-lock FILE  a committed access snapshot (nsroles matrix FILE --format json > FILE):
              every decision that differs from it is an NSR-ACCESS-CHANGED error, on the
              line that settles it now
  --config    a .nsroles.json to use for every file; without it, each file uses the
              .nsroles.json in its folder or the nearest folder above:
              { "rules": { "TBA-2027-INTEGRATIONS": "off" } }
  --rule      RULE-ID=SEVERITY (off, hint, information, warning, error), on top of
              the configuration; repeatable
Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input
(a .nsroles.json that cannot be used is bad input).
`,
  simulate: `Usage: nsroles simulate FILE --user U --role R --action A [--for U2 [--for-role R2]] [--via CHANNEL] [--integration NAME] [--format text|json]

Decides whether user U, acting in role R, may perform action A, and prints the
decision, the reasoning, the cited NetSuite rules and what would change the answer.
  --user, --role       the actor and the acting role (a role name or its id)
  --action             issue-token, revoke-token, restlet-login or web-services-login
  --for, --for-role    for token actions: the token's user and role (default: your own);
                       --for-role may be left out when U2 holds exactly one role
  --via                access-tokens-page, settings-portlet, issuetoken-endpoint or
                       authorization-flow
  --integration        the application asking (an integration record): its state and
                       Token-based Authentication boxes then take part in the decision
  --format             text (default) or json: the decision as JSON
  --json               the same as --format json
Exit codes: 0 allow, 3 deny, 2 bad input.

${SDF_QUERY}
`,
  matrix: `Usage: nsroles matrix FILE [--format text|json|csv] [--targets all|none] [--action A]

Decides every action for every (user, held role), printing each row as it is
decided (a large account with every target has millions of rows; memory stays
the same). Stops quietly when its reader goes away (| head).
  --format    text (default): one row per (user, role), one column per action,
              the user's own tokens; json: {"rows":[...]}; csv: one row per cell
  --json      the same as --format json
  --targets   all (default): json and csv also list token actions for every
              other (user, held role) as target; none: own tokens only
  --action    only this action: issue-token, revoke-token, restlet-login or
              web-services-login
Exit codes: 0, or 2 for bad input.

${SDF_QUERY}
`,
  diff: `Usage: nsroles diff [PATH...] [--base REV] [--head REV] [--format text|json|markdown] [--fail-on-new-access]

Compares the accounts in PATH (files or folders; default: the current folder) at
two revisions of the git repository that contains them, deciding every
(user, held role) × action × token target on both sides, and lists who gains
(granted) and who loses (revoked) access, each with the rule that settles it,
the reason, and the edited lines that flipped it. Includes are followed and
SuiteCloud role objects read on each side as they are in that revision.
  --base      the old revision (default: HEAD)
  --head      the new revision (default: the working tree, uncommitted edits included)
  --format    text (default); json: {"base","head","granted":[...],"revoked":[...]};
              markdown: a pull-request comment, a summary line and a table per action
  --json      the same as --format json
  --fail-on-new-access   exit 1 when anything is granted
Needs git on the PATH.
Exit codes: 0, 1 with --fail-on-new-access when access is granted, 2 bad input
(not a git repository, unknown revision, missing path, a syntax or include error
or a malformed role object at the head revision; at the base, a warning on stderr).
`,
  'who-can': `Usage: nsroles who-can FILE --action A [--for U2 [--for-role R2]] [--via CHANNEL] [--integration NAME] [--format text|json]

Lists every (user, held role) allowed to perform the action (through the
integration record given with --integration, if any).
  --for, --for-role    for token actions: the token's user and role; --for-role
                       may be left out when U2 holds exactly one role
  --via                access-tokens-page, settings-portlet, issuetoken-endpoint or
                       authorization-flow
  --integration        the application asking (an integration record)
  --format             text (default) or json
  --json               the same as --format json
Exit codes: 0, or 2 for bad input.

${SDF_QUERY}
`,
  troubleshoot: `Usage: nsroles troubleshoot FILE --error CODE [--token NAME | --user U --role R [--integration I]] [--format text|json]

Why did a token login fail? CODE is what NetSuite shows: the Detail column of the
Login Audit Trail, or the RESTlet, SOAP or REST response (e.g. consumer_key_refused,
FeatureDisabled, InvalidToken, INVALID_LOGIN_CREDENTIALS). For each cause NetSuite's
help gives for that code, prints whether the account shows it (present, absent, or
unknown when only the request can tell, e.g. a wrong signature), with the lines that
show it, NetSuite's resolution and the cited pages.
  --error        the code, in any spelling NetSuite uses (case-insensitive)
  --token        the token that failed: its user, role and integration are checked
  --user, --role the user and role of the login (a role name or its id)
  --integration  the application's integration record
  --format       text (default) or json: {"error","causes":[{"cause","status","evidence","remedy","citations"}]}
  --json         the same as --format json
Without --token or --user/--role, every token and integration of the account is checked.
Exit codes: 0 at least one cause present, 3 none present, 2 bad input (an unknown code
lists the known ones).

${SDF_QUERY}
`,
};

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
  /** Printed after `stdout`, chunk by chunk, each made when the previous one is written. */
  rest?: Iterable<string>;
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
  error: { type: 'string' },
  token: { type: 'string' },
  integration: { type: 'string' },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  base: { type: 'string' },
  head: { type: 'string' },
  'fail-on-new-access': { type: 'boolean' },
  'access-lock': { type: 'string' },
  targets: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

// Every command also takes --format and --json (see FORMATS).
const ALLOWED: Record<string, string[]> = {
  check: ['fail-on', 'access-lock', 'config', 'rule'],
  simulate: ['user', 'role', 'action', 'for', 'for-role', 'via', 'integration'],
  matrix: ['targets', 'action'],
  'who-can': ['action', 'for', 'for-role', 'via', 'integration'],
  troubleshoot: ['error', 'token', 'user', 'role', 'integration'],
  diff: ['base', 'head', 'fail-on-new-access'],
};

/** The output formats of each command; the first is the default. */
const FORMATS: Record<string, string[]> = {
  check: ['text', 'json', 'sarif'],
  simulate: ['text', 'json'],
  matrix: ['text', 'json', 'csv'],
  'who-can': ['text', 'json'],
  troubleshoot: ['text', 'json'],
  diff: ['text', 'json', 'markdown'],
};

function orList(xs: string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}` : xs.join('');
}

/** `--format F` and its short form `--json`, checked against what the command prints. */
function formatOf(command: string, v: Record<string, string | boolean | undefined>): string {
  const given = v.format as string | undefined;
  if (v.json === true && given !== undefined && given !== 'json') throw new UsageError(`--json and --format ${given} contradict each other: give one`);
  const format = v.json === true ? 'json' : (given ?? FORMATS[command][0]);
  if (!FORMATS[command].includes(format)) throw new UsageError(`unknown --format '${format}': use ${orList(FORMATS[command])}`);
  return format;
}

/** Runs the CLI on argv (without node and script). Pure apart from reading files. */
export function run(argv: string[], version: string): CliResult {
  const out = (stdout: string, code = EXIT.ok as number): CliResult => ({ stdout, stderr: '', code });
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') return out(HELP.main);
    if (command === '--version') return out(version + '\n');
    if (!ALLOWED[command]) throw new UsageError(`unknown command '${command}': use check, simulate, matrix, who-can, troubleshoot or diff (nsroles --help)`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(((e as Error).message.split('\n')[0] ?? 'bad arguments').replace(/^TypeError \[[A-Z_]+\]: /, ''));
    }
    const v = parsed.values as Record<string, string | boolean | undefined>;
    if (v.help) return out(HELP[command]);
    for (const k of Object.keys(v)) {
      if (v[k] !== undefined && !ALLOWED[command].includes(k) && k !== 'format' && k !== 'json')
        throw new UsageError(`option --${k} does not apply to '${command}' (nsroles ${command} --help)`);
    }
    const pos = parsed.positionals;
    const s = (k: string) => v[k] as string | undefined;
    const style = styleFor(process.stdout);
    const format = formatOf(command, v);
    if (command !== 'check' && command !== 'diff' && pos.length > 1) throw new UsageError(`'${command}' takes one FILE, got ${pos.length}`);
    switch (command) {
      case 'check': {
        const r = check(
          {
            paths: pos,
            format: format as 'text',
            failOn: (s('fail-on') ?? 'error') as 'error',
            accessLock: s('access-lock'),
            config: s('config'),
            rules: parseRuleOptions((v.rule as unknown as string[] | undefined) ?? []),
          },
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
            json: format === 'json',
          },
          style,
        );
      case 'troubleshoot':
        return troubleshootCommand(
          { file: pos[0], error: s('error'), token: s('token'), user: s('user'), role: s('role'), integration: s('integration'), json: format === 'json' },
          style,
        );
      case 'diff':
        return diff({ paths: pos, base: s('base'), head: s('head'), format, failOnNewAccess: v['fail-on-new-access'] === true }, style);
      case 'matrix':
        return { ...matrix({ file: pos[0], format, targets: s('targets') ?? 'all', action: s('action') }, style), code: EXIT.ok };
      default:
        return {
          ...whoCanCommand({
            file: pos[0],
            action: s('action'),
            for: s('for'),
            forRole: s('for-role'),
            via: s('via'),
            integration: s('integration'),
            json: format === 'json',
          }),
          code: EXIT.ok,
        };
    }
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `nsroles: ${e.message}\n`, code: EXIT.usage };
    throw e;
  }
}

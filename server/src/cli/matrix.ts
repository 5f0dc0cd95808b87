import { csvField } from '../../../shared/csv';
import { Action, ACTIONS, accountIndexOf, eachActorPair, eachMatrixRow, isAction, MatrixRow } from '../engine';
import { loadForQuery } from './account';
import { UsageError } from './errors';
import { Style } from './style';

export interface MatrixOptions {
  file: string | undefined;
  format: string;
  /** `all` (default): token actions also for every other (user, held role); `none`: own tokens only. */
  targets: string;
  /** Only this action's cells. */
  action: string | undefined;
}

/** What the CLI prints: `stdout` at once, then `rest` chunk by chunk as the rows are decided. */
export interface MatrixOutput {
  stdout: string;
  stderr: string;
  rest: Iterable<string>;
}

// Rows are decided and written in batches of about this many characters: few writes, and memory
// that does not grow with the number of rows.
const CHUNK = 64 * 1024;

export function matrix(o: MatrixOptions, style: Style): MatrixOutput {
  if (!['text', 'json', 'csv'].includes(o.format)) throw new UsageError(`unknown --format '${o.format}': use text, json or csv`);
  if (o.targets !== 'all' && o.targets !== 'none') throw new UsageError(`unknown --targets '${o.targets}': use all or none`);
  if (o.action !== undefined && !isAction(o.action)) throw new UsageError(`unknown --action '${o.action}': use ${ACTIONS.join(', ')}`);
  const { loaded, warnings } = loadForQuery(o.file);
  const stderr = warnings.join('');
  const actions = o.action ? [o.action as Action] : ACTIONS;
  // The text table has one cell per action: the actor's own token.
  const cells = eachMatrixRow(loaded.model, { expandTargets: o.format !== 'text' && o.targets === 'all', actions });
  if (o.format === 'json') {
    // One object, as the contract has it, written a row per line as the rows are decided.
    let first = true;
    const row = (c: MatrixRow) => {
      const s = `${first ? '' : ',\n'}    ${JSON.stringify({ user: c.user, role: c.role, action: c.action, target: c.target, decision: c.decision })}`;
      first = false;
      return s;
    };
    return { stdout: '{\n  "rows": [\n', stderr, rest: batches(cells, row, `${'\n'}  ]\n}\n`) };
  }
  if (o.format === 'csv') {
    const row = (c: MatrixRow) => [c.user, c.role, c.action, c.target?.user ?? '', c.target?.role ?? '', c.decision].map(csvField).join(',') + '\n';
    return { stdout: 'user,role,action,target_user,target_role,decision\n', stderr, rest: batches(cells, row, '') };
  }
  // Text: one row per (user, role), one column per action, own tokens only. The first column's
  // width comes from the names alone, so rows can be printed as they are decided.
  let first = 10;
  for (const p of eachActorPair(accountIndexOf(loaded.model))) first = Math.max(first, `${p.user} as ${p.role}`.length);
  const header = ['user as role'.padEnd(first), ...actions.map((a) => a.padEnd(18))].join('  ');
  return { stdout: style.bold(header) + '\n', stderr, rest: textRows(cells, actions, first, style) };
}

function* batches(cells: Iterable<MatrixRow>, row: (c: MatrixRow) => string, end: string): Generator<string> {
  let out = '';
  for (const c of cells) {
    out += row(c);
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield out + end;
}

function* textRows(cells: Iterable<MatrixRow>, actions: readonly Action[], first: number, style: Style): Generator<string> {
  let out = '';
  let key = '';
  let row = new Map<Action, string>();
  const flush = () => {
    if (!key) return;
    const line = [
      key.padEnd(first),
      ...actions.map((a) => {
        const d = row.get(a) ?? '';
        const cell = (d === 'allow' ? '✓ allow' : '✗ deny').padEnd(18);
        return d === 'allow' ? style.green(cell) : style.red(cell);
      }),
    ].join('  ');
    out += line + '\n';
  };
  for (const c of cells) {
    const k = `${c.user} as ${c.role}`;
    if (k !== key) {
      flush();
      key = k;
      row = new Map();
      if (out.length >= CHUNK) {
        yield out;
        out = '';
      }
    }
    row.set(c.action, c.decision);
  }
  flush();
  yield out;
}

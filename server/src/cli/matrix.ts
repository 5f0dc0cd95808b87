import { csvField } from '../../../shared/csv';
import { countLabel, MATRIX_CSV_HEADER, matrixCsvLine, tokenFor } from '../../../shared/matrixText';
import {
  type Action,
  ACTIONS,
  accountIndexOf,
  eachActorPair,
  eachMatrixRow,
  isAction,
  isTokenAction,
  type MatrixRow,
  type TargetCount,
  tokenTargetCounter,
} from '../engine';
import { loadForQuery } from './account';
import { UsageError } from './errors';
import type { Style } from './style';

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
      // tokenFor: whose token a token action's row is about ("own" or "others"); null for a login.
      const s = `${first ? '' : ',\n'}    ${JSON.stringify({ user: c.user, role: c.role, action: c.action, target: c.target, decision: c.decision, tokenFor: tokenFor(c) || null })}`;
      first = false;
      return s;
    };
    return { stdout: '{\n  "rows": [\n', stderr, rest: batches(cells, row, `${'\n'}  ]\n}\n`) };
  }
  if (o.format === 'csv') {
    // The simulator's export has the same columns: the rule, and whose token (own/others).
    const escaped = new Map<string, string>();
    const field = (s: string) => {
      let e = escaped.get(s);
      if (e === undefined) {
        e = csvField(s);
        // Bounded: names repeat, but an account could have more of them than is worth keeping.
        if (escaped.size < 100_000) escaped.set(s, e);
      }
      return e;
    };
    const row = (c: MatrixRow) => matrixCsvLine(c, field) + '\n';
    return { stdout: MATRIX_CSV_HEADER + '\n', stderr, rest: batches(cells, row, '') };
  }
  // Text: one row per (user, role). A token action is split into the actor's own token and,
  // unless --targets none, tokens for other users, counted ("✓ 3 of 5 others"), so a Token Admin
  // does not read deny across the row. Widths come from the names and the number of pairs alone,
  // so rows are printed as they are decided.
  const index = accountIndexOf(loaded.model);
  const counter = o.targets === 'all' && actions.some(isTokenAction) ? tokenTargetCounter(loaded.model, index) : undefined;
  let first = 10;
  for (const p of eachActorPair(index)) first = Math.max(first, `${p.user} as ${p.role}`.length);
  const columns: TextColumn[] = [];
  const widest = counter ? countCell({ allowed: counter.pairs.length - 1, total: counter.pairs.length - 1 }).length : 0;
  for (const a of actions) {
    if (!isTokenAction(a)) {
      columns.push({ action: a, others: false, label: a, width: 18 });
      continue;
    }
    const verb = a === 'issue-token' ? 'issue' : 'revoke';
    columns.push({ action: a, others: false, label: `${verb} own token`, width: 18 });
    if (counter) columns.push({ action: a, others: true, label: `${verb} for others`, width: Math.max(18, widest) });
  }
  const header = ['user as role'.padEnd(first), ...columns.map((c) => c.label.padEnd(c.width))].join('  ');
  return { stdout: style.bold(header) + '\n', stderr, rest: textRows(cells, columns, first, style, counter) };
}

interface TextColumn {
  action: Action;
  /** Tokens for other users, counted, instead of the actor's own. */
  others: boolean;
  label: string;
  width: number;
}

/** "✓ 3 of 5 others": ✓ when any other target is allowed. */
function countCell(c: Pick<TargetCount, 'allowed' | 'total'>): string {
  return `${c.allowed > 0 ? '✓' : '✗'} ${countLabel(c)}`;
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

function* textRows(
  cells: Iterable<MatrixRow>,
  columns: readonly TextColumn[],
  first: number,
  style: Style,
  counter: ReturnType<typeof tokenTargetCounter> | undefined,
): Generator<string> {
  let out = '';
  let user = '';
  let role = '';
  let row = new Map<Action, string>();
  const flush = () => {
    if (!user) return;
    const counts = counter?.countsOf(user, role) ?? [];
    const line = [
      `${user} as ${role}`.padEnd(first),
      ...columns.map((c) => {
        const n = c.others ? counts.find((x) => x.action === c.action) : undefined;
        const text = c.others ? (n ? countCell(n) : '') : row.get(c.action) === 'allow' ? '✓ allow' : '✗ deny';
        const cell = text.padEnd(c.width);
        return text.startsWith('✓') ? style.green(cell) : style.red(cell);
      }),
    ].join('  ');
    out += line + '\n';
  };
  for (const c of cells) {
    if (c.user !== user || c.role !== role) {
      flush();
      user = c.user;
      role = c.role;
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

import { csvField } from '../../../shared/csv';
import { ACTIONS, buildMatrix } from '../engine';
import { loadForQuery } from './account';
import { UsageError } from './errors';
import { Style } from './style';

export function matrix(file: string | undefined, format: string, style: Style): { stdout: string; stderr: string } {
  if (!['text', 'json', 'csv'].includes(format)) throw new UsageError(`unknown --format '${format}': use text, json or csv`);
  const { loaded, warnings } = loadForQuery(file);
  const stderr = warnings.join('');
  const cells = buildMatrix(loaded.model, { expandTargets: format !== 'text' });
  if (format === 'json') {
    const rows = cells.map((c) => ({ user: c.user, role: c.role, action: c.action, target: c.target, decision: c.decision }));
    return { stdout: JSON.stringify({ rows }, null, 2) + '\n', stderr };
  }
  if (format === 'csv') {
    const lines = ['user,role,action,target_user,target_role,decision'];
    for (const c of cells) lines.push([c.user, c.role, c.action, c.target?.user ?? '', c.target?.role ?? '', c.decision].map(csvField).join(','));
    return { stdout: lines.join('\n') + '\n', stderr };
  }
  // Text: one row per (user, role), one column per action, own tokens only.
  const rows = new Map<string, Map<string, string>>();
  for (const c of cells) {
    const k = `${c.user} as ${c.role}`;
    if (!rows.has(k)) rows.set(k, new Map());
    rows.get(k)!.set(c.action, c.decision);
  }
  const first = Math.max(10, ...[...rows.keys()].map((k) => k.length));
  const header = ['user as role'.padEnd(first), ...ACTIONS.map((a) => a.padEnd(18))].join('  ');
  const out = [style.bold(header)];
  for (const [k, m] of rows) {
    out.push(
      [
        k.padEnd(first),
        ...ACTIONS.map((a) => {
          const d = m.get(a) ?? '';
          const cell = (d === 'allow' ? '✓ allow' : '✗ deny').padEnd(18);
          return d === 'allow' ? style.green(cell) : style.red(cell);
        }),
      ].join('  '),
    );
  }
  return { stdout: out.join('\n') + '\n', stderr };
}

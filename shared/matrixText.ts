/**
 * The matrix as text for export, and the filter both the webview and the export use, so an
 * export holds exactly the rows the user sees. Pure: no `vscode`, no DOM.
 */
import { csvField } from './csv';
import type { MatrixRow, TargetCount } from './protocol/wire';

/** Rows of the simulator's matrix table (actor and target rows alike) built at once; the rest are a page away. */
export const MATRIX_PAGE_ROWS = 100;

/** Case-insensitive substring match on the actor's user or role (the matrix's row heading). */
export function matrixRowMatches(row: Pick<MatrixRow, 'user' | 'role'>, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  return row.user.toLowerCase().includes(f) || row.role.toLowerCase().includes(f);
}

/** A token action on the actor's own token: the server lists it with the actor as its target. */
export function isOwnToken(row: Pick<MatrixRow, 'user' | 'role' | 'target'>): boolean {
  return !row.target || (row.target.user === row.user && row.target.role === row.role);
}

/** `own` or `others` for a token action's row, empty for a login. */
export function tokenFor(row: Pick<MatrixRow, 'user' | 'role' | 'target'>): '' | 'own' | 'others' {
  return !row.target ? '' : isOwnToken(row) ? 'own' : 'others';
}

/** "3 of 5 others": how many other (user, role) pairs a token action may serve. */
export function countLabel(c: Pick<TargetCount, 'allowed' | 'total'>): string {
  return c.total === 0 ? 'no other user' : `${c.allowed} of ${c.total} other${c.total === 1 ? '' : 's'}`;
}

/** The matrix's CSV columns, in `nsroles matrix --format csv` and the simulator's export alike. */
export const MATRIX_CSV_HEADER = 'user,role,action,target_user,target_role,decision,rule,token_for';

/**
 * One CSV line (no newline): the cell, the rule that settled it and whose token it is
 * (`own`/`others`). `field` escapes one field: the CLI passes one that remembers its answers, as
 * the same few thousand names fill millions of lines.
 */
export function matrixCsvLine(r: MatrixRow, field: (s: string) => string = csvField): string {
  return [r.user, r.role, r.action, r.target?.user ?? '', r.target?.role ?? '', r.decision, r.rule, tokenFor(r)].map(field).join(',');
}

/** The simulator's CSV export: the CLI's columns, one line per cell. */
export function matrixToCsv(rows: readonly MatrixRow[]): string {
  return [MATRIX_CSV_HEADER, ...rows.map((r) => matrixCsvLine(r))].join('\n') + '\n';
}

// Names come from the role file: escape what Markdown or HTML would act on inside a table
// cell, so they stay plain text in a preview (line-start marks like # or - cannot occur there).
export function mdText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/**
 * A Markdown table, one line per cell of the matrix, headed by the file it came from; with
 * counts, first a summary per (user, role) that splits own tokens from tokens for others.
 */
export function matrixToMarkdown(rows: readonly MatrixRow[], fileLabel: string, counts: readonly TargetCount[] = []): string {
  const out = [`# TBA access matrix: ${mdText(fileLabel)}`, ''];
  if (counts.length) {
    const mark = (d: string | undefined) => (d === 'allow' ? '✓ allow' : d === 'deny' ? '✗ deny' : '');
    const count = (c: TargetCount | undefined) => (c ? `${c.allowed > 0 ? '✓' : '✗'} ${countLabel(c)}` : '');
    out.push(
      '| User | Role | Issue own token | Issue for others | Revoke own token | Revoke for others | Log in to a RESTlet | Log in to web services |',
      '|---|---|---|---|---|---|---|---|',
    );
    const key = (u: string, r: string) => JSON.stringify([u, r]);
    const own = new Map<string, Map<string, string>>();
    for (const r of rows) {
      if (tokenFor(r) === 'others') continue;
      const k = key(r.user, r.role);
      if (!own.has(k)) own.set(k, new Map());
      own.get(k)!.set(r.action, r.decision);
    }
    const byActor = new Map<string, TargetCount[]>();
    for (const c of counts) byActor.set(key(c.user, c.role), [...(byActor.get(key(c.user, c.role)) ?? []), c]);
    for (const [k, list] of byActor) {
      const [user, role] = JSON.parse(k) as [string, string];
      const d = own.get(k);
      const c = (a: string) => list.find((x) => x.action === a);
      out.push(
        `| ${mdText(user)} | ${mdText(role)} | ${mark(d?.get('issue-token'))} | ${count(c('issue-token'))} | ${mark(d?.get('revoke-token'))} | ${count(c('revoke-token'))} | ${mark(d?.get('restlet-login'))} | ${mark(d?.get('web-services-login'))} |`,
      );
    }
    out.push('');
  }
  out.push('| User | Role | Action | Token for | Decision | Rule |', '|---|---|---|---|---|---|');
  for (const r of rows) {
    const target = !r.target ? '' : isOwnToken(r) ? 'own token' : `${mdText(r.target.user)} as ${mdText(r.target.role)}`;
    const decision = r.decision === 'allow' ? '✓ allow' : '✗ deny';
    out.push(`| ${mdText(r.user)} | ${mdText(r.role)} | ${r.action} | ${target} | ${decision} | ${r.rule} |`);
  }
  return out.join('\n') + '\n';
}

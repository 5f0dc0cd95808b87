/**
 * The matrix as text for export, and the filter both the webview and the export use, so an
 * export holds exactly the rows the user sees. Pure: no `vscode`, no DOM.
 */
import { csvField } from './csv';
import type { MatrixRow } from './protocol/wire';

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

/** The CLI's `matrix --format csv` columns, plus the rule that settled each cell. */
export function matrixToCsv(rows: readonly MatrixRow[]): string {
  const lines = ['user,role,action,target_user,target_role,decision,rule'];
  for (const r of rows) {
    lines.push([r.user, r.role, r.action, r.target?.user ?? '', r.target?.role ?? '', r.decision, r.rule].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

// Names come from the role file: escape what Markdown or HTML would act on inside a table
// cell, so they stay plain text in a preview (line-start marks like # or - cannot occur there).
export function mdText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/** A Markdown table, one line per cell of the matrix, headed by the file it came from. */
export function matrixToMarkdown(rows: readonly MatrixRow[], fileLabel: string): string {
  const out = [`# TBA access matrix: ${mdText(fileLabel)}`, '', '| User | Role | Action | Token for | Decision | Rule |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    const target = !r.target ? '' : isOwnToken(r) ? 'own token' : `${mdText(r.target.user)} as ${mdText(r.target.role)}`;
    const decision = r.decision === 'allow' ? '✓ allow' : '✗ deny';
    out.push(`| ${mdText(r.user)} | ${mdText(r.role)} | ${r.action} | ${target} | ${decision} | ${r.rule} |`);
  }
  return out.join('\n') + '\n';
}

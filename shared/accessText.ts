/** The access delta as text people read: the summary line and the Markdown comment, for the CLI and the editor. */
import { mdText } from './matrixText';
import type { AccessChange, AccessDelta } from './protocol/wire';

export function targetText(c: AccessChange): string {
  if (!c.target) return '';
  return c.target.user === c.user && c.target.role === c.role ? 'own token' : `for ${c.target.user} as ${c.target.role}`;
}

export function summaryLine(d: AccessDelta): string {
  return `+${d.granted.length} granted, \u2212${d.revoked.length} revoked`;
}

/** Inline code that holds any text: a fence longer than any backtick run inside it. */
function code(s: string): string {
  const text = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const run = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(run + 1);
  return `${fence}${run ? ' ' : ''}${text}${run ? ' ' : ''}${fence}`;
}

/**
 * The delta as a pull-request comment: a summary line, then a table per action. `link` turns a
 * changed line into a Markdown link target (the editor's own document view), else it is code.
 */
export function renderMarkdown(d: AccessDelta, base: string, head: string, link?: (file: string, line: number) => string): string {
  const out = [
    `### nsroles diff: ${summaryLine(d)}`,
    '',
    `Token access from \`${mdText(base)}\` to ${mdText(head)}, every (user, role) × action × token target decided on both sides.`,
  ];
  if (!d.granted.length && !d.revoked.length) return [...out, '', 'Nobody gains or loses access.', ''].join('\n');
  const all = [...d.granted.map((c) => ({ c, kind: '➕ granted' })), ...d.revoked.map((c) => ({ c, kind: '➖ revoked' }))];
  for (const action of [...new Set(all.map((x) => x.c.action))]) {
    out.push('', `#### ${action}`, '', '| | User | Role | Token for | Rule | Why | Changed lines |', '|---|---|---|---|---|---|---|');
    for (const { c, kind } of all.filter((x) => x.c.action === action)) {
      const target = !c.target ? '' : targetText(c) === 'own token' ? 'own token' : `${mdText(c.target.user)} as ${mdText(c.target.role)}`;
      const where = (l: { file: string; line: number }) =>
        link ? `[${mdText(`${l.file.split('/').pop()}:${l.line}`)}](${link(l.file, l.line)})` : code(`${l.file}:${l.line}`);
      const lines = c.changes.map((l) => `${where(l)} ${code(l.text)}`).join('<br>');
      out.push(`| ${kind} | ${mdText(c.user)} | ${mdText(c.role)} | ${target} | ${c.rule} | ${mdText(c.because)} | ${lines} |`);
    }
  }
  return out.join('\n') + '\n';
}

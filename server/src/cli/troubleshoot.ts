import {
  type AccountIndex,
  closest,
  errorCodes,
  findError,
  nameKey,
  oauth2Error,
  oauth2Message,
  type SubjectQuery,
  troubleshoot,
  type TroubleshootReport,
} from '../engine';
import { loadForQuery } from './account';
import { EXIT, UsageError } from './errors';
import { displayPath } from './output';
import { requireRole, requireUser } from './query';
import type { Style } from './style';

export interface TroubleshootOptions {
  file?: string;
  error?: string;
  token?: string;
  user?: string;
  role?: string;
  integration?: string;
  json: boolean;
}

function knownCodes(): string {
  return errorCodes().join(', ');
}

function requireCode(code: string | undefined): string {
  if (code === undefined || !code.trim())
    throw new UsageError(`missing --error: give the code NetSuite shows (Login Audit Trail "Detail" column or the response); known codes: ${knownCodes()}`);
  if (!findError(code)) {
    const oauth2 = oauth2Error(code);
    if (oauth2) throw new UsageError(`${oauth2Message(oauth2)}; known codes: ${knownCodes()}`);
    const near = closest(code, errorCodes());
    const hint = near.length ? ` (did you mean '${near[0]}'?)` : '';
    throw new UsageError(`unknown error code '${code}'${hint}; known codes: ${knownCodes()}`);
  }
  return code;
}

/** The subject options, checked against each other and the account. */
function subjectOf(o: TroubleshootOptions, index: AccountIndex): SubjectQuery {
  if (o.token !== undefined) {
    if (o.user !== undefined || o.role !== undefined || o.integration !== undefined)
      throw new UsageError('--token names the user, role and integration itself: give --token, or --user and --role [--integration], not both');
    if (!index.tokens.has(nameKey(o.token))) {
      const near = closest(
        o.token,
        [...index.tokens.values()].map((t) => t.name),
      );
      throw new UsageError(`unknown token '${o.token}' (--token)${near.length ? `; did you mean '${near[0]}'?` : ''}`);
    }
    return { token: o.token };
  }
  if ((o.user === undefined) !== (o.role === undefined))
    throw new UsageError('--user and --role go together: give both the user and the role the token is for');
  const q: SubjectQuery = {};
  if (o.user !== undefined) q.user = requireUser(index, o.user, '--user');
  if (o.role !== undefined) q.role = requireRole(index, o.role, '--role');
  if (o.integration !== undefined) {
    if (!o.integration.trim()) throw new UsageError('--integration needs a name');
    q.integration = o.integration;
  }
  return q;
}

export function troubleshootCommand(o: TroubleshootOptions, style: Style): { stdout: string; stderr: string; code: number } {
  // The code first: a wrong one is answered with the list whatever the file holds.
  const code = requireCode(o.error);
  const { loaded, index, warnings } = loadForQuery(o.file);
  const subject = subjectOf(o, index);
  const report = troubleshoot(loaded, code, subject);
  const exit = report.causes.some((c) => c.status === 'present') ? EXIT.ok : EXIT.deny;
  const stderr = warnings.join('');
  if (o.json) return { stdout: JSON.stringify(toJson(report), null, 2) + '\n', stderr, code: exit };
  return { stdout: toText(report, subject, index, style), stderr, code: exit };
}

function toJson(r: TroubleshootReport): object {
  return {
    error: r.error,
    spellings: r.spellings.map((s) => ({ code: s.code, where: s.where })),
    source: r.source,
    ...(r.problem !== undefined && { problem: r.problem }),
    basis: r.basis,
    ...(r.inferredFrom !== undefined && { inferredFrom: r.inferredFrom }),
    causes: r.causes.map((c) => ({
      cause: c.cause,
      status: c.status,
      evidence: c.evidence.map((e) => ({ file: displayPath(e.file), line: e.line, text: e.text })),
      remedy: c.remedy,
      citations: c.citations,
      id: c.id,
      basis: c.basis,
      ...(c.inferredFrom !== undefined && { inferredFrom: c.inferredFrom }),
      facts: c.facts,
    })),
  };
}

function subjectLine(q: SubjectQuery, index: AccountIndex): string {
  if (q.token !== undefined) {
    const t = index.tokens.get(nameKey(q.token))!;
    const parts = [t.user && `user ${t.user.name}`, t.role && `role ${t.role.name}`, t.integration && `integration ${t.integration.name}`].filter(Boolean);
    return `Token '${t.name}'${parts.length ? ` (${parts.join(', ')})` : ''}`;
  }
  const parts = [q.user && `user ${q.user}`, q.role && `role ${q.role}`, q.integration !== undefined && `integration ${q.integration.trim()}`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Every token and integration of the account (narrow it with --token, or --user and --role)';
}

function toText(r: TroubleshootReport, q: SubjectQuery, index: AccountIndex, style: Style): string {
  const asked = r.spellings.find((s) => s.code === r.error)!;
  const others = r.spellings.filter((s) => s !== asked).map((s) => `${s.code} for ${s.where}`);
  const lines = [style.bold(r.error) + style.dim(`  — ${asked.where}${others.length ? `; also ${others.join(', ')}` : ''}`)];
  if (r.problem !== undefined) lines.push(`NetSuite: "${r.problem}"`, style.dim(`  — ${r.source.title} ${r.source.url}`));
  else lines.push(style.dim("NetSuite's table row for this code could not be read: each cause below is inferred from the page it cites."));
  lines.push(`For: ${subjectLine(q, index)}`);
  const label = { present: style.red(style.bold('PRESENT')), absent: style.green('absent '), unknown: style.yellow('unknown') };
  for (const c of r.causes) {
    lines.push('', `${label[c.status]}  ${c.cause}${c.basis === 'inferred' ? style.dim(' (inferred)') : ''}`);
    for (const e of c.evidence) lines.push(`  ${displayPath(e.file)}:${e.line}  ${e.text}`);
    for (const f of c.facts) lines.push(`  ${f}`);
    if (c.status === 'absent') continue;
    const [first, ...rest] = c.remedy.text.split('\n');
    lines.push(`  Remedy: ${first}`, ...rest.map((l) => `          ${l}`));
    if (c.remedy.uiPath) lines.push(style.dim(`          (${c.remedy.uiPath})`));
    for (const cit of c.citations) lines.push(`  Cited: "${cit.quote}"`, style.dim(`      — ${cit.source} (${cit.basis}) ${cit.url}`));
  }
  const present = r.causes.filter((c) => c.status === 'present').length;
  const unknown = r.causes.filter((c) => c.status === 'unknown').length;
  lines.push(
    '',
    `${present} of ${r.causes.length} cause${r.causes.length === 1 ? '' : 's'} present in the account` +
      (unknown ? `; ${unknown} the account cannot show (check them in the request or in NetSuite)` : '') +
      '.',
  );
  return lines.join('\n') + '\n';
}

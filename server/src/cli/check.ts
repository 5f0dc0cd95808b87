import { Finding, LoadedAccount, lintAccount, loadAccount, ParseCache, Severity } from '../engine';
import { collectFiles, entryFiles } from './account';
import { UsageError } from './errors';
import { diskHost } from './host';
import { FindingJson, SEVERITY_RANK, toJson } from './output';
import { toSarif } from './sarif';
import { Style } from './style';

export interface CheckOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: 'error' | 'warning';
}

/** Lints every account found under the paths; returns the findings in file order. */
export function runCheck(paths: string[]): FindingJson[] {
  const files = collectFiles(paths);
  const cache = new ParseCache();
  const seen = new Set<string>();
  const out: FindingJson[] = [];
  for (const entry of entryFiles(files)) {
    const loaded: LoadedAccount = loadAccount(entry, diskHost, { cache });
    for (const f of lintAccount(loaded) as Finding[]) {
      const j = toJson(f, loaded);
      // A file shared by two accounts is linted twice; report each finding once.
      const key = `${j.file}:${j.line}:${j.column}:${j.rule}:${j.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(j);
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function check(opts: CheckOptions, style: Style, version: string): { stdout: string; stderr: string; code: number } {
  if (!['text', 'json', 'sarif'].includes(opts.format)) throw new UsageError(`unknown --format '${opts.format}': use text, json or sarif`);
  if (!['error', 'warning'].includes(opts.failOn)) throw new UsageError(`unknown --fail-on '${opts.failOn}': use error or warning`);
  const findings = runCheck(opts.paths);
  const threshold = SEVERITY_RANK[opts.failOn as Severity];
  const code = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  if (opts.format === 'json') return { stdout: JSON.stringify({ findings }, null, 2) + '\n', stderr: '', code };
  if (opts.format === 'sarif') return { stdout: JSON.stringify(toSarif(findings, version), null, 2) + '\n', stderr: '', code };
  const colour = { error: style.red, warning: style.yellow, information: style.blue, hint: style.dim };
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} ${colour[f.severity](f.severity)} ${style.bold(f.rule)} ${f.message}`);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const summary = findings.length
    ? `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('information')} information, ${count('hint')} hint(s)`
    : 'No findings.';
  return { stdout: lines.length ? lines.join('\n') + '\n' : '', stderr: summary + '\n', code };
}

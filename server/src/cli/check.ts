import * as path from 'path';
import {
  accessLockFindings,
  compareNames,
  type LoadedAccount,
  lintAccount,
  type LockRow,
  loadAccount,
  loadAccountFiles,
  ParseCache,
  type Severity,
  type SeveritySetting,
  withFirstSuggestions,
} from '../engine';
import { collectFiles, entryFiles } from './account';
import { ProjectSeverities } from './config';
import { UsageError } from './errors';
import { diskHost, suiteCloudProject } from './host';
import { type FindingJson, SEVERITY_RANK, toJson } from './output';
import { toSarif } from './sarif';
import { SdfFiles } from './sdf';
import type { Style } from './style';
import { AccessLockSchema, checkSchema } from '../../../shared/protocol/schemas';

export interface CheckOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: 'error' | 'warning';
  /** `--access-lock FILE`: compare the access with this `matrix --format json` snapshot. */
  accessLock?: string;
  /** `--config FILE`: this `.nsroles.json` for every file, instead of each file's nearest. */
  config?: string;
  /** `--rule ID=SEVERITY` overrides, already checked. */
  rules?: Record<string, SeveritySetting>;
}

/** The rows of an access lock file; a missing or malformed file is bad input. */
function readLock(file: string): LockRow[] {
  const text = diskHost.read(path.resolve(file));
  if (text === undefined) throw new UsageError(`${file}: cannot read the access lock`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not JSON (${(e as Error).message.split('\n')[0]}); write it with nsroles matrix FILE --format json`);
  }
  const r = checkSchema(AccessLockSchema, json, 'file');
  if (!r.ok) throw new UsageError(`${file}: not an access lock: ${r.reason}`);
  return r.value.rows;
}

function memo<T>(fn: (k: string) => T): (k: string) => T {
  const cache = new Map<string, T>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, fn(k));
    return cache.get(k)!;
  };
}

function inside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Lints every account found under the paths, with the SuiteCloud role objects each account
 * sees, and the role objects found or given; returns the findings in file order.
 */
export function runCheck(paths: string[], lock?: { rows: LockRow[]; name: string }, severities = new ProjectSeverities(undefined, {})): FindingJson[] {
  const sdf = new SdfFiles();
  const scope = collectFiles(paths, sdf);
  severities.preload([...scope.nsroles, ...scope.sdf]);
  const reported = new Set(scope.sdf);
  const merged = new Set<string>();
  const cache = new ParseCache();
  const seen = new Set<string>();
  const out: FindingJson[] = [];
  const accounts: LoadedAccount[] = [];
  const report = (loaded: LoadedAccount, findings = lintAccount(loaded), everywhere = false) => {
    // A failing expect line names the first change that would make it hold.
    for (const f of withFirstSuggestions(loaded, findings)) {
      // Role objects an account merely sees are linted when their own folder is checked.
      if (!everywhere && loaded.sdf?.has(f.loc.file) && !reported.has(f.loc.file)) continue;
      // Each finding takes the project configuration of the file it is in.
      const level = severities.forFile(f.loc.file)[f.rule];
      if (level === 'off') continue;
      const j = toJson(level ? { ...f, severity: level } : f, loaded);
      // A file shared by two accounts is linted twice; report each finding once.
      const key = `${j.file}:${j.line}:${j.column}:${j.rule}:${j.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(j);
    }
  };
  const projectOf = memo(suiteCloudProject);
  for (const entry of entryFiles(scope.nsroles)) {
    // What simulate would load for this file, plus the role objects of the folders given that
    // belong to the same SuiteCloud project (or to none, like the file): a folder holding
    // several projects does not mix their roles.
    const own = projectOf(entry);
    const fromFolders = scope.folders.filter((d) => inside(entry, d)).flatMap((d) => sdf.under(d).filter((f) => projectOf(f) === own));
    const visible = new Set([...sdf.forFile(entry), ...fromFolders]);
    for (const f of visible) merged.add(f);
    const loaded = loadAccount(entry, diskHost, { cache, sdf: sdf.parseAll([...visible]) });
    accounts.push(loaded);
    report(loaded);
  }
  const alone = scope.sdf.filter((f) => !merged.has(f));
  if (alone.length) report(loadAccountFiles([], diskHost, { sdf: sdf.parseAll(alone) }));
  if (lock) {
    // Findings in several accounts are located in each; a pair gone from all of them, in the first.
    const lockFindings = accessLockFindings(accounts, lock.rows, lock.name);
    for (const loaded of accounts) {
      const mine = lockFindings.filter((f) => loaded.model.files.includes(f.loc.file) || loaded.sdf?.has(f.loc.file));
      report(loaded, mine, true);
    }
  }
  return out.sort((a, b) => compareNames(a.file, b.file) || a.line - b.line || a.column - b.column);
}

export function check(opts: CheckOptions, style: Style, version: string): { stdout: string; stderr: string; code: number } {
  if (!['text', 'json', 'sarif'].includes(opts.format)) throw new UsageError(`unknown --format '${opts.format}': use text, json or sarif`);
  if (!['error', 'warning'].includes(opts.failOn)) throw new UsageError(`unknown --fail-on '${opts.failOn}': use error or warning`);
  const lock = opts.accessLock === undefined ? undefined : { rows: readLock(opts.accessLock), name: path.basename(opts.accessLock) };
  const findings = runCheck(opts.paths, lock, new ProjectSeverities(opts.config, opts.rules ?? {}));
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

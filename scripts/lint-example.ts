/** Lints a rule page's example as the CLI would lint the same files, all in memory. */
import * as path from 'path';
import {
  accessLockFindings,
  type Finding,
  lintAccount,
  type LoadedAccount,
  loadAccountFiles,
  linesOf,
  type LockRow,
  parseSdfRole,
  withFirstSuggestions,
} from '../server/src/engine';
import { DEFAULT_EXAMPLE_FILE, type Example } from './rule-examples';

export interface LintedExample {
  findings: Finding[];
  loaded: LoadedAccount;
}

/** Every file of the example by absolute in-memory path (`/account.nsroles`). */
function filesOf(example: Example): Record<string, string> {
  const files: Record<string, string> = { [`/${example.file ?? DEFAULT_EXAMPLE_FILE}`]: example.text };
  for (const [name, text] of Object.entries(example.files ?? {})) files[`/${name}`] = text;
  return files;
}

export function lintExample(example: Example): LintedExample {
  const files = filesOf(example);
  const entry = `/${example.file ?? DEFAULT_EXAMPLE_FILE}`;
  const sdf = Object.keys(files)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => parseSdfRole(f, files[f]));
  const host = { read: (f: string) => files[f], resolve: (from: string, p: string) => path.posix.join(path.posix.dirname(from), p) };
  const loaded = loadAccountFiles(entry.endsWith('.nsroles') ? [entry] : [], host, { sdf });
  // As `nsroles check` prints them: with the first change that makes a failing expect hold.
  const findings = withFirstSuggestions(loaded, lintAccount(loaded));
  // An access lock beside the example is checked as `nsroles check --access-lock access.lock.json` would.
  const lock = files['/access.lock.json'];
  if (lock !== undefined) findings.push(...accessLockFindings([loaded], (JSON.parse(lock) as { rows: LockRow[] }).rows, 'access.lock.json'));
  return { findings, loaded };
}

/** The rule shows in the findings: as their rule, or cited by one (a failing `expect`'s decision). */
export function producesRule(findings: Finding[], ruleId: string): boolean {
  return findings.some((f) => f.rule === ruleId || f.citations.some((c) => c.rule === ruleId));
}

/** A finding as `nsroles check` prints it: `file:line:col severity RULE-ID message`. */
export function findingLine(f: Finding, loaded: LoadedAccount): string {
  const p = linesOf(loaded, f.loc.file)?.position(f.loc.span.start) ?? { line: 0, character: 0 };
  return `${f.loc.file.replace(/^\//, '')}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message}`;
}

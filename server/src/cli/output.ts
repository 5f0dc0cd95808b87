import * as path from 'path';
import { SGR_MARK } from './style';
import {
  type Citation,
  type Finding,
  type LoadedAccount,
  linesOf,
  type Remedy,
  remedyOf,
  ruleById,
  type SdfRoleFile,
  type Severity,
  unicodeEscape,
} from '../engine';

/** A finding as the contract's JSON prints it: 1-based lines and columns, path relative to cwd. */
export interface FindingJson {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  citations: Citation[];
  /** What to change, and where in NetSuite (the contract keeps UI steps out of citations). */
  remedy?: Remedy;
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function remedyFor(id: string): { remedy?: Remedy } {
  const meta = ruleById(id);
  return meta ? { remedy: remedyOf(meta) } : {};
}

export function toJson(f: Finding, loaded: LoadedAccount): FindingJson {
  const lines = linesOf(loaded, f.loc.file);
  const s = lines ? lines.position(f.loc.span.start) : { line: 0, character: 0 };
  const e = lines ? lines.position(f.loc.span.end) : s;
  return {
    file: displayPath(f.loc.file),
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    citations: f.citations,
    ...remedyFor(f.rule),
  };
}

/** The account's first syntax or include problem as `file:line:col: message`, files named by `label`. */
export function readProblem(loaded: LoadedAccount, label: (file: string) => string): string | undefined {
  const bad = loaded.model.problems[0];
  if (!bad) return undefined;
  const lines = loaded.trees.get(bad.loc.file)?.lines;
  const pos = lines ? lines.position(bad.loc.span.start) : { line: 0, character: 0 };
  return `${label(bad.loc.file)}:${pos.line + 1}:${pos.character + 1}: ${bad.message}`;
}

/** A role object's first problem (its XML, or its root) as `file:line:col: message`. */
export function roleObjectProblem(f: SdfRoleFile, label: (file: string) => string): string | undefined {
  const p = f.findings[0];
  if (!p) return undefined;
  const pos = f.doc.lines.position(p.loc.span.start);
  return `${label(f.file)}:${pos.line + 1}:${pos.character + 1}: ${p.message}`;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

// Control characters (tab and line ends aside), DEL, C1 and bidirectional overrides: what a
// terminal would act on or a reader would be misled by, if a name in a role file carried it.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * Output as it may reach a terminal: each unsafe character written as its `\uXXXX` escape. In
 * JSON that is the same string (JSON.stringify leaves C1 and bidi characters raw); in text it
 * shows what the file holds instead of doing it.
 */
export function terminalSafe(s: string): string {
  UNSAFE.lastIndex = 0;
  const safe = UNSAFE.test(s) ? s.replace(UNSAFE, unicodeEscape) : s;
  // The CLI's own colours, marked by style.ts, become escape sequences only now.
  return safe.includes(SGR_MARK.open) ? safe.replace(SGR, '\u001b[$1m') : safe;
}

const SGR = new RegExp(`${SGR_MARK.open}(\\d{1,2})${SGR_MARK.close}`, 'g');

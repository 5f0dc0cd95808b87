import type { Basis } from '../citations';
import type { PageCitation, SourceLine, TroubleshootCause, TroubleshootReport } from '../../../../shared/protocol/wire';
import { type LoadedAccount, linesOf } from '../load';
import type { Location } from '../text';
import type { CauseDef, PageQuote } from './causes';
import { type ErrorEntry, errorCodes as knownCodes, findError } from './catalogue';
import { scopeOf, type SubjectQuery } from './scope';

// The report is what crosses to the CLI's JSON and the webview: its types are the protocol's.
export type { Remedy, PageCitation as TroubleshootCitation, TroubleshootCause as CauseReport, TroubleshootReport } from '../../../../shared/protocol/wire';
export type Evidence = SourceLine;

/** A code the catalogue does not know: bad input, with the codes it does know. */
export class UnknownErrorCodeError extends Error {
  constructor(
    readonly code: string,
    readonly known: string[],
  ) {
    super(`unknown error code '${code}'`);
  }
}

function citation(rule: string, basis: Basis, quote: PageQuote): PageCitation {
  return { rule, source: quote.page.title, basis, quote: quote.text, url: quote.page.url };
}

function evidenceOf(loaded: LoadedAccount, loc: Location): SourceLine {
  const lines = linesOf(loaded, loc.file);
  if (!lines) return { file: loc.file, line: 1, text: '' };
  const pos = lines.position(loc.span.start);
  const start = lines.lineStart(pos.line);
  const next = pos.line + 1 < lines.lineCount ? lines.lineStart(pos.line + 1) : lines.text.length;
  return { file: loc.file, line: pos.line + 1, text: lines.text.slice(start, next).trim() };
}

/** Several pieces of evidence on one line are one line. */
function uniqueLines(list: SourceLine[]): SourceLine[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.file}\n${e.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function causeReport(loaded: LoadedAccount, entry: ErrorEntry, def: CauseDef, scope: ReturnType<typeof scopeOf>): TroubleshootCause {
  const found = def.detect
    ? def.detect(scope)
    : { status: 'unknown' as const, evidence: [], facts: [def.check ?? 'The account model cannot show this cause.'] };
  // An inferred cause first cites what the code means, then the sentences it is inferred from.
  const quotes = def.basis === 'inferred' ? [...entry.problem, ...def.quotes] : def.quotes;
  return {
    id: def.id,
    cause: def.cause,
    status: found.status,
    basis: def.basis,
    ...(def.inferredFrom !== undefined && { inferredFrom: def.inferredFrom }),
    evidence: uniqueLines(found.evidence.map((l) => evidenceOf(loaded, l))),
    facts: found.facts,
    remedy: {
      text: remedyText(def),
      ...(def.remedy.uiPath !== undefined && { uiPath: def.remedy.uiPath }),
      ...(def.remedy.page && { url: def.remedy.page.url }),
      quoted: def.remedy.quoted,
    },
    citations: quotes.map((q) => citation(def.id, entry.problem.includes(q) ? entry.basis : def.basis, q)),
  };
}

function remedyText(def: CauseDef): string {
  const from = def.remedy.stepsFrom;
  return def.remedy.lines.map((l, i) => (from !== undefined && i >= from ? `${i - from + 1}. ${l}` : l)).join('\n');
}

/**
 * Why NetSuite shows `code` for the subject: each cause its page gives, with whether the account
 * model shows it. Throws UnknownErrorCodeError or UnknownSubjectError for bad input.
 */
export function troubleshoot(loaded: LoadedAccount, code: string, subject: SubjectQuery = {}): TroubleshootReport {
  const hit = findError(code);
  if (!hit) throw new UnknownErrorCodeError(code, knownCodes());
  const { entry, spelling } = hit;
  const scope = scopeOf(loaded.model, subject);
  return {
    error: spelling.code,
    spellings: entry.spellings,
    source: entry.page,
    ...(entry.problem.length && { problem: entry.problem.map((p) => p.text).join(' ') }),
    basis: entry.basis,
    ...(entry.inferredFrom !== undefined && { inferredFrom: entry.inferredFrom }),
    causes: entry.causes.map((def) => causeReport(loaded, entry, def, scope)),
  };
}

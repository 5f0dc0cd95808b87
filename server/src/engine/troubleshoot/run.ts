import { Basis, Citation } from '../citations';
import { LoadedAccount, linesOf } from '../load';
import { Location } from '../text';
import { CauseDef, PageQuote } from './causes';
import { CauseStatus } from './detect';
import { ErrorEntry, errorCodes as knownCodes, findError, Spelling } from './catalogue';
import { Page } from './pages';
import { scopeOf, SubjectQuery } from './scope';

/** A line of the account that shows a cause (1-based line, the line's text trimmed). */
export interface Evidence {
  file: string;
  line: number;
  text: string;
  /** Where on the line, for editors (0-based, UTF-16). */
  character?: number;
}

/** What to do: the page's resolution (or plain words), where in NetSuite, and the page. */
export interface Remedy {
  text: string;
  uiPath?: string;
  url?: string;
  /** True when `text` is the page's own words. */
  quoted?: boolean;
}

export interface TroubleshootCitation extends Citation {
  url: string;
}

export interface CauseReport {
  id: string;
  cause: string;
  status: CauseStatus;
  basis: Basis;
  inferredFrom?: string;
  evidence: Evidence[];
  /** What the account shows, in plain words. */
  facts: string[];
  remedy: Remedy;
  citations: TroubleshootCitation[];
}

export interface TroubleshootReport {
  /** The code as NetSuite spells it, in the spelling asked for. */
  error: string;
  /** Every spelling of this error and where NetSuite shows it. */
  spellings: Spelling[];
  /** The page whose table lists the error. */
  source: Page;
  /** The table's problem text, verbatim; absent when the row could not be read. */
  problem?: string;
  basis: Basis;
  inferredFrom?: string;
  causes: CauseReport[];
}

/** A code the catalogue does not know: bad input, with the codes it does know. */
export class UnknownErrorCodeError extends Error {
  constructor(
    readonly code: string,
    readonly known: string[],
  ) {
    super(`unknown error code '${code}'`);
  }
}

function citation(rule: string, basis: Basis, quote: PageQuote): TroubleshootCitation {
  return { rule, source: quote.page.title, basis, quote: quote.text, url: quote.page.url };
}

function evidenceOf(loaded: LoadedAccount, loc: Location): Evidence {
  const lines = linesOf(loaded, loc.file);
  if (!lines) return { file: loc.file, line: 1, text: '' };
  const pos = lines.position(loc.span.start);
  const start = lines.lineStart(pos.line);
  const next = pos.line + 1 < lines.lineCount ? lines.lineStart(pos.line + 1) : lines.text.length;
  return { file: loc.file, line: pos.line + 1, text: lines.text.slice(start, next).trim(), character: pos.character };
}

/** Several pieces of evidence on one line are one line. */
function uniqueLines(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.file}\n${e.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function causeReport(loaded: LoadedAccount, entry: ErrorEntry, def: CauseDef, scope: ReturnType<typeof scopeOf>): CauseReport {
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

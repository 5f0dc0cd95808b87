/** Engine-level timings, in process: what the server and the CLI pay before any protocol. */
import * as path from 'path';
import {
  accessDelta,
  buildMatrix,
  decide,
  type DeltaSide,
  factsOf,
  type FileHost,
  lintAccount,
  loadAccount,
  parse,
  ParseCache,
  suggest,
  whoCan,
} from '../server/src/engine';
import { ENTRY, type GeneratedAccount, type Pos } from './generate';
import { repeat, repeatTimed, type Summary } from './stats';

export interface EngineFigures {
  parse: Summary;
  /** Parse every file, bind and lint: a cold `nsroles check` without disk reads. */
  lint: Summary;
  /** One character typed in the entry file: re-parse it (includes cached), bind, lint. */
  editRelint: Summary;
  /** Every (user, held role) × action, facts built afresh each run. */
  matrix: Summary;
  matrixCells: number;
  /** Every target too (token actions × every other pair); only for small accounts. */
  matrixExpanded?: Summary;
  matrixExpandedCells?: number;
  whoCan: Summary;
  simulate: Summary;
  /** `nsroles diff` in process: a user added with a token manager's role, both versions read cold. */
  accessDelta: Summary;
  accessDeltaChanges: number;
  findings: number;
  /** CPU time of this process per run (all its threads, GC included): the cost on an idle machine. */
  cpu: { parse?: Summary; lint?: Summary; editRelint?: Summary };
}

// This process does nothing else while a measure runs, so its CPU clock is the measure's.
const processCpu = () => {
  const u = process.cpuUsage();
  return { run: (u.user + u.system) / 1000, wait: 0 };
};

/** Serves the generated files from memory, so timings leave the disk out. */
function memoryHost(dir: string, files: Record<string, string>): FileHost {
  return {
    read: (f) => (path.dirname(f) === dir ? files[path.basename(f)] : undefined),
    resolve: (from, p) => path.resolve(path.dirname(from), p),
  };
}

/** The text with one character inserted at `at`. */
export function insertAt(text: string, at: Pos, ch: string): string {
  let offset = 0;
  for (let line = 0; line < at.line; line++) offset = text.indexOf('\n', offset) + 1;
  offset += at.character;
  return text.slice(0, offset) + ch + text.slice(offset);
}

export async function engineFigures(acc: GeneratedAccount, dir: string, maxRuns: number, expanded: boolean): Promise<EngineFigures> {
  const entry = path.join(dir, ENTRY.nsroles);
  const text = acc.nsroles[ENTRY.nsroles];
  const host = memoryHost(dir, acc.nsroles);
  const runs = (ms: number) => ({ warmup: 2, min: 5, max: maxRuns, budgetMs: ms });

  const parseT = await repeatTimed(() => parse(text), processCpu, runs(4_000));
  const lint = await repeatTimed(() => lintAccount(loadAccount(entry, host, { cache: new ParseCache() })), processCpu, runs(6_000));

  // Alternate the edit and its undo, as in the server benchmark, with a warm parse cache.
  const edited = insertAt(text, acc.sites.nsroles.edit, 'x');
  const cache = new ParseCache();
  let flip = false;
  const editHost: FileHost = { ...host, read: (f) => (f === entry ? (flip ? edited : text) : host.read(f)) };
  loadAccount(entry, editHost, { cache });
  const editRelint = await repeatTimed(
    () => {
      flip = !flip;
      return lintAccount(loadAccount(entry, editHost, { cache }));
    },
    processCpu,
    runs(6_000),
  );

  const loaded = loadAccount(entry, host, { cache: new ParseCache() });
  const findings = lintAccount(loaded).length;
  // A shallow copy is a new model to factsOf's cache, so each run builds the facts as a fresh document would.
  const fresh = () => ({ ...loaded.model });
  let matrixCells = 0;
  const matrix = await repeat(() => (matrixCells = buildMatrix(fresh()).length), runs(4_000));
  let matrixExpanded: Summary | undefined;
  let matrixExpandedCells: number | undefined;
  if (expanded) matrixExpanded = await repeat(() => (matrixExpandedCells = buildMatrix(fresh(), { expandTargets: true }).length), runs(4_000));

  const { manager, managerRole, serviceUser, serviceRole } = acc.query;
  const target = { user: serviceUser, role: serviceRole };
  const who = await repeat(() => whoCan(fresh(), { action: 'issue-token', target }), runs(3_000));
  const request = { user: manager, role: managerRole, action: 'issue-token' as const, target };
  const simulate = await repeat(() => {
    const facts = factsOf(fresh());
    return suggest(facts, request, decide(facts, request));
  }, runs(3_000));
  // As the CLI does: both revisions read cold (the delta's own parse cache starts empty), the account re-read once per edit.
  const version = (t: string): DeltaSide => ({
    read: (f) => (f === entry ? t : host.read(f)),
    load: (read, cache) => loadAccount(entry, { read, resolve: host.resolve }, { cache }),
  });
  const grant = `${text}\nuser "bench-delta" { role "${managerRole}" }\n`;
  let accessDeltaChanges = 0;
  const delta = await repeat(() => {
    const d = accessDelta(version(text), version(grant));
    accessDeltaChanges = d.granted.length + d.revoked.length;
  }, runs(4_000));
  return {
    parse: parseT.wall,
    lint: lint.wall,
    editRelint: editRelint.wall,
    matrix,
    matrixCells,
    matrixExpanded,
    matrixExpandedCells,
    whoCan: who,
    simulate,
    accessDelta: delta,
    accessDeltaChanges,
    findings,
    cpu: { parse: parseT.cpu, lint: lint.cpu, editRelint: editRelint.cpu },
  };
}

/**
 * Timings through real language-server processes over stdio: ours on the `.nsroles` account,
 * yaml-language-server on the same data as YAML with the JSON Schema associated.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ENTRY, type GeneratedAccount, type Sites } from './generate';
import { fileUri, LspClient, type ServerSpec } from './lsp';
import { repeat, repeatTimed, settle, summarize, type Summary, type Timed } from './stats';

export interface ServerFigures {
  /** The first didOpen → publishDiagnostics of a fresh server (cold JIT): the median of `firstOpens`. */
  firstOpen: number;
  /** The server main thread's CPU time for it (median). */
  firstOpenCpu?: number;
  /** Each fresh server's first open, in the order run: wall and main-thread CPU (ms). */
  firstOpens?: { wall: number; cpu?: number }[];
  open: Summary;
  change: Summary;
  hover: Summary;
  completion: Summary;
  diagnostics: number;
  /** The entry file's publishDiagnostics after the last timed edit, as JSON bytes, and its diagnostics. */
  payload?: { bytes: number; diagnostics: number };
  /** After open, the edits and every request, in MB (10^6 bytes, as the target is written). */
  rssMB?: number;
  peakMB?: number;
  /** Peak resident memory (MB) after each phase, in order: where the peak comes from. */
  peakAfter?: Record<string, number>;
  simulate?: Summary;
  matrix?: Summary;
  matrixRows?: number;
  matrixExpanded?: Summary;
  whoCan?: Summary;
  /** The server main thread's CPU time per operation (Linux): the latency on an idle machine. */
  cpu: Partial<Record<'open' | 'change' | 'hover' | 'completion', Summary>>;
  /** Time the server's main thread waited for a CPU per operation: contention from other work. */
  wait: Partial<Record<'open' | 'change' | 'hover' | 'completion', Summary>>;
  errors: string[];
}

export interface Budget {
  /** Most timed runs per measure; fewer when the time budget runs out. */
  runs: number;
  opens: number;
  budgetMs: number;
}

export function oursSpec(root: string): ServerSpec {
  return { command: process.execPath, args: [path.join(root, 'dist', 'server.js'), '--stdio'], cwd: root, settings: { nsroles: {} } };
}

/** yaml-language-server at `bin` (see yamlLanguageServer in bundle.ts), run by `node`. */
export function yamlSpec(root: string, node: string, schemaFile: string, bin: string): ServerSpec {
  const yaml = {
    schemas: { [fileUri(schemaFile)]: ['*.yaml'] },
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    // No network here: the schema store catalogue would only add failed downloads.
    schemaStore: { enable: false },
  };
  return {
    command: node,
    args: [bin, '--stdio'],
    cwd: root,
    settings: { yaml, http: {}, '[yaml]': {}, editor: {} },
  };
}

/** Checks that yaml-language-server starts on `node` and validates against the schema. */
export async function yamlWorks(spec: ServerSpec, dir: string): Promise<string | undefined> {
  const c = new LspClient(spec);
  try {
    await c.initialize(dir);
    const diags = await c.open(fileUri(path.join(dir, 'schema-check.yaml')), 'yaml', 'users: 5\n');
    return diags.some((d) => /array/i.test(typeof d.message === 'string' ? d.message : d.message.value))
      ? undefined
      : `no schema diagnostics (got ${JSON.stringify(diags.map((d) => d.message))})`;
  } catch (e) {
    return `${(e as Error).message}`;
  } finally {
    await c.stop();
  }
}

interface Target {
  spec: ServerSpec;
  dir: string;
  file: string;
  languageId: string;
  text: string;
  sites: Sites;
}

/**
 * Fresh servers whose first open is timed: one process start is one sample, and it varies most.
 * Five, so one or two that met a burst of load from elsewhere on the machine do not move the median.
 */
const COLD_OPENS = 5;

async function firstOpen(c: LspClient, t: Target, out: ServerFigures): Promise<string> {
  const uri = fileUri(path.join(t.dir, t.file));
  await c.initialize(t.dir);
  const c0 = c.cpu();
  const start = performance.now();
  out.diagnostics = (await c.open(uri, t.languageId, t.text)).length;
  const wall = performance.now() - start;
  const c1 = c.cpu();
  (out.firstOpens ??= []).push({ wall, ...(c0 && c1 ? { cpu: c1.run - c0.run } : {}) });
  const runs = out.firstOpens;
  out.firstOpen = summarize(runs.map((r) => r.wall)).median;
  const cpus = runs.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  if (cpus.length === runs.length) out.firstOpenCpu = summarize(cpus).median;
  return uri;
}

/** The other cold opens, each by a server of its own that does nothing else. */
async function moreFirstOpens(t: Target, out: ServerFigures): Promise<void> {
  while ((out.firstOpens?.length ?? 0) < COLD_OPENS) {
    settle();
    const c = new LspClient(t.spec);
    try {
      await firstOpen(c, t, out);
    } catch (e) {
      out.errors.push(`cold open: ${(e as Error).message}`);
      return;
    } finally {
      await c.stop();
    }
  }
}

async function common(c: LspClient, t: Target, b: Budget, out: ServerFigures): Promise<string> {
  const uri = await firstOpen(c, t, out);
  phase(out, c, 'first open');
  keep(out, 'open', await timedOpens(c, uri, t, b));
  phase(out, c, 'reopens');

  const { edit, hover, completion } = t.sites;
  let inserted = false;
  const cpu = () => c.cpu();
  const change = await repeatTimed(
    () => {
      inserted = !inserted;
      return inserted ? c.edit(uri, edit, 'x') : c.edit(uri, edit, '', 1);
    },
    cpu,
    { warmup: 2, min: 5, max: b.runs, budgetMs: b.budgetMs },
  );
  keep(out, 'change', change);
  const last = c.lastPublished(uri);
  if (last) out.payload = last;
  phase(out, c, 'edits');
  if (inserted) await c.edit(uri, edit, '', 1);
  const doc = { textDocument: { uri } };
  const requests = { warmup: 2, min: 5, max: 50, budgetMs: b.budgetMs / 2 };
  keep(out, 'hover', await repeatTimed(() => c.request('textDocument/hover', { ...doc, position: hover }), cpu, requests));
  keep(out, 'completion', await repeatTimed(() => c.request('textDocument/completion', { ...doc, position: completion }), cpu, requests));
  phase(out, c, 'hover, completion');
  return uri;
}

function phase(out: ServerFigures, c: LspClient, label: string): void {
  const m = c.memory();
  if (m) (out.peakAfter ??= {})[label] = m.peak / 1e6;
}

function keep(out: ServerFigures, key: 'open' | 'change' | 'hover' | 'completion', t: Timed): void {
  out[key] = t.wall;
  if (t.cpu) out.cpu[key] = t.cpu;
  if (t.wait) out.wait[key] = t.wait;
}

/**
 * Each run closes the document (untimed), then times opening it again with a comment line
 * added, so neither server can answer from a cache of the previous open's text.
 */
async function timedOpens(c: LspClient, uri: string, t: Target, b: Budget): Promise<Timed> {
  const wall: number[] = [];
  const run: number[] = [];
  const wait: number[] = [];
  const until = performance.now() + b.budgetMs;
  while (wall.length < b.opens && (wall.length < 2 || performance.now() < until)) {
    await c.close(uri);
    const c0 = c.cpu();
    const start = performance.now();
    await c.open(uri, t.languageId, `${t.text}# reopened ${wall.length + 1}\n`);
    wall.push(performance.now() - start);
    const c1 = c.cpu();
    if (c0 && c1) (run.push(c1.run - c0.run), wait.push(c1.wait - c0.wait));
  }
  return { wall: summarize(wall), ...(run.length === wall.length ? { cpu: summarize(run), wait: summarize(wait) } : {}) };
}

function empty(): ServerFigures {
  const z: Summary = { median: NaN, p95: NaN, min: NaN, max: NaN, runs: 0 };
  return { firstOpen: NaN, open: z, change: z, hover: z, completion: z, diagnostics: 0, cpu: {}, wait: {}, errors: [] };
}

/** Our server: the LSP basics, then the simulator's custom requests. */
export async function oursFigures(root: string, acc: GeneratedAccount, dir: string, b: Budget, expanded: boolean): Promise<ServerFigures> {
  const out = empty();
  settle();
  const c = new LspClient(oursSpec(root));
  const target: Target = { spec: c.spec, dir, file: ENTRY.nsroles, languageId: 'nsroles', text: acc.nsroles[ENTRY.nsroles], sites: acc.sites.nsroles };
  try {
    const uri = await common(c, target, b, out);
    const { manager, managerRole, serviceUser, serviceRole } = acc.query;
    const service = { user: serviceUser, role: serviceRole };
    const runs = { warmup: 1, min: 3, max: b.runs, budgetMs: b.budgetMs };
    await measure(
      out,
      'simulate',
      () => c.request('nsroles/simulate', { uri, request: { user: manager, role: managerRole, action: 'issue-token', target: service } }),
      runs,
    );
    phase(out, c, 'simulate');
    await measure(out, 'matrix', async () => (out.matrixRows = (await c.request<{ rows: unknown[] }>('nsroles/matrix', { uri })).rows.length), runs);
    if (expanded) await measure(out, 'matrixExpanded', () => c.request('nsroles/matrix', { uri, expandTargets: true }), runs);
    phase(out, c, 'matrix');
    await measure(out, 'whoCan', () => c.request('nsroles/whoCan', { uri, action: 'issue-token', target: service }), runs);
    phase(out, c, 'who-can');
    Object.assign(out, mb(c.memory()));
  } catch (e) {
    out.errors.push((e as Error).message);
  } finally {
    await c.stop();
  }
  await moreFirstOpens(target, out);
  return out;
}

async function measure(
  out: ServerFigures,
  key: 'simulate' | 'matrix' | 'matrixExpanded' | 'whoCan',
  fn: () => Promise<unknown>,
  o: Parameters<typeof repeat>[1],
): Promise<void> {
  try {
    out[key] = await repeat(fn, o);
  } catch (e) {
    out.errors.push(`${key}: ${(e as Error).message}`);
  }
}

/** yaml-language-server on the YAML spelling of the same account. */
export async function yamlFigures(spec: ServerSpec, acc: GeneratedAccount, dir: string, b: Budget): Promise<ServerFigures> {
  const out = empty();
  settle();
  const c = new LspClient(spec);
  const target: Target = { spec, dir, file: ENTRY.yaml, languageId: 'yaml', text: acc.yaml[ENTRY.yaml], sites: acc.sites.yaml };
  try {
    await common(c, target, b, out);
    Object.assign(out, mb(c.memory()));
  } catch (e) {
    out.errors.push((e as Error).message);
  } finally {
    await c.stop();
  }
  await moreFirstOpens(target, out);
  return out;
}

function mb(m: { rss: number; peak: number } | undefined): Partial<ServerFigures> {
  return m ? { rssMB: m.rss / 1e6, peakMB: m.peak / 1e6 } : {};
}

export function serverBuilt(root: string): boolean {
  return fs.existsSync(path.join(root, 'dist', 'server.js'));
}

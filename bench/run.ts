/**
 * `npm run bench`: generates the accounts, times the engine, our language server and
 * yaml-language-server side by side, prints a table and writes bench/results.json.
 * Figures, not pass/fail: the process fails only if the harness itself breaks.
 *
 * Flags: --no-build (use dist/ as it is), --sizes 1k,10k (a subset), --scenarios broken (a
 * subset of clean,broken), --quick (fewer runs).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildForBench, extensionLoad, node24, sizes, yamlLanguageServer } from './bundle';
import { type EngineFigures, engineFigures } from './engine';
import { accountDir, DATA_DIR, ENTRY, type GeneratedAccount, lineCount, type Scenario, SCENARIOS, SIZES, writeAccounts } from './generate';
import { matrixFigures } from './matrix';
import { type Budget, oursFigures, serverBuilt, type ServerFigures, yamlFigures, yamlSpec, yamlWorks } from './servers';
import { hostileFigures, hostileTable } from './hostile';
import { fitExponent } from './stats';
import { printReport, type SizeResult, type Results } from './report';

const ROOT = path.resolve(__dirname, '..');
const STAGE = path.join(path.dirname(DATA_DIR), 'stage');
const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const quick = flag('--quick');
const option = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1]?.split(',') : undefined);
const only = option('--sizes');
const scenarios = SCENARIOS.filter((s) => !option('--scenarios') || option('--scenarios')!.includes(s));
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const BUDGETS: Record<string, Budget> = {
  '1k': { runs: 40, opens: 10, budgetMs: 4_000 },
  '10k': { runs: 30, opens: 8, budgetMs: 6_000 },
  '100k': { runs: 10, opens: 4, budgetMs: 10_000 },
};

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg();
  const build = flag('--no-build') ? { dir: ROOT, vsix: null, note: "the repository's dist/ as it is (--no-build)" } : buildForBench(ROOT, STAGE, log);
  log(build.note);
  const built = build.dir;

  const schemaFile = path.join(ROOT, 'bench', 'yaml', 'schema.json');
  const wanted = SIZES.filter((s) => !only || only.includes(s.label));
  log(`generating ${scenarios.join(', ')} × ${wanted.map((s) => s.label).join(', ')} in ${DATA_DIR}`);
  const accounts = new Map<Scenario, GeneratedAccount[]>(scenarios.map((s) => [s, writeAccounts(DATA_DIR, wanted, s)]));
  const first = [...accounts.values()][0][0];
  const yaml = await yamlServer(schemaFile, accountDir(DATA_DIR, first));

  const measured = new Map<Scenario, SizeResult[]>();
  for (const [scenario, list] of accounts) {
    const results: SizeResult[] = [];
    for (const acc of list) results.push(await measureSize(acc, built, yaml?.spec));
    measured.set(scenario, results);
  }
  const results = measured.get('clean') ?? [];

  log('matrix through the CLI');
  const matrix = serverBuilt(built) ? await matrixFigures(built, [...accounts.values()][0], DATA_DIR, quick, log) : [];

  log('extension bundle');
  const load = extensionLoad(built, quick ? 5 : 15);
  const size = sizes(built, build.vsix);
  log('hostile input');
  const hostile = serverBuilt(built) ? await hostileFigures(built) : undefined;
  const exponent = (pick: (r: SizeResult) => number | undefined) =>
    fitExponent(results.map((r) => ({ lines: r.lines.nsrolesTotal, ms: pick(r) ?? NaN })).filter((p) => Number.isFinite(p.ms)));

  const out: Results = {
    command: `npm run bench ${args.join(' ')}`.trim(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      yamlNode: yaml?.version ?? null,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageBefore: loadBefore.map((x) => +x.toFixed(2)),
      loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)),
    },
    startedAt: new Date(started).toISOString(),
    durationS: 0,
    build: build.note,
    sizes: results,
    broken: measured.get('broken') ?? [],
    matrix,
    bundle: { extensionLoad: load, ...size },
    exponents: {
      lint: exponent((r) => r.engine.lint.median),
      editRelint: exponent((r) => r.engine.editRelint.median),
      lintCpu: exponent((r) => r.engine.cpu.lint?.median),
      didChange: exponent((r) => r.ours?.change.median),
      didChangeServerCpu: exponent((r) => r.ours?.cpu.change?.median),
      yamlDidChange: exponent((r) => r.yaml?.change.median),
    },
    notes: yaml ? [] : ['yaml-language-server did not run: no side-by-side figures'],
    hostile,
  };
  out.durationS = Math.round((Date.now() - started) / 1000);
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(out, null, 2) + '\n');
  printReport(out);
  if (hostile) console.log('\n' + hostileTable(hostile));
  log(`done in ${out.durationS} s; JSON in bench/results.json`);
}

async function yamlServer(schemaFile: string, dir: string): Promise<{ spec: ReturnType<typeof yamlSpec>; version: string } | undefined> {
  const bin = yamlLanguageServer(ROOT, log);
  if (!bin) {
    log('yaml-language-server could not be installed from npm');
    return undefined;
  }
  const here = yamlSpec(ROOT, process.execPath, schemaFile, bin);
  const problem = await yamlWorks(here, dir);
  if (!problem) return { spec: here, version: process.version };
  log(`yaml-language-server on ${process.version}: ${problem}; trying Node 24`);
  const node = node24(ROOT, log);
  if (!node) return undefined;
  const spec = yamlSpec(ROOT, node, schemaFile, bin);
  const again = await yamlWorks(spec, dir);
  if (again) {
    log(`yaml-language-server on Node 24: ${again}`);
    return undefined;
  }
  return { spec, version: require('child_process').execFileSync(node, ['-v']).toString().trim() };
}

async function measureSize(acc: GeneratedAccount, built: string, yaml: ReturnType<typeof yamlSpec> | undefined): Promise<SizeResult> {
  const dir = accountDir(DATA_DIR, acc);
  const b = quick ? { runs: 8, opens: 3, budgetMs: 2_000 } : BUDGETS[acc.label];
  const small = acc.label === '1k';
  const lines = {
    nsrolesEntry: lineCount(acc.nsroles[ENTRY.nsroles]),
    nsrolesTotal: Object.values(acc.nsroles).reduce((s, t) => s + lineCount(t), 0),
    yamlEntry: lineCount(acc.yaml[ENTRY.yaml]),
    yamlTotal: Object.values(acc.yaml).reduce((s, t) => s + lineCount(t), 0),
  };
  const name = `${acc.scenario} ${acc.label}`;
  log(`${name}: engine`);
  const engine: EngineFigures = await engineFigures(acc, dir, b.runs * 2, small);
  let ours: ServerFigures | undefined;
  if (serverBuilt(built)) {
    log(`${name}: our server`);
    ours = await oursFigures(built, acc, dir, b, small);
    for (const e of ours.errors) log(`  our server: ${e}`);
  } else log(`${name}: dist/server.js not built: server figures n/a`);
  let theirs: ServerFigures | undefined;
  if (yaml) {
    log(`${name}: yaml-language-server`);
    theirs = await yamlFigures(yaml, acc, dir, b);
    for (const e of theirs.errors) log(`  yaml-language-server: ${e}`);
  }
  const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b : null);
  return {
    label: acc.label,
    scenario: acc.scenario,
    lines,
    counts: acc.counts,
    engine,
    ours,
    yaml: theirs,
    ratios: {
      open: ratio(ours?.open.median, theirs?.open.median),
      change: ratio(ours?.change.median, theirs?.change.median),
      // yaml-language-server waits 200 ms (validationDelayMs) before validating; this ratio leaves that wait out.
      changeWithoutYamlDelay: ratio(ours?.change.median, theirs ? theirs.change.median - 200 : undefined),
      changeCpu: ratio(ours?.cpu.change?.median, theirs?.cpu.change?.median),
    },
  };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

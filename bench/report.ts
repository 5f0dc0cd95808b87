/** The results' shape, the table printed to stdout, and the figures set against issue 7's targets. */
import type { EngineFigures } from './engine';
import type { ServerFigures } from './servers';
import type { Sizes } from './bundle';
import type { Summary } from './stats';
import type { MatrixFigures } from './matrix';
import type { HostileFigures } from './hostile';

export interface SizeResult {
  label: string;
  scenario: string;
  lines: { nsrolesEntry: number; nsrolesTotal: number; yamlEntry: number; yamlTotal: number };
  counts: Record<string, number>;
  engine: EngineFigures;
  ours?: ServerFigures;
  yaml?: ServerFigures;
  ratios: { open: number | null; change: number | null; changeWithoutYamlDelay: number | null; changeCpu: number | null };
}

export interface Results {
  command: string;
  machine: Record<string, unknown>;
  startedAt: string;
  durationS: number;
  build: string;
  /** The clean accounts. */
  sizes: SizeResult[];
  /** The broken accounts (issue 16). */
  broken: SizeResult[];
  matrix: MatrixFigures[];
  bundle: Sizes & { extensionLoad: Summary | string };
  exponents: Record<string, number | null>;
  notes: string[];
  hostile?: HostileFigures;
}

const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const cell = (s: Summary | undefined) => (s && s.runs ? `${ms(s.median)} / ${ms(s.p95)}` : 'n/a');
/** The cold opens' median, and their range when there were several. */
const cold = (f: ServerFigures | undefined) => {
  const runs = f?.firstOpens ?? [];
  if (runs.length < 2) return ms(f?.firstOpen);
  const walls = runs.map((r) => r.wall);
  return `${ms(f?.firstOpen)} (${ms(Math.min(...walls))}–${ms(Math.max(...walls))})`;
};
const num = (x: number | null | undefined, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

/** A markdown table: docs/performance.md quotes it as printed. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

function sizeTable(s: SizeResult[]): string {
  const row = (name: string, f: (x: SizeResult) => string) => [name, ...s.map(f)];
  const rows: string[][] = [
    row('lines: .nsroles entry file / whole account', (x) => `${x.lines.nsrolesEntry} / ${x.lines.nsrolesTotal}`),
    row('lines: YAML entry file / all files', (x) => `${x.lines.yamlEntry} / ${x.lines.yamlTotal}`),
    row('roles / users / tokens / expects', (x) => `${x.counts.roles} / ${x.counts.users} / ${x.counts.tokens} / ${x.counts.expects}`),
    row('engine: parse entry file', (x) => cell(x.engine.parse)),
    row('engine: full lint (parse all, bind, lint)', (x) => cell(x.engine.lint)),
    row('engine: one-char edit → re-lint (cached includes)', (x) => cell(x.engine.editRelint)),
    row('engine CPU: full lint', (x) => cell(x.engine.cpu.lint)),
    row('engine CPU: one-char edit → re-lint', (x) => cell(x.engine.cpu.editRelint)),
    row('engine: matrix (every user × held role × action)', (x) => `${cell(x.engine.matrix)} (${x.engine.matrixCells} cells)`),
    row('engine: matrix with every token target', (x) =>
      x.engine.matrixExpanded ? `${cell(x.engine.matrixExpanded)} (${x.engine.matrixExpandedCells} cells)` : '—',
    ),
    row('engine: who-can issue-token for a service user', (x) => cell(x.engine.whoCan)),
    row('engine: simulate (decide + suggest)', (x) => cell(x.engine.simulate)),
    row('engine: access delta, a user given a token manager role (cold)', (x) =>
      x.engine.accessDelta ? `${cell(x.engine.accessDelta)} (${x.engine.accessDeltaChanges} changes)` : '—',
    ),
    row('findings', (x) => `${x.engine.findings}`),
    row('ours: first didOpen → diagnostics (cold; median of fresh servers)', (x) => cold(x.ours)),
    row('ours, server CPU: first didOpen (cold; median)', (x) => ms(x.ours?.firstOpenCpu)),
    row('ours: didOpen → diagnostics', (x) => cell(x.ours?.open)),
    row('ours: 1-char didChange → diagnostics', (x) => cell(x.ours?.change)),
    row('ours: hover', (x) => cell(x.ours?.hover)),
    row('ours: completion', (x) => cell(x.ours?.completion)),
    row('ours, server CPU: didOpen', (x) => cell(x.ours?.cpu.open)),
    row('ours, server CPU: didChange', (x) => cell(x.ours?.cpu.change)),
    row('ours, server CPU: hover / completion (median)', (x) => `${ms(x.ours?.cpu.hover?.median)} / ${ms(x.ours?.cpu.completion?.median)}`),
    row('ours, server waited for a CPU: didChange', (x) => cell(x.ours?.wait.change)),
    row('ours: nsroles/simulate', (x) => cell(x.ours?.simulate)),
    row('ours: nsroles/matrix', (x) => (x.ours?.matrix ? `${cell(x.ours.matrix)} (${x.ours.matrixRows} rows)` : 'n/a')),
    row('ours: nsroles/matrix, every target', (x) => (x.ours?.matrixExpanded ? cell(x.ours.matrixExpanded) : '—')),
    row('ours: nsroles/whoCan', (x) => cell(x.ours?.whoCan)),
    row('ours: server RSS / peak (MB)', (x) => (x.ours?.rssMB ? `${x.ours.rssMB.toFixed(0)} / ${x.ours.peakMB!.toFixed(0)}` : 'n/a')),
    row('ours: peak after open / edits / requests (MB)', (x) => {
      const p = x.ours?.peakAfter;
      return p ? [p['first open'], p['edits'], p['who-can']].map((v) => (v === undefined ? '—' : v.toFixed(0))).join(' / ') : 'n/a';
    }),
    row('yaml-ls: first didOpen → diagnostics (cold; median of fresh servers)', (x) => cold(x.yaml)),
    row('yaml-ls: didOpen → diagnostics', (x) => cell(x.yaml?.open)),
    row('yaml-ls: 1-char didChange → diagnostics', (x) => cell(x.yaml?.change)),
    row('yaml-ls: hover', (x) => cell(x.yaml?.hover)),
    row('yaml-ls: completion', (x) => cell(x.yaml?.completion)),
    row('yaml-ls, server CPU: didOpen', (x) => cell(x.yaml?.cpu.open)),
    row('yaml-ls, server CPU: didChange', (x) => cell(x.yaml?.cpu.change)),
    row('yaml-ls: server RSS / peak (MB)', (x) => (x.yaml?.rssMB ? `${x.yaml.rssMB.toFixed(0)} / ${x.yaml.peakMB!.toFixed(0)}` : 'n/a')),
    row('ours / yaml-ls: didOpen (median)', (x) => num(x.ratios.open, 3)),
    row('ours / yaml-ls: didChange (median)', (x) => num(x.ratios.change, 3)),
    row('ours / yaml-ls: didChange, its 200 ms delay left out', (x) => num(x.ratios.changeWithoutYamlDelay, 3)),
    row('ours / yaml-ls: didChange, server CPU (median)', (x) => num(x.ratios.changeCpu, 3)),
    row('ours: diagnostics after an edit: bytes (JSON)', (x) => (x.ours?.payload ? `${x.ours.payload.bytes}` : 'n/a')),
    row('ours: diagnostics after an edit: count / bytes each', (x) =>
      x.ours?.payload
        ? `${x.ours.payload.diagnostics} / ${x.ours.payload.diagnostics ? (x.ours.payload.bytes / x.ours.payload.diagnostics).toFixed(0) : '—'}`
        : 'n/a',
    ),
  ];
  return table(['measure', ...s.map((x) => x.label)], rows);
}

function matrixTable(m: MatrixFigures[]): string {
  const rows = m.map((x) => [
    `${x.label}: --format ${x.format} --targets ${x.targets}`,
    `${x.rows}${x.complete ? '' : ' (pipe closed)'}`,
    x.rowsPerS >= 1e5 ? `${(x.rowsPerS / 1e6).toFixed(2)} M` : x.rowsPerS.toFixed(0),
    ms(x.firstRowMs),
    x.peakMB.toFixed(0),
    x.problem ?? 'ok',
  ]);
  return table(['nsroles matrix FILE', 'rows written', 'rows/s', 'first row (ms)', 'peak RSS (MB)', 'exit'], rows);
}

export function printReport(r: Results): void {
  const s = r.sizes;
  const out: string[] = [];
  out.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGB} GB, Node ${r.machine.node} (yaml-language-server on ${r.machine.yamlNode ?? 'n/a'}), load average ${JSON.stringify(r.machine.loadAverageBefore)} → ${JSON.stringify(r.machine.loadAverageAfter)}`,
  );
  out.push(`Build: ${r.build}`);
  out.push('');
  out.push('Times in ms as median / p95 over repeated runs (p95 is nearest-rank: with few runs, the slowest).');
  out.push("'server CPU' is the server main thread's own running time per operation (Linux schedstat): what the operation costs on an idle machine.");
  out.push('');
  if (s.length) {
    out.push('Clean accounts (issue 7):');
    out.push('');
    out.push(sizeTable(s));
  }
  if (r.broken.length) {
    out.push('');
    out.push(`Broken accounts (issue 16: ${r.broken.map((x) => `${x.engine.findings} findings at ${x.label}`).join(', ')}):`);
    out.push('');
    out.push(sizeTable(r.broken));
  }
  if (r.matrix.length) {
    out.push('');
    out.push('The CLI matrix on the clean accounts (each run reads for a fixed time, then closes the pipe as `| head` does):');
    out.push('');
    out.push(matrixTable(r.matrix));
  }
  const b = r.bundle;
  out.push('');
  out.push(
    `Extension bundle load (require dist/extension.js, vscode stubbed): ${typeof b.extensionLoad === 'string' ? b.extensionLoad : `${cell(b.extensionLoad)} ms`}`,
  );
  out.push(
    `dist: ${b.distKB.toFixed(0)} KB (${b.distNoMapsKB.toFixed(0)} KB without source maps); .vsix: ${b.vsixKB === null ? 'n/a' : `${b.vsixKB.toFixed(0)} KB (${b.vsix})`}`,
  );
  out.push(
    `Fitted exponent of time vs lines (log-log least squares over ${s.map((x) => x.label).join(', ')}): ` +
      Object.entries(r.exponents)
        .map(([k, v]) => `${k} ${num(v)}`)
        .join(', '),
  );
  out.push('');
  out.push(table(['target', 'measured', 'verdict'], targets(r)));
  for (const n of r.notes) out.push(`Note: ${n}`);
  console.log(out.join('\n'));
}

/** Each target of issues 7 and 16 with the figure it is judged on. */
export function targets(r: Results): string[][] {
  const at = (label: string) => r.sizes.find((x) => x.label === label);
  const b10 = r.broken.find((x) => x.label === '10k');
  const b100 = r.broken.find((x) => x.label === '100k');
  const perDiag = (x: SizeResult | undefined) => (x?.ours?.payload?.diagnostics ? x.ours.payload.bytes / x.ours.payload.diagnostics : undefined);
  const m10 = r.matrix.find((x) => x.label === '10k' && x.format === 'csv' && x.targets === 'all');
  const k10 = at('10k');
  const k100 = at('100k');
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : 'missed');
  const le = (x: number | undefined | null, limit: number) => (x === undefined || x === null || !Number.isFinite(x) ? undefined : x <= limit);
  const worst = (f: (x: SizeResult) => number | undefined) => {
    const xs = r.sizes.map(f).filter((x): x is number => x !== undefined && Number.isFinite(x));
    return xs.length ? Math.max(...xs) : undefined;
  };
  const hover = worst((x) => x.ours?.hover.p95);
  const completion = worst((x) => x.ours?.completion.p95);
  const worstAt = (f: (x: SizeResult) => number | undefined) => r.sizes.find((x) => f(x) === worst(f))?.label ?? 'n/a';
  const cpuOk = (x: SizeResult | undefined) => {
    const a = le(x?.ours?.change.median, 25);
    const b = le(x?.ours?.cpu.change?.median, 25);
    return a === undefined || b === undefined ? undefined : a && b;
  };
  const rows: [string, string, boolean | undefined][] = [
    [
      'broken 10k: edit → diagnostics p50 ≤ 25 ms, wall and CPU',
      `${ms(b10?.ours?.change.median)} ms (server CPU ${ms(b10?.ours?.cpu.change?.median)} ms; ${b10?.engine.findings ?? 'n/a'} findings)`,
      cpuOk(b10),
    ],
    [
      'broken 10k: edit ≤ 1/10 of yaml-language-server',
      `${num(b10?.ratios.change, 3)} (CPU ${num(b10?.ratios.changeCpu, 3)}; ${num(b10?.ratios.changeWithoutYamlDelay, 3)} without its delay)`,
      le(b10?.ratios.change, 1 / 10),
    ],
    ['broken 10k: ≤ 350 bytes per diagnostic', `${ms(perDiag(b10))} B (${b10?.ours?.payload?.bytes ?? 'n/a'} B in all)`, le(perDiag(b10), 350)],
    [
      '100k: cold first didOpen → diagnostics ≤ 500 ms',
      `${cold(k100?.ours)} ms (server CPU ${ms(k100?.ours?.firstOpenCpu)}; broken: ${cold(b100?.ours)} ms)`,
      le(k100?.ours?.firstOpen, 500),
    ],
    [
      'matrix csv, every target, 10k: peak ≤ 500 MB',
      m10 ? `${m10.peakMB.toFixed(0)} MB, ${m10.rows} rows${m10.problem ? `; ${m10.problem}` : ''}` : 'n/a',
      m10?.problem ? false : le(m10?.peakMB, 500),
    ],
    [
      '10k: 1-char edit → diagnostics p50 ≤ 25 ms',
      `${ms(k10?.ours?.change.median)} ms (server CPU ${ms(k10?.ours?.cpu.change?.median)} ms)`,
      le(k10?.ours?.change.median, 25),
    ],
    [
      '10k: edit ≤ 1/3 of yaml-language-server',
      `${num(k10?.ratios.change, 3)} (${num(k10?.ratios.changeWithoutYamlDelay, 3)} without its 200 ms delay)`,
      le(k10?.ratios.change, 1 / 3),
    ],
    ['hover p95 ≤ 10 ms (worst size)', `${ms(hover)} ms at ${worstAt((x) => x.ours?.hover.p95)}`, le(hover, 10)],
    ['completion p95 ≤ 10 ms (worst size)', `${ms(completion)} ms at ${worstAt((x) => x.ours?.completion.p95)}`, le(completion, 10)],
    [
      'matrix of 1,000 users ≤ 100 ms (nsroles/matrix, 10k)',
      `${ms(k10?.ours?.matrix?.median)} ms (engine ${ms(k10?.engine.matrix.median)} ms)`,
      le(k10?.ours?.matrix?.median, 100),
    ],
    [
      '100k: edit → diagnostics ≤ 500 ms',
      `${ms(k100?.ours?.change.median)} ms (server CPU ${ms(k100?.ours?.cpu.change?.median)}; didOpen ${ms(k100?.ours?.open.median)} ms)`,
      le(k100?.ours?.change.median, 500),
    ],
    ['100k: server memory ≤ 300 MB (peak RSS)', `${ms(k100?.ours?.peakMB)} MB`, le(k100?.ours?.peakMB, 300)],
    ['.vsix ≤ 500 KB', r.bundle.vsixKB === null ? 'n/a' : `${r.bundle.vsixKB.toFixed(0)} KB`, le(r.bundle.vsixKB, 500)],
    ['exponent of lint time vs lines ≤ 1.15', `${num(r.exponents.lint)} (CPU ${num(r.exponents.lintCpu)})`, le(r.exponents.lint, 1.15)],
    [
      'exponent of didChange time vs lines ≤ 1.15',
      `${num(r.exponents.didChange)} (server CPU ${num(r.exponents.didChangeServerCpu)})`,
      le(r.exponents.didChange, 1.15),
    ],
  ];
  return rows.map(([t, m, ok]) => [t, m, verdict(ok)]);
}

/**
 * The long fuzz: the differential test (engine vs Cedar), the parser properties and the
 * formatter / quick-fix / incremental-edit / webview-message properties, with a random seed,
 * until time runs out or something fails.
 *
 *   npm run fuzz -- [--minutes 10] [--seed N] [--only differential|parser|properties] [--runs 1000]
 *
 * Runs in rounds; round r uses seed N + r, so a failure prints the seed that replays it at once
 * (`--seed <round seed> --rounds 1`).
 */
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import { existsSync } from 'fs';
import * as path from 'path';
import { accountArb } from './differential/account';
import { cedarCallCount } from './differential/cedar';
import { compareAccount, report } from './differential/compare';
import { load } from './helpers/memory';
import { arbitraryText, checkLoadAndLint, checkParse, hugeText, mutatedExample } from './properties/parser';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
const minutes = Number(arg('minutes') ?? 10);
const maxRounds = Number(arg('rounds') ?? Infinity);
const only = arg('only');
const deadline = Date.now() + minutes * 60_000;

let decisions = 0;
let accounts = 0;
let texts = 0;

// Bigger accounts than in `npm test` every other round: more roles and users, more targets.
function differentialRound(roundSeed: number, round: number): void {
  const arb = round % 2 === 0 ? accountArb() : accountArb(7, 7);
  fc.assert(
    fc.property(arb, (spec) => {
      const c = compareAccount(spec);
      decisions += c.compared;
      accounts++;
      if (c.disagreements.length > 0) throw new Error(report(c, 20));
    }),
    { seed: roundSeed, numRuns: 20 },
  );
}

function parserRound(roundSeed: number): void {
  const text = (t: string): void => {
    texts++;
    checkParse(t);
    checkLoadAndLint('main.nsroles', t);
  };
  fc.assert(fc.property(arbitraryText, text), { seed: roundSeed, numRuns: 2000 });
  fc.assert(
    fc.property(mutatedExample, ({ file, text }) => {
      texts++;
      checkParse(text);
      checkLoadAndLint(file, text);
    }),
    { seed: roundSeed, numRuns: 1000 },
  );
  fc.assert(
    fc.property(hugeText, (t) => {
      texts++;
      checkParse(t);
      load(t);
    }),
    { seed: roundSeed, numRuns: 5 },
  );
}

// The property suites read NSROLES_FUZZ_RUNS / NSROLES_FUZZ_SEED (test/helpers/fuzz.ts); the
// server one needs the built dist/server.js, so it joins only when that exists.
function propertiesRound(roundSeed: number): void {
  const root = path.join(__dirname, '..');
  const files = [
    'test/engine/format-properties.test.ts',
    'test/engine/fix-properties.test.ts',
    'test/engine/reparse.test.ts',
    'test/engine/lint-cache.test.ts',
    'test/webview/messages-fuzz.test.ts',
  ];
  if (existsSync(path.join(root, 'dist/server.js'))) files.push('test/server/edit-properties.test.ts');
  else console.log('dist/server.js is not built (npm run build): the server edit properties are left out of this round');
  const mocha = require.resolve('mocha/bin/mocha.js');
  const r = spawnSync(process.execPath, [mocha, '--no-config', '-r', 'tsx/cjs', '--extension', 'ts', '--timeout', '0', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NSROLES_FUZZ_RUNS: arg('runs') ?? '1000', NSROLES_FUZZ_SEED: String(roundSeed) },
  });
  if (r.status !== 0) throw new Error(`property suites failed (exit ${r.status})`);
}

console.log(`nsroles fuzz: seed ${seed}, ${minutes} min${only ? `, only ${only}` : ''}`);
const started = Date.now();
for (let round = 0; round < maxRounds && Date.now() < deadline; round++) {
  const roundSeed = (seed + round) | 0;
  try {
    if (only === undefined || only === 'differential') differentialRound(roundSeed, round);
    if (only === undefined || only === 'parser') parserRound(roundSeed);
    if (only === undefined || only === 'properties') propertiesRound(roundSeed);
  } catch (e) {
    console.error(`\nFAILED in round ${round} (replay: npm run fuzz -- --seed ${roundSeed} --rounds 1${only ? ` --only ${only}` : ''})\n`);
    console.error((e as Error).message);
    process.exit(1);
  }
  const s = Math.round((Date.now() - started) / 1000);
  console.log(
    `round ${round} (seed ${roundSeed}) ok — ${s}s: ${decisions} decisions compared on ${accounts} accounts (${cedarCallCount()} Cedar calls), ${texts} texts parsed`,
  );
}
console.log(`done: seed ${seed}, ${decisions} decisions compared on ${accounts} accounts, ${texts} texts parsed, no failure`);

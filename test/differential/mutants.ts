/**
 * Does the differential test have teeth? Plants one known bug at a time in a copy of the engine
 * (never in the working tree) and runs the differential comparison on the same random accounts
 * as `npm test`; each bug must cause a disagreement.
 *
 *   npx tsx test/differential/mutants.ts [--accounts 45]
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '../..');

interface Mutant {
  name: string;
  file: 'decide.ts' | 'facts.ts' | 'lint.ts';
  from: string | RegExp;
  to: string;
}

const MUTANTS: Mutant[] = [
  { name: 'TBA feature switch ignored', file: 'decide.ts', from: 'if (!facts.tbaEnabled)', to: 'if (false)' },
  { name: 'actor need not hold the acting role', file: 'decide.ts', from: 'if (!actor.roles.has(role.key))', to: 'if (false)' },
  { name: 'inactive actor allowed', file: 'decide.ts', from: 'if (actor.inactive)', to: 'if (false)' },
  { name: 'inactive acting role allowed', file: 'decide.ts', from: 'if (role.inactive)', to: 'if (false)' },
  { name: 'inactive token user allowed', file: 'decide.ts', from: 'if (tu.inactive)', to: 'if (false)' },
  { name: 'inactive token role allowed', file: 'decide.ts', from: 'if (tr.inactive)', to: 'if (false)' },
  { name: 'token user need not hold the token role', file: 'decide.ts', from: 'if (!tu.roles.has(tr.key))', to: 'if (false)' },
  { name: 'Web Services Only roles call RESTlets', file: 'decide.ts', from: "r.req.action === 'restlet-login' && role.webServicesOnly", to: 'false' },
  {
    name: 'User Access Tokens does not log in',
    file: 'decide.ts',
    from: "if (p.has(UAT)) return r.end('allow', `User Access Tokens lets",
    to: "if (false) return r.end('allow', `User Access Tokens lets",
  },
  {
    name: 'administrators cannot log in with tokens',
    file: 'decide.ts',
    from: "if (role.administrator) return r.end('allow', `the Administrator role can log in",
    to: "if (false) return r.end('allow', `the Administrator role can log in",
  },
  {
    name: 'a Cannot bullet overrides (ATM denies login)',
    file: 'decide.ts',
    from: 'const p = role.permissions;\n  if (p.has(LOGIN))',
    to: "const p = role.permissions;\n  if (p.has(ATM)) return r.end('deny', 'x', 'TBA-ATM-NO-LOGIN');\n  if (p.has(LOGIN))",
  },
  { name: 'endpoint serves other users', file: 'decide.ts', from: "if (channel === 'issuetoken-endpoint') return", to: 'if (false) return' },
  { name: 'Settings portlet serves other users', file: 'decide.ts', from: "if (channel === 'settings-portlet') return", to: 'if (false) return' },
  { name: "tokens for another user's Administrator role", file: 'decide.ts', from: 'if (tr.administrator) return', to: 'if (false) return' },
  { name: 'administrators cannot create tokens for others', file: 'decide.ts', from: '} else if (role.administrator) {', to: '} else if (false) {' },
  { name: 'token role need not be TBA-enabled', file: 'decide.ts', from: 'if (!tr.permissions.has(LOGIN) && !tr.permissions.has(UAT))', to: 'if (false)' },
  {
    name: 'User Access Tokens alone does not make a token role TBA-enabled',
    file: 'decide.ts',
    from: 'if (!tr.permissions.has(LOGIN) && !tr.permissions.has(UAT))',
    to: 'if (!tr.permissions.has(LOGIN))',
  },
  { name: 'own tokens for any held role', file: 'decide.ts', from: 'if (tr.key !== role.key)', to: 'if (false)' },
  {
    name: 'administrators create own tokens on the Access Tokens page',
    file: 'decide.ts',
    from: "if (role.administrator) return r.end('deny', `administrators",
    to: "if (role.administrator) return r.end('allow', `administrators",
  },
  {
    name: 'Log in using Access Tokens issues own tokens',
    file: 'decide.ts',
    from: "if (p.has(LOGIN)) return r.end('deny', `Log in using",
    to: "if (p.has(LOGIN)) return r.end('allow', `Log in using",
  },
  {
    name: 'Access Token Management issues own tokens',
    file: 'decide.ts',
    from: "if (p.has(ATM)) return r.end('deny', `Access Token Management does not let '${role.name}' ${verb} tokens for its own use, and",
    to: "if (p.has(ATM)) return r.end('allow', `Access Token Management does not let '${role.name}' ${verb} tokens for its own use, and",
  },
  {
    name: 'default channel swapped',
    file: 'decide.ts',
    from: "(self ? 'settings-portlet' : 'access-tokens-page')",
    to: "(self ? 'access-tokens-page' : 'settings-portlet')",
  },
  {
    name: 'revoke-token treated as always allowed for own tokens',
    file: 'decide.ts',
    from: "const p = role.permissions;\n  if (channel === 'access-tokens-page') {",
    to: "const p = role.permissions;\n  if (r.req.action === 'revoke-token') return r.end('allow', 'x', 'TBA-UAT-OWN');\n  if (channel === 'access-tokens-page') {",
  },
  {
    name: "the union of the user's roles decides, not the acting role",
    file: 'decide.ts',
    from: '  if (channel === null) return login(r, role);\n  return manageToken(r, actor, role, channel);',
    to: '  const union = { ...role, permissions: new Set([...actor.roles].flatMap((k) => [...(facts.role(k)?.permissions ?? [])])) };\n  if (channel === null) return login(r, union);\n  return manageToken(r, actor, union, channel);',
  },
  { name: 'expect lines lose their channel', file: 'lint.ts', from: 'if (e.channel) req.channel = e.channel.value;', to: '' },
  { name: "expect lines lose their target's role", file: 'lint.ts', from: 'role: index.role(e.target.role)!.name };', to: 'role: role.name };' },
  { name: 'any level counts, not only full', file: 'facts.ts', from: "g.level === 'full'", to: "g.level !== 'none'" },
  { name: 'inactive users read as active', file: 'facts.ts', from: 'inactive: u.inactive !== undefined', to: 'inactive: false' },
  { name: 'Web Services Only flag lost', file: 'facts.ts', from: 'webServicesOnly: r.webServicesOnly !== undefined', to: 'webServicesOnly: false' },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const accounts = Number(arg('accounts', '45'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-mutants-'));
for (const dir of ['server/src/engine', 'test/differential', 'test/helpers']) fs.cpSync(path.join(ROOT, dir), path.join(tmp, dir), { recursive: true });
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'));

// The same seeds and counts as test/engine/differential.test.ts, so "killed" means `npm test` would fail.
const RUN = `
const fc = require('fast-check');
const { accountArb } = require('./test/differential/account');
const { compareAccount, compareExpects } = require('./test/differential/compare');
const runs = [
  ['account', 20240607, ${accounts}, (spec) => compareAccount(spec)],
  ['expect-line account', 20240608, 30, (spec) => compareExpects(spec, 7)],
];
for (const [what, seed, numRuns, compare] of runs) {
  let n = 0;
  for (const spec of fc.sample(accountArb(), { seed, numRuns })) {
    n++;
    const c = compare(spec);
    if (c.disagreements.length) {
      const d = c.disagreements[0];
      console.log('killed on ' + what + ' ' + n + ': ' + JSON.stringify(d.question) + ' engine ' + d.engine.decision + ' cedar ' + d.cedar.decision);
      process.exit(1);
    }
  }
}
console.log('survived');
`;

let killed = 0;
try {
  for (const m of MUTANTS) {
    const file = path.join(tmp, 'server/src/engine', m.file);
    const original = fs.readFileSync(path.join(ROOT, 'server/src/engine', m.file), 'utf8');
    if (!original.includes(m.from as string)) {
      console.log(`SKIPPED  ${m.name}: the code it changes is gone`);
      continue;
    }
    fs.writeFileSync(file, original.replace(m.from, m.to));
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', RUN], { cwd: tmp, encoding: 'utf8' });
    fs.writeFileSync(file, original);
    const out = (r.stdout + r.stderr).trim().split('\n').pop();
    if (r.status === 1) killed++;
    console.log(`${r.status === 1 ? 'KILLED  ' : 'SURVIVED'} ${m.name}: ${out}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${killed} of ${MUTANTS.length} planted bugs caught`);
process.exit(killed === MUTANTS.length ? 0 : 1);

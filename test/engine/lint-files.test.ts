import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { type Finding, lintAccount, LintCache, loadAccount, parse, ParseCache, parseSdfRole } from '../../server/src/engine';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';
import { memoryHost, plain } from '../helpers/memory';
import { accountText } from '../properties/accounts';

// `files` asks lint for the findings located in some files only (the server's open documents):
// the answer must be the full lint's findings in those files, whatever else the account holds.

const PARTS = ['/main.nsroles', '/a.nsroles', '/sub/b.nsroles'];

/**
 * The account's top-level statements spread over three files, as `where` says (main includes the
 * others). Each goes with the comments and blank lines before it, so an ignore comment stays
 * above the line it is for.
 */
function spread(text: string, where: number[]): Record<string, string> {
  const tree = parse(text);
  const out: string[][] = [['include "a.nsroles"', 'include "sub/b.nsroles"'], [], []];
  let from = 0;
  tree.statements.forEach((s, i) => {
    out[where[i % where.length]].push(text.slice(from, s.end).replace(/^\r?\n/, ''));
    from = s.end;
  });
  out[where[0]].push(text.slice(from).replace(/^\r?\n/, ''));
  return Object.fromEntries(PARTS.map((f, i) => [f, `${out[i].join('\n')}\n`]));
}

const SETS = [['/main.nsroles'], ['/a.nsroles'], ['/sub/b.nsroles'], ['/a.nsroles', '/sub/b.nsroles'], PARTS, []];
const inFiles = (findings: Finding[], files: Set<string>) => plain(findings.filter((f) => files.has(f.loc.file)));
const unignored = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t.replaceAll('nsroles-ignore', 'nsroles-noted')]));

describe('lint: findings of some files only', function () {
  this.timeout(fuzzTimeout(120_000));

  it('equals the full lint kept to those files, for every choice of files (property)', () => {
    // Findings an ignore comment took away, over the runs: the comments must be exercised.
    let ignored = 0;
    fc.assert(
      fc.property(accountText, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }), (text, where) => {
        const files = spread(text, where);
        const host = memoryHost(files);
        const all = lintAccount(loadAccount('/main.nsroles', host));
        const kept = (list: Finding[]) => list.filter((f) => !f.rule.startsWith('NSR-IGNORE')).length;
        ignored += kept(lintAccount(loadAccount('/main.nsroles', memoryHost(unignored(files))))) - kept(all);
        for (const set of SETS) {
          const wanted = new Set(set);
          assert.deepEqual(plain(lintAccount(loadAccount('/main.nsroles', host), { files: wanted })), inFiles(all, wanted), set.join(', '));
        }
      }),
      fuzz(60, 0x11e5),
    );
    assert.ok(ignored > 0, 'no ignore comment took a finding away');
  });

  it('gives the same with the caches the server keeps, as files change and documents open and close (property)', () => {
    // One parse cache and one lint cache throughout, as in the server: unchanged statements bind to
    // the same entries, so a lint reuses what an earlier one kept, for files it checked or skipped.
    fc.assert(
      fc.property(
        accountText,
        accountText,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.record({ second: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), set: fc.nat(SETS.length - 1) }), { minLength: 2, maxLength: 8 }),
        (t1, t2, where, steps) => {
          const [v1, v2] = [spread(t1, where), spread(t2, where)];
          const parses = new ParseCache();
          const cache = new LintCache();
          for (const step of steps) {
            const texts = Object.fromEntries(PARTS.map((f, i) => [f, (step.second[i] ? v2 : v1)[f]]));
            const all = lintAccount(loadAccount('/main.nsroles', memoryHost(texts)));
            const wanted = new Set(SETS[step.set]);
            const got = lintAccount(loadAccount('/main.nsroles', memoryHost(texts), { cache: parses }), { files: wanted, cache });
            assert.deepEqual(plain(got), inFiles(all, wanted), SETS[step.set].join(', '));
          }
        },
      ),
      fuzz(40, 0x11e6),
    );
  });

  it('does not check the entries written in files not asked about', () => {
    const MAIN =
      'include "a.nsroles"\nuser "svc" { role "R" }\nuser "mgr" { role "R" }\ntoken "tm" { user "svc"; role "R"; created-by "mgr" }\nexpect "svc" as "R" can restlet-login\n';
    const A =
      'role "R" { permission "Log in using Acess Tokens" }\ntoken "ta" { user "svc"; role "R"; created-by "mgr" }\nexpect "svc" as "R" cannot restlet-login\n';
    const loaded = loadAccount('/main.nsroles', memoryHost({ '/main.nsroles': MAIN, '/a.nsroles': A }));
    const cache = new LintCache();
    const asked: string[] = [];
    const memo = cache.closest.permission;
    const closest = memo.closest.bind(memo);
    memo.closest = (name, candidates) => (asked.push(name), closest(name, candidates));
    const [tm, ta] = loaded.model.tokens;
    const [em, ea] = loaded.model.expects;
    // Twice: from the second lint on, a token's findings are kept in the cache.
    for (let i = 0; i < 2; i++) lintAccount(loaded, { files: new Set(['/main.nsroles']), cache });
    assert.deepEqual(asked, [], "the role's permissions were checked");
    assert.ok(cache.expects.has(em) && cache.tokens.has(tm));
    assert.ok(!cache.expects.has(ea) && !cache.tokens.has(ta), "a.nsroles' expect line or token was checked");
    const found = lintAccount(loaded, { files: new Set(['/a.nsroles']), cache });
    assert.deepEqual(asked, ['Log in using Acess Tokens']);
    assert.ok(cache.expects.has(ea) && cache.tokens.has(ta));
    assert.ok(found.some((f) => f.rule === 'NSR-UNKNOWN-PERMISSION'));
    assert.deepEqual(plain(found), inFiles(lintAccount(loaded), new Set(['/a.nsroles'])));
  });

  it('checks a SuiteCloud role object only when its file is asked about', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'netsuite-export', 'src', 'Objects');
    const sdf = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('customrole'))
      .map((f) => parseSdfRole(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
    const host = memoryHost({ '/main.nsroles': 'user "ana" { role customrole1002 }\n' });
    const all = lintAccount(loadAccount('/main.nsroles', host, { sdf }));
    const withFindings = [...new Set(all.map((f) => f.loc.file))].filter((f) => f.endsWith('.xml'));
    // The fixture's own findings: two role objects without two-factor, one with a redundant login.
    assert.ok(withFindings.length >= 2, `role objects with findings: ${withFindings.join(', ')}`);
    for (const file of withFindings) {
      const wanted = new Set([file]);
      const got = lintAccount(loadAccount('/main.nsroles', host, { sdf }), { files: wanted });
      assert.ok(got.length > 0);
      assert.deepEqual(plain(got), inFiles(all, wanted));
    }
    assert.deepEqual(
      lintAccount(loadAccount('/main.nsroles', host, { sdf }), { files: new Set(['/main.nsroles']) }).filter((f) => f.loc.file.endsWith('.xml')),
      [],
    );
  });
});

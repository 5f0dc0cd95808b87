import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { type Finding, lintAccount, LintCache, loadAccount, parse, parseSdfRole } from '../../server/src/engine';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';
import { memoryHost, plain } from '../helpers/memory';
import { accountText } from '../properties/accounts';

// `files` asks lint for the findings located in some files only (the server's open documents):
// the answer must be the full lint's findings in those files, whatever else the account holds.

const PARTS = ['/main.nsroles', '/a.nsroles', '/sub/b.nsroles'];

/** The account's top-level statements spread over three files, as `where` says (main includes the others). */
function spread(text: string, where: number[]): Record<string, string> {
  const tree = parse(text);
  const out: string[][] = [['include "a.nsroles"', 'include "sub/b.nsroles"'], [], []];
  tree.statements.forEach((s, i) => out[where[i % where.length]].push(text.slice(s.start, s.end)));
  // Comments too, so an ignore comment lands in some file.
  tree.comments.forEach((c, i) => out[where[(i + 1) % where.length]].push(c.text));
  return Object.fromEntries(PARTS.map((f, i) => [f, `${out[i].join('\n')}\n`]));
}

const inFiles = (findings: Finding[], files: Set<string>) => plain(findings.filter((f) => files.has(f.loc.file)));

describe('lint: findings of some files only', function () {
  this.timeout(fuzzTimeout(120_000));

  it('equals the full lint kept to those files, for every choice of files (property)', () => {
    fc.assert(
      fc.property(accountText, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }), (text, where) => {
        const host = memoryHost(spread(text, where));
        const all = lintAccount(loadAccount('/main.nsroles', host));
        for (const files of [['/main.nsroles'], ['/a.nsroles'], ['/sub/b.nsroles'], ['/a.nsroles', '/sub/b.nsroles'], PARTS, []]) {
          const wanted = new Set(files);
          assert.deepEqual(plain(lintAccount(loadAccount('/main.nsroles', host), { files: wanted })), inFiles(all, wanted), files.join(', '));
        }
      }),
      fuzz(60, 0x11e5),
    );
  });

  it('gives the same with a cache the server keeps across lints, as the open files change (property)', () => {
    fc.assert(
      fc.property(accountText, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }), (text, where) => {
        const host = memoryHost(spread(text, where));
        const all = lintAccount(loadAccount('/main.nsroles', host));
        const cache = new LintCache();
        for (const files of [['/main.nsroles'], PARTS, ['/a.nsroles'], ['/main.nsroles'], ['/sub/b.nsroles', '/main.nsroles']]) {
          const wanted = new Set(files);
          const got = lintAccount(loadAccount('/main.nsroles', host), { files: wanted, cache });
          assert.deepEqual(plain(got), inFiles(all, wanted), files.join(', '));
        }
      }),
      fuzz(40, 0x11e6),
    );
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

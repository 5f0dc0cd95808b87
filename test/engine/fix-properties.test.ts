/**
 * Properties of the quick fixes (fast-check), through the same language-service functions the
 * server's code actions call: on random role files full of mistakes, every fix offered for every
 * finding applies cleanly (edits inside the text, not overlapping), adds no syntax error, and
 * removes its finding (in files without syntax errors), and one applied unasked or by default
 * grants no access; "fix all" leaves nothing it could fix.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { applyEdits, buildMatrix, type FileEdit, type Finding, lintAccount, type LoadedAccount, loadAccount, ruleById } from '../../server/src/engine';
import { analysisOf } from '../../server/src/ide/analysis';
import { autoFixable, fixAllText, fixesFor } from '../../server/src/ide/fixes';
import { memoryHost } from '../helpers/memory';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';
import { accountText, SHARED } from '../properties/accounts';
import { EXAMPLES, mutatedExample } from '../properties/parser';

const SEED = 31_337;
const MAIN = '/main.nsroles';

type Files = Record<string, string>;

function lint(files: Files): { loaded: LoadedAccount; findings: Finding[] } {
  const loaded = loadAccount(MAIN, memoryHost(files));
  return { loaded, findings: lintAccount(loaded) };
}

function show(text: string): string {
  return JSON.stringify(text.length > 1500 ? text.slice(0, 1500) + '…' : text);
}

const stats = { fixes: 0, findings: 0, rules: new Set<string>() };

/** Every allowed cell of the account's matrix, every token target included. */
function allowed(loaded: LoadedAccount): Set<string> {
  return new Set(
    buildMatrix(loaded.model, { expandTargets: true })
      .filter((r) => r.decision === 'allow')
      .map((r) => JSON.stringify([r.user, r.role, r.action, r.target])),
  );
}

/**
 * Fixes that apply unasked (fix-all) or by default (preferred) grant nothing: an unknown name's
 * did-you-mean (a typo: the reference decided nothing before) and the fixes an expect line asks
 * for are the author's own request, and are left out.
 */
function mayGrant(f: Finding): boolean {
  return f.data?.kind === 'did-you-mean' || f.rule === 'NSR-EXPECT-FAILED';
}

/** Applies every fix of every finding in the main file, each to the original text, and checks it. */
function checkFixes(text: string): void {
  const files: Files = { [MAIN]: text, '/shared.nsroles': SHARED };
  const { loaded, findings } = lint(files);
  const a = analysisOf(MAIN, loaded);
  const syntax = (fs: Finding[]) => fs.filter((f) => f.rule === 'NSR-SYNTAX' && f.loc.file === MAIN).length;
  let grants: Set<string> | undefined;
  for (const f of findings) {
    if (f.loc.file !== MAIN) continue;
    const fixes = fixesFor(a, f);
    stats.findings++;
    // Code actions and fix-all ask only rules that say so for fixes to apply unasked.
    if (fixes.some((x) => x.auto)) assert.ok(ruleById(f.rule)?.autoFix, `${f.rule} applies a fix unasked but does not declare autoFix`);
    assert.equal(
      autoFixable(a, f),
      fixes.some((x) => x.auto),
      `autoFixable for ${f.rule} "${f.message}"`,
    );
    const same = (g: Finding) => g.rule === f.rule && g.message === f.message && g.loc.file === f.loc.file;
    const before = findings.filter(same).length;
    for (const fix of fixes) {
      stats.fixes++;
      stats.rules.add(f.rule);
      const what = `fix '${fix.title}' for ${f.rule} "${f.message}" in ${show(text)}`;
      const byFile = new Map<string, FileEdit[]>();
      for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
      const after: Files = { ...files };
      for (const [file, edits] of byFile) {
        const own = files[file];
        assert.ok(own !== undefined, `${what}: edits a file never read: ${file}`);
        const sorted = [...edits].sort((x, y) => x.span.start - y.span.start);
        sorted.forEach((e, i) => {
          assert.ok(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= own.length, `${what}: edit ${JSON.stringify(e.span)} outside the text`);
          if (i) assert.ok(sorted[i - 1].span.end <= e.span.start, `${what}: overlapping edits`);
        });
        after[file] = applyEdits(own, edits);
      }
      const relinted = lint(after);
      const fixed = relinted.findings;
      if ((fix.auto || fix.preferred) && !mayGrant(f)) {
        const before = (grants ??= allowed(loaded));
        const gained = [...allowed(relinted.loaded)].filter((c) => !before.has(c));
        assert.deepEqual(gained, [], `${what}: grants access:\n${show(after[MAIN])}`);
      }
      assert.ok(syntax(fixed) <= syntax(findings), `${what}: adds a syntax error:\n${show(after[MAIN])}`);
      // Where the text is already broken, a fix may land inside the damage: it must still apply cleanly.
      if (syntax(findings) === 0) assert.ok(fixed.filter(same).length < before, `${what}: the finding is still there:\n${show(after[MAIN])}`);
    }
  }
}

describe('quick-fix properties (fast-check)', function () {
  this.timeout(fuzzTimeout(30_000));
  after(() => console.log(`      applied ${stats.fixes} fixes to ${stats.findings} findings of ${stats.rules.size} rules`));

  it('random role files with mistakes: every fix applies cleanly and removes its finding', () => {
    fc.assert(
      fc.property(accountText, (text) => checkFixes(text)),
      fuzz(120, SEED),
    );
  });

  it('mutated examples: the same', () => {
    fc.assert(
      fc.property(mutatedExample, ({ text }) => checkFixes(text)),
      fuzz(60, SEED + 1),
    );
  });

  it('regressions the properties found', () => {
    const fix = (text: string, rule: string) => {
      const { loaded, findings } = lint({ [MAIN]: text });
      const f = findings.find((x) => x.rule === rule)!;
      return fixesFor(analysisOf(MAIN, loaded), f)[0];
    };
    // Adding a line after `inactive` while removing `inactive`: the edits overlapped, which clients refuse.
    const both = fix('role "A" {\n permission ADMI_LOGIN_OAUTH\n}\nuser "A" {\n inactive\n}\nexpect "A" as "A" can web-services-login', 'NSR-EXPECT-FAILED');
    assert.equal(
      applyEdits('role "A" {\n permission ADMI_LOGIN_OAUTH\n}\nuser "A" {\n inactive\n}\nexpect "A" as "A" can web-services-login', both.edits),
      'role "A" {\n permission ADMI_LOGIN_OAUTH\n}\nuser "A" {\n  role "A"\n}\nexpect "A" as "A" can web-services-login',
    );
    const wso = fix('role "S" { web-services-only }\nuser "u" { role "S" }\nexpect "u" as "S" can restlet-login\n', 'NSR-EXPECT-FAILED');
    assert.equal(wso.edits.length, 1);
    assert.equal(wso.edits[0].newText, ' permission "Log in using Access Tokens" full ');
    // The login permission listed twice: removing one left the finding.
    const twice = 'role "a" {\n permission ADMI_LOGIN_OAUTH\n permission ADMI_MANAGE_OWN_OAUTH_TOKENS\n permission ADMI_LOGIN_OAUTH\n}';
    assert.equal(applyEdits(twice, fix(twice, 'TBA-UAT-REDUNDANT-LOGIN').edits), 'role "a" {\n permission ADMI_MANAGE_OWN_OAUTH_TOKENS\n}');
    // A block with a syntax error inside gets no line added (it used to land inside the damage).
    const broken = 'role "T" { permission ADMI_LOGIN_OAUTH }\nuser "t" {ser "x" { role "Y" }\nexpect "t" as "T" can restlet-login\n';
    assert.ok(!fix(broken, 'NSR-EXPECT-FAILED').title.startsWith('Make it hold'));
    // The token's bare id reaches the second role named "Admin": assigning "Admin" gave the user
    // the first one and left the finding (seed 318455285). The fix writes the id as the token did.
    const dup =
      'token "Admin" {\n user "Admin"\n role customrole_a\n}\nrole "Admin" {}\nuser "Admin" {}\naccount "Acme" {\n token-based-authentication enabled\n}\nrole "Admin" {\n id customrole_a\n}';
    const assign = fix(dup, 'TBA-TOKEN-USER-ROLE');
    assert.equal(assign.title, "Assign role 'customrole_a' to user 'Admin'");
    const assigned = applyEdits(dup, assign.edits);
    assert.equal(assigned, dup.replace('user "Admin" {}', 'user "Admin" { role customrole_a }'));
    assert.deepEqual(
      lint({ [MAIN]: assigned }).findings.filter((x) => x.rule === 'TBA-TOKEN-USER-ROLE'),
      [],
    );
    // A flag written twice: removing one line left the role Web Services Only (seed 1976572773).
    const wso2 =
      'role "S" {\n permission ADMI_LOGIN_OAUTH\n web-services-only\n web-services-only\n}\nuser "u" { role "S" }\nexpect "u" as "S" can restlet-login\n';
    const { loaded: l2, findings: f2 } = lint({ [MAIN]: wso2 });
    const unmark = fixesFor(
      analysisOf(MAIN, l2),
      f2.find((x) => x.rule === 'NSR-EXPECT-FAILED')!,
    ).find((x) => x.title.includes('web-services-only'))!;
    assert.equal(applyEdits(wso2, unmark.edits), 'role "S" {\n permission ADMI_LOGIN_OAUTH\n}\nuser "u" { role "S" }\nexpect "u" as "S" can restlet-login\n');
    // A second role of the same name with the login grant twice: the change by name reached the
    // first role, and removing one line left the finding (seed 1610277216).
    const dupLogin = 'role "R" {}\nrole "R" {\n permission ADMI_LOGIN_OAUTH\n permission ADMI_LOGIN_OAUTH\n permission "User Access Tokens"\n}';
    assert.equal(applyEdits(dupLogin, fix(dupLogin, 'TBA-UAT-REDUNDANT-LOGIN').edits), 'role "R" {}\nrole "R" {\n permission "User Access Tokens"\n}');
    const oneLine = 'role "R" {}\nrole "R" { permission ADMI_LOGIN_OAUTH; permission ADMI_LOGIN_OAUTH; permission "User Access Tokens" }';
    const fixedLine = applyEdits(oneLine, fix(oneLine, 'TBA-UAT-REDUNDANT-LOGIN').edits);
    assert.deepEqual(
      lint({ [MAIN]: fixedLine }).findings.filter((x) => x.rule === 'TBA-UAT-REDUNDANT-LOGIN' || x.rule === 'NSR-SYNTAX'),
      [],
      fixedLine,
    );
    // Reached by its name, the role is still assigned by name.
    const unique = dup.replace('role "Admin" {\n id', 'role "Other" {\n id');
    assert.equal(applyEdits(unique, fix(unique, 'TBA-TOKEN-USER-ROLE').edits), unique.replace('user "Admin" {}', 'user "Admin" { role "Other" }'));
  });

  it('fix all: no new syntax error, and nothing safely fixable left', () => {
    fc.assert(
      fc.property(fc.oneof(accountText, fc.constant(EXAMPLES['mistakes/mistakes.nsroles'])), (text) => {
        const files: Files = { [MAIN]: text, '/shared.nsroles': SHARED };
        const relint = (t: string) => {
          const r = lint({ ...files, [MAIN]: t });
          return { analysis: analysisOf(MAIN, r.loaded), findings: r.findings };
        };
        const fixed = fixAllText(MAIN, text, relint);
        const before = relint(text).findings.filter((f) => f.rule === 'NSR-SYNTAX').length;
        const { analysis, findings } = relint(fixed);
        assert.ok(findings.filter((f) => f.rule === 'NSR-SYNTAX').length <= before, `fix all adds a syntax error:\n${show(fixed)}`);
        const left = findings.filter((f) => f.loc.file === MAIN && fixesFor(analysis, f).some((x) => x.auto && x.edits.every((e) => e.file === MAIN)));
        assert.deepEqual(
          left.map((f) => `${f.rule}: ${f.message}`),
          [],
          `fix all left fixable findings in:\n${show(fixed)}`,
        );
      }),
      fuzz(60, SEED + 2, 3),
    );
  });
});

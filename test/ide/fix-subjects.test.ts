/**
 * A rule's quick fix works from what its check saw: the finding's `subject` (the role, grant,
 * expect line or ignore comment), not a search of the model for something at the finding's
 * offset. Each case hands one finding the subject of another of the same rule, and the fix must
 * follow the subject; and a finding without one gets no rule fix rather than a guessed one.
 */
import { strict as assert } from 'assert';
import {
  applyEdits,
  type Finding,
  LintCache,
  lintAccount,
  loadAccount,
  loadAccountFiles,
  type LoadedAccount,
  ParseCache,
  parseSdfRole,
} from '../../server/src/engine';
import type { PermissionGrant } from '../../server/src/engine/model';
import { rule as twoFactorRule } from '../../server/src/engine/rules/TBA-2FA-REQUIRED';
import { rule as permLevelRule } from '../../server/src/engine/rules/TBA-PERM-LEVEL';
import type { Add } from '../../server/src/engine/rules/types';
import { analysisOf } from '../../server/src/ide/analysis';
import { fixesFor } from '../../server/src/ide/fixes';
import { load, memoryHost } from '../helpers/memory';

const MAIN = '/main.nsroles';

interface Case {
  rule: string;
  name: string;
  text: string;
  /** The fix to apply, by title; the first one when absent. */
  title?: RegExp;
}

const CASES: Case[] = [
  {
    rule: 'TBA-2FA-REQUIRED',
    name: 'a highly privileged role without a two-factor line',
    text: 'role "A" {\n  permission "Access Token Management" full\n}\nrole "B" {\n  permission "Access Token Management" full\n}\n',
  },
  {
    rule: 'TBA-2FA-REQUIRED',
    name: 'a highly privileged role with two-factor not-required',
    text: 'role "A" {\n  administrator\n  two-factor not-required\n}\nrole "B" {\n  administrator\n  two-factor not-required\n}\n',
  },
  {
    rule: 'TBA-PERM-LEVEL',
    name: 'two TBA permissions at view and edit',
    text: 'role "R" {\n  permission "Log in using Access Tokens" edit\n  permission "User Access Tokens" view\n}\n',
  },
  {
    rule: 'TBA-UAT-REDUNDANT-LOGIN',
    name: 'two roles with both token permissions',
    text:
      'role "A" {\n  permission "User Access Tokens" full\n  permission "Log in using Access Tokens" full\n}\n' +
      'role "B" {\n  permission "User Access Tokens" full\n  permission "Log in using Access Tokens" full\n}\n',
  },
  {
    rule: 'NSR-IGNORE-UNUSED',
    name: 'two ignore comments that suppress nothing',
    text: '# nsroles-ignore TBA-PERM-LEVEL\nrole "A" {}\n# nsroles-ignore TBA-2FA-REQUIRED\nrole "B" {}\n',
  },
  {
    rule: 'NSR-EXPECT-FAILED',
    name: 'two failing expect lines',
    text: 'role "R" {}\nuser "u" { role "R" }\nexpect "u" as "R" can restlet-login\nexpect "u" as "R" can web-services-login\n',
    title: /^Expect 'cannot' instead/,
  },
];

const XML = (comment: string, key: string) =>
  `    <permission>\n      <!-- nsroles-ignore ${comment} -->\n      <permkey>${key}</permkey>\n      <permlevel>FULL</permlevel>\n    </permission>\n`;
const ROLE_XML =
  '<role scriptid="customrole_x">\n  <centertype>BASIC</centertype>\n  <name>X</name>\n  <permissions>\n' +
  XML('SDF-PERM-LEVEL', 'ADMI_LOGIN_OAUTH') +
  XML('SDF-UNKNOWN-PERMKEY', 'LIST_CUSTJOB') +
  '  </permissions>\n</role>\n';
const ROLE_FILE = '/proj/src/Objects/customrole_x.xml';

/** The text after applying `f`'s fix (the one titled like `title`, or its first). */
function fixed(loaded: LoadedAccount, text: string, f: Finding, title?: RegExp): string | undefined {
  const fixes = fixesFor(analysisOf(f.loc.file, loaded), f).filter((x) => !x.title.startsWith('Ignore '));
  const fix = title ? fixes.find((x) => title.test(x.title)) : fixes[0];
  return fix && applyEdits(text, fix.edits);
}

/** Two findings of `rule`; the first handed the second's subject must be fixed as the second. */
function checkFollowsSubject(loaded: LoadedAccount, text: string, rule: string, title?: RegExp): void {
  const found = lintAccount(loaded).filter((f) => f.rule === rule);
  assert.equal(found.length, 2, `two ${rule} findings in:\n${text}`);
  const [a, b] = found;
  assert.ok(a.subject && b.subject && a.subject !== b.subject, `${rule}: each finding has its own subject`);
  const ofA = fixed(loaded, text, a, title);
  const ofB = fixed(loaded, text, b, title);
  assert.ok(ofA !== undefined && ofB !== undefined && ofA !== ofB, `${rule}: the two findings have different fixes`);
  assert.equal(fixed(loaded, text, { ...a, subject: b.subject }, title), ofB, `${rule}: the fix follows the subject, not the finding's offset`);
  assert.equal(fixed(loaded, text, { ...b, subject: a.subject }, title), ofA, `${rule}: the fix follows the subject, not the finding's offset`);
  // Without its subject a finding gets no rule fix: nothing finds it again by position.
  const bare = fixesFor(analysisOf(a.loc.file, loaded), { ...a, subject: undefined });
  assert.deepEqual(
    bare.filter((x) => !x.title.startsWith('Ignore ')).map((x) => x.title),
    [],
    `${rule}: no fix without the subject`,
  );
}

describe('quick fixes work from the subject their check attached', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, () => checkFollowsSubject(load(c.text), c.text, c.rule, c.title));
  }

  it('only a rule attaches a subject, and only of the type its fix reads (checked by tsc)', () => {
    const loc = { file: MAIN, span: { start: 0, end: 1 } };
    const grant = { ref: 'x', level: 'edit', explicitLevel: true, refLoc: loc, loc } satisfies PermissionGrant;
    const out: Finding[] = [];
    const add: Add = (which, at, message, extra = {}) => {
      const id = typeof which === 'string' ? which : which.id;
      const f: Finding = { rule: id, severity: 'error', loc: at, message, citations: [], ...extra };
      out.push(f);
      return f;
    };
    // @ts-expect-error a subject needs the rule itself, not its id
    add('TBA-PERM-LEVEL', loc, 'by id', { subject: grant });
    // @ts-expect-error TBA-2FA-REQUIRED's fix reads a role, not a grant
    add(twoFactorRule, loc, 'wrong subject', { subject: grant });
    add(permLevelRule, loc, 'right subject', { subject: grant });
    assert.deepEqual(
      out.map((f) => [f.rule, f.subject === grant]),
      [
        ['TBA-PERM-LEVEL', true],
        ['TBA-2FA-REQUIRED', true],
        ['TBA-PERM-LEVEL', true],
      ],
    );
  });

  it('NSR-IGNORE-UNUSED in a SuiteCloud role object', () => {
    const loaded = loadAccountFiles([], memoryHost({}), { sdf: [parseSdfRole(ROLE_FILE, ROLE_XML)] });
    checkFollowsSubject(loaded, ROLE_XML, 'NSR-IGNORE-UNUSED');
  });

  it('every path to a fix carries the subject: severity overrides and findings a cache kept', () => {
    const text = CASES.map((c) => c.text).join('');
    const rules = new Set(CASES.map((c) => c.rule));
    const host = memoryHost({ [MAIN]: text });
    const parsed = new ParseCache();
    const cache = new LintCache();
    // An account's first lint keeps nothing per expect line: the second keeps, the third reuses.
    lintAccount(loadAccount(MAIN, host, { cache: parsed }), { cache });
    const before = lintAccount(loadAccount(MAIN, host, { cache: parsed }), { cache });
    // Loaded again through the same caches: the entries are reused, and so are the expect lines' findings.
    const loaded = loadAccount(MAIN, host, { cache: parsed });
    const kept = lintAccount(loaded, { cache }).filter((f) => f.rule === 'NSR-EXPECT-FAILED');
    assert.equal(kept.length, 2);
    for (const f of kept) {
      assert.ok(before.includes(f), 'the finding was kept from the lint before');
      assert.ok(loaded.model.expects.includes(f.subject as never), 'a kept finding names an expect line of the model');
    }
    const severities = Object.fromEntries([...rules].map((r) => [r, 'information' as const]));
    const found = lintAccount(loaded, { severities, cache }).filter((f) => rules.has(f.rule));
    assert.deepEqual(new Set(found.map((f) => f.rule)), rules);
    for (const f of found) {
      assert.equal(f.severity, 'information');
      assert.ok(f.subject, `${f.rule} at ${f.loc.span.start} has no subject`);
      assert.ok(
        fixesFor(analysisOf(MAIN, loaded), f).some((x) => !x.title.startsWith('Ignore ')),
        `${f.rule} at ${f.loc.span.start}: no fix`,
      );
    }
  });
});

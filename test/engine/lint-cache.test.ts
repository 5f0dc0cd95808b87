import { strict as assert } from 'assert';
import {
  type AccountModel,
  decide,
  expectRequest,
  factsOf,
  type Finding,
  accountIndexOf,
  lintAccount,
  type LoadedAccount,
  loadAccount,
  FactsCache,
  LintCache,
  ModelFacts,
  ParseCache,
  suggest,
} from '../../server/src/engine';
import fc from 'fast-check';
import { DecisionMemo } from '../../server/src/engine/memo';
import { fuzz } from '../helpers/fuzz';
import { load, memoryHost, plain } from '../helpers/memory';
import { accountText } from '../properties/accounts';

// Lint remembers facts (by model entry) and decisions (by facts) between calls. Each case lints
// A, then a model B that shares some of A's entry objects, and compares with B linted afresh.
const A = `account "Acme" { token-based-authentication enabled }
role "Login" { id customrole_login; permission ADMI_LOGIN_OAUTH }
role "Own" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS }
role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
role "Old" { permission ADMI_LOGIN_OAUTH }
user "svc" { role customrole_login }
user "own" { role "Own" }
user "mgr" { role "Mgr" }
user "pat" { role "Old"; role "New" }
user "quinn" { role "New" }
integration "I" {}
token "t1" { user "svc"; role "Login"; integration "I"; created-by "mgr" }
token "t2" { user "own"; role "Own"; integration "I"; created-by "own" }
token "t3" { user "pat"; role "Old"; integration "I"; created-by "mgr" }
token "t4" { user "svc"; role customrole_login; integration "I"; created-by "svc" }
expect "svc" as customrole_login can restlet-login
expect "svc" as "Login" cannot web-services-login
expect "own" as "Own" can issue-token
expect "own" as "Own" can issue-token via access-tokens-page
expect "mgr" as "Mgr" can issue-token for "svc" as "Login"
expect "mgr" as "Mgr" can issue-token for "pat" as "Old"
expect "mgr" as "Mgr" cannot issue-token for "quinn" as "New"
expect "pat" as "Old" can restlet-login
expect "quinn" as "New" can restlet-login
expect "mgr" as "Mgr" can restlet-login
`;

/** A copy of `base` with a new array for every list: what bind hands over after an edit. */
function derive(base: LoadedAccount, change: (m: AccountModel) => void): LoadedAccount {
  const m = base.model;
  const model: AccountModel = {
    ...m,
    accounts: [...m.accounts],
    roles: [...m.roles],
    users: [...m.users],
    integrations: [...m.integrations],
    tokens: [...m.tokens],
    expects: [...m.expects],
    problems: [...m.problems],
  };
  change(model);
  return { ...base, model };
}

/** The entry named `name` in `list`, replaced by `patch` applied to a copy of it. */
function replace<T extends { name: string }>(list: T[], name: string, patch: (copy: T) => T): T {
  const i = list.findIndex((x) => x.name === name);
  assert.ok(i >= 0, name);
  list[i] = patch({ ...list[i] });
  return list[i];
}

/** B linted with nothing remembered: a cache of its own, and no entry object shared with anything. */
function lintFresh(b: LoadedAccount): Finding[] {
  return lintAccount({ ...b, model: plain(b.model) });
}

/** Lint as it was before the memo: every decision asked of `decide` itself. */
function lintUnmemoized(b: LoadedAccount): Finding[] {
  const memo = DecisionMemo.prototype;
  const { decide: full, decision } = memo;
  memo.decide = (facts, req) => decide(facts, req);
  memo.decision = (facts, req) => decide(facts, req).decision;
  try {
    return lintAccount(b);
  } finally {
    memo.decide = full;
    memo.decision = decision;
  }
}

/** A plain-data copy, so later mutation of the original would show. */
function snapshot(findings: Finding[]): unknown {
  return JSON.parse(JSON.stringify(findings));
}

const other = load(A.replace('role "Old" { permission ADMI_LOGIN_OAUTH }', 'role "Old" { permission ADMI_MANAGE_OAUTH_TOKENS }'));

const CHANGES: { name: string; change: (m: AccountModel) => void }[] = [
  {
    name: "a role's permission (Login loses ADMI_LOGIN_OAUTH)",
    change: (m) => replace(m.roles, 'Login', (r) => ({ ...r, permissions: [] })),
  },
  {
    name: "a role's permission, with the entry from another bind",
    change: (m) => replace(m.roles, 'Old', () => other.model.roles.find((r) => r.name === 'Old')!),
  },
  {
    name: "a user's roles (mgr loses Mgr, own gains Mgr)",
    change: (m) => {
      const mgr = m.users.find((u) => u.name === 'mgr')!;
      replace(m.users, 'mgr', (u) => ({ ...u, roles: [] }));
      replace(m.users, 'own', (u) => ({ ...u, roles: [...u.roles, ...mgr.roles] }));
    },
  },
  {
    // pat and quinn are the same objects as in A, but their references resolve differently.
    name: 'renaming a role (Old becomes New)',
    change: (m) => replace(m.roles, 'Old', (r) => ({ ...r, name: 'New', key: 'new' })),
  },
  {
    name: 'renaming a role its bare id still reaches (Login becomes Logon)',
    change: (m) => replace(m.roles, 'Login', (r) => ({ ...r, name: 'Logon', key: 'logon' })),
  },
  {
    name: "turning the account's token-based authentication off",
    change: (m) => replace(m.accounts, 'Acme', (acc) => ({ ...acc, tba: { value: false, loc: acc.tba!.loc } })),
  },
  {
    // Tokens are kept with what their checks read: here only the creator's role changes.
    name: "the token creator's role losing Access Token Management",
    change: (m) => replace(m.roles, 'Mgr', (r) => ({ ...r, permissions: [] })),
  },
  {
    // t1's role reference now reaches the new role, which svc does not hold.
    name: 'an earlier role taking the name a token reaches its role by',
    change: (m) => m.roles.unshift({ ...m.roles.find((r) => r.name === 'Own')!, name: 'Login', key: 'login' }),
  },
  {
    name: 'a user made inactive',
    change: (m) => replace(m.users, 'svc', (u) => ({ ...u, inactive: { value: true as const, loc: u.nameLoc } })),
  },
];

// Accounts where what a token's checks read changes while the token, its user and its role stay
// the same objects: the kept findings must follow.
const TOKEN_CASES: { name: string; text: string; change: (m: AccountModel) => void; rule: string }[] = [
  {
    // The token reaches the second "A" by its id; the checks read the facts of role key "a".
    name: 'the role facts its role key reaches (an earlier role of the same name removed)',
    text: `role "A" { }
role "A" { id a; permission ADMI_LOGIN_OAUTH }
user "u" { role a }
integration "I" {}
token "t" { user "u"; role a; integration "I" }
`,
    change: (m) => m.roles.splice(0, 1),
    rule: 'TBA-TOKEN-ROLE-LOGIN',
  },
  {
    // The fix assigns the role by a reference that reaches it: none while role "B" takes "b".
    name: 'the reference a fix would assign (a role that took its id as a name removed)',
    text: `role "A" { permission ADMI_LOGIN_OAUTH }
role "A" { id b; permission ADMI_LOGIN_OAUTH }
role "B" {}
role "X" {}
user "u" { role "X" }
integration "I" {}
token "t" { user "u"; role b; integration "I" }
`,
    change: (m) => m.roles.splice(2, 1),
    rule: 'TBA-TOKEN-USER-ROLE',
  },
  {
    // The creator holds the second "M" by its id; decisions read the facts of role key "m".
    name: "the facts of the creator's role (an earlier role of the same name removed)",
    text: `role "M" { }
role "M" { id m; permission ADMI_MANAGE_OAUTH_TOKENS }
role "L" { permission ADMI_LOGIN_OAUTH }
user "mgr" { role m }
user "svc" { role "L" }
integration "I" {}
token "t" { user "svc"; role "L"; integration "I"; created-by "mgr" }
`,
    change: (m) => m.roles.splice(0, 1),
    rule: 'TBA-TOKEN-CREATOR',
  },
];

describe("lint caches: a token's kept findings", () => {
  for (const c of TOKEN_CASES) {
    it(`follow ${c.name}`, () => {
      const cache = new LintCache();
      const a = load(c.text);
      // Tokens are kept from an account's second lint: lint twice, so B's lint reuses.
      lintAccount(a, { cache });
      const before = lintAccount(a, { cache });
      const b = derive(a, c.change);
      const warm = lintAccount(b, { cache });
      const fresh = lintFresh(b);
      const of = (fs: Finding[]) => snapshot(fs.filter((f) => f.rule === c.rule));
      assert.notDeepEqual(of(fresh), of(before), 'the change must show in the rule');
      assert.deepEqual(plain(warm), plain(fresh));
    });
  }

  it('are the same objects on a lint with nothing changed, from the second lint with a cache only', () => {
    const a = load(A.replace('role "Login" {', 'role "Lgin" {'));
    const cache = new LintCache();
    const token = (f: Finding) => f.rule.startsWith('TBA-TOKEN-') || f.rule === 'NSR-EXPECT-FAILED';
    const kept = (f: Finding) => token(f) || f.rule === 'NSR-UNKNOWN-REF';
    // Tokens' and expect lines' findings are kept from the account's second lint on, not after its first.
    const zeroth = lintAccount(a, { cache });
    const first = lintAccount(a, { cache });
    const second = lintAccount(a, { cache });
    assert.ok(first.filter((f) => f.rule === 'NSR-UNKNOWN-REF').length >= 2, 'unknown references');
    assert.ok(
      first.some((f) => f.rule.startsWith('TBA-TOKEN-')),
      'token findings',
    );
    assert.ok(
      first.some((f) => f.rule === 'NSR-EXPECT-FAILED'),
      'failing expect lines',
    );
    first.forEach((f, i) => {
      if (token(f)) assert.notEqual(zeroth[i], f, f.message);
      assert.deepEqual(zeroth[i], f);
      if (kept(f)) assert.equal(second[i], f, f.message);
    });
    const none = lintAccount(a);
    first.forEach((f, i) => {
      if (kept(f)) assert.notEqual(lintAccount(a)[i], f);
      assert.deepEqual(none[i], f);
    });
  });
});

describe('lint caches: a model that reuses entry objects', () => {
  for (const c of CHANGES) {
    it(`gives the findings of a fresh lint after ${c.name}`, () => {
      const cache = new LintCache();
      const a = load(A);
      const before = lintAccount(a, { cache });
      lintAccount(a, { cache }); // a second lint, so A's decisions are remembered
      const b = derive(a, c.change);
      const warm = lintAccount(b, { cache });
      const fresh = lintFresh(b);
      assert.notDeepEqual(snapshot(fresh), snapshot(before), 'the change must show in the findings');
      assert.deepEqual(plain(warm), plain(fresh));
      assert.deepEqual(snapshot(warm), snapshot(lintUnmemoized(b)), 'the same as deciding every question');
      // And going back to A gives A's findings again.
      assert.deepEqual(lintAccount(a, { cache }), before);
    });
  }

  it('gives the findings of a fresh lint after every change in a row', () => {
    const cache = new LintCache();
    let cur = load(A);
    lintAccount(cur, { cache });
    for (const c of CHANGES) {
      cur = derive(cur, c.change);
      const warm = lintAccount(cur, { cache });
      assert.deepEqual(plain(warm), plain(lintFresh(cur)), c.name);
      lintAccount(cur, { cache });
    }
  });

  it('keeps what one cache remembers out of another, and out of lints without one', () => {
    const a = load(A);
    const one = new LintCache();
    const first = lintAccount(a, { cache: one });
    const failed = (fs: Finding[]) => fs.filter((f) => f.rule === 'NSR-EXPECT-FAILED');
    assert.ok(failed(first).length >= 2, 'the account has failing expect lines');
    // The same cache hands out the verdicts it kept; another cache and no cache decide afresh.
    const again = failed(lintAccount(a, { cache: one }));
    const other = failed(lintAccount(a, { cache: new LintCache() }));
    const none = failed(lintAccount(a));
    failed(first).forEach((f, i) => {
      assert.equal(again[i].verdict, f.verdict);
      assert.notEqual(other[i].verdict, f.verdict);
      assert.notEqual(none[i].verdict, f.verdict);
      assert.deepEqual(other[i], f);
      assert.deepEqual(none[i], f);
    });
  });

  it('after edits bound incrementally (entries reused by bind), warm lints equal cold ones', () => {
    // Line edits that mix two random accounts: renames, moved references, changed grants and flags.
    const step = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), take: fc.nat(), count: fc.nat({ max: 3 }) });
    fc.assert(
      fc.property(accountText, accountText, fc.array(step, { minLength: 1, maxLength: 6 }), (t1, t2, steps) => {
        const donor = t2.split('\n');
        const texts = [t1];
        for (const st of steps) {
          const lines = texts[texts.length - 1].split('\n');
          const at = st.at % (lines.length + 1);
          const from = st.take % donor.length;
          lines.splice(at, st.remove, ...donor.slice(from, from + st.count));
          texts.push(lines.join('\n'));
        }
        const cache = new ParseCache();
        const lintCache = new LintCache();
        // Snapshots at once: a later edit moves the spans of reused entries, and so of earlier findings.
        const warm = texts.map((t) => snapshot(lintAccount(loadAccount('/main.nsroles', memoryHost({ '/main.nsroles': t }), { cache }), { cache: lintCache })));
        texts.forEach((t, i) => {
          const cold = load(t);
          assert.deepStrictEqual(warm[i], snapshot(lintAccount(cold)), `step ${i}`);
          assert.deepStrictEqual(warm[i], snapshot(lintUnmemoized(cold)), `step ${i}, unmemoized`);
        });
      }),
      // A fixed seed in npm test; `npm run fuzz` runs it long from a random one.
      fuzz(150, 616161, 4),
    );
  });

  it('reuses facts by entry, and rebuilds a user whose references resolve differently', () => {
    const a = load(A);
    const b = derive(a, (m) => replace(m.roles, 'Old', (r) => ({ ...r, name: 'New', key: 'new' })));
    const cache = new FactsCache();
    const fa = factsOf(a.model, accountIndexOf(a.model), cache);
    const fb = factsOf(b.model, accountIndexOf(b.model), cache);
    assert.equal(fb.roleByKey('mgr'), fa.roleByKey('mgr'), 'same RoleDefinition, same RoleFacts');
    assert.notEqual(new ModelFacts(b.model, accountIndexOf(b.model)).roleByKey('mgr'), fa.roleByKey('mgr'), 'another cache builds its own');
    assert.equal(fb.userByKey('mgr'), fa.userByKey('mgr'), 'same UserDefinition and resolution, same UserFacts');
    assert.equal(fa.roleByKey('new'), undefined);
    assert.ok(fb.roleByKey('new'));
    // pat's entry object is shared, but "Old" no longer resolves and "New" does.
    assert.equal(
      b.model.users.find((u) => u.name === 'pat'),
      a.model.users.find((u) => u.name === 'pat'),
    );
    assert.notEqual(fb.userByKey('pat'), fa.userByKey('pat'));
    assert.deepEqual([...fa.userByKey('pat')!.roles], ['old']);
    assert.deepEqual([...fb.userByKey('pat')!.roles], ['new']);
    assert.deepEqual([...fa.userByKey('quinn')!.roles], []);
    assert.deepEqual([...fb.userByKey('quinn')!.roles], ['new']);
  });

  it('hands out remembered verdicts frozen and equal to a fresh decision, and never changes earlier findings', () => {
    const cache = new LintCache();
    const a = load(A);
    const first = lintAccount(a, { cache });
    const kept = snapshot(first);
    const second = lintAccount(a, { cache });
    const failed = first.filter((f) => f.rule === 'NSR-EXPECT-FAILED');
    assert.ok(failed.length >= 2, 'the account has failing expect lines');
    for (const f of failed) {
      const again = second.find((x) => x.rule === f.rule && x.loc.span.start === f.loc.span.start)!;
      assert.equal(again.verdict, f.verdict, 'the second lint reuses the verdict object');
      const v = f.verdict!;
      assert.ok(Object.isFrozen(v) && Object.isFrozen(v.trace) && Object.isFrozen(v.citations) && v.citations.every(Object.isFrozen));
      assert.equal(Reflect.set(v, 'decision', v.decision === 'allow' ? 'deny' : 'allow'), false);
      assert.equal(Reflect.set(v.trace, v.trace.length, 'extra'), false);
      // The same question asked directly, with no memo: the same verdict.
      const e = a.model.expects.find((x) => x.loc.span.start === f.loc.span.start)!;
      const req = expectRequest(e, accountIndexOf(a.model))!;
      const facts = factsOf(a.model);
      assert.deepEqual(v, decide(facts, req));
      // Suggestions decide on overlays of the facts; the verdict they start from stays as it was.
      suggest(facts, req, v);
      assert.deepEqual(v, decide(facts, req));
    }
    const creator = first.find((f) => f.rule === 'TBA-TOKEN-CREATOR');
    assert.ok(creator, 'the account has a creator finding');
    // Linting other models in between changes nothing already handed out.
    for (const c of CHANGES) lintAccount(derive(a, c.change), { cache });
    lintAccount(a, { cache });
    assert.deepEqual(snapshot(first), kept);
  });

  it('drops decisions that no lint asked for in the last two', () => {
    const a = load(A);
    const facts = factsOf(a.model, accountIndexOf(a.model));
    const memo = new DecisionMemo();
    const req = { user: 'mgr', role: 'Mgr', action: 'issue-token' as const, target: { user: 'svc', role: 'Login' } };
    const keys = { user: 'mgr', role: 'mgr', target: { user: 'svc', role: 'login' } };
    memo.nextGeneration();
    const v = memo.decide(facts, req, keys);
    assert.deepEqual(v, decide(facts, req));
    memo.nextGeneration();
    assert.equal(memo.decide(facts, req, keys), v, 'used in the last lint: kept');
    memo.nextGeneration();
    memo.nextGeneration();
    assert.equal(memo.decide(facts, req, keys), v, 'used two lints ago: kept');
    memo.nextGeneration();
    memo.nextGeneration();
    memo.nextGeneration();
    const again = memo.decide(facts, req, keys);
    assert.notEqual(again, v, 'unused for longer: dropped');
    assert.deepEqual(again, v);
  });

  it('does not remember a request that names something undefined, since the verdict quotes it', () => {
    const a = load(A);
    const facts = factsOf(a.model, accountIndexOf(a.model));
    const memo = new DecisionMemo();
    const ask = (user: string) => memo.decide(facts, { user, role: 'Mgr', action: 'restlet-login' }, { user: user.toLowerCase(), role: 'mgr' });
    assert.match(lastStep(ask('Nobody')), /no user 'Nobody'/);
    assert.match(lastStep(ask('Someone')), /no user 'Someone'/);
    assert.equal(Object.isFrozen(ask('Nobody')), false, 'decided afresh, not handed out from the memo');
  });
});

function lastStep(v: { trace: readonly string[] }): string {
  return v.trace[v.trace.length - 1];
}

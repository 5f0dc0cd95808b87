import { strict as assert } from 'assert';
import { type Finding, lintAccount, RULES, withFirstSuggestions } from '../../server/src/engine';
import { load } from '../helpers/memory';

const OK_ROLES = `role "Login" { permission ADMI_LOGIN_OAUTH }
role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
user "svc" { role "Login" }
user "mgr" { role "Mgr" }
`;

/** For each rule: a text where it must fire (at the marked text) and a close text where it must not. */
const CASES: { rule: string; fires: string; at: string; clean: string; extra?: Record<string, string> }[] = [
  {
    rule: 'NSR-SYNTAX',
    fires: 'role "A" { permision ADMI_LOGIN_OAUTH }',
    at: 'permision',
    clean: 'role "A" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "A" }',
  },
  {
    rule: 'NSR-INCLUDE-MISSING',
    fires: 'include "missing.nsroles"',
    at: 'include "missing.nsroles"',
    clean: 'include "there.nsroles"',
    extra: { '/there.nsroles': 'role "B" {}' },
  },
  {
    rule: 'NSR-ACCOUNT-CONFLICT',
    fires: 'account "A" { token-based-authentication enabled }\naccount "A" { token-based-authentication disabled }',
    at: 'token-based-authentication disabled',
    clean: 'account "A" { token-based-authentication enabled }\naccount "a " { token-based-authentication enabled }',
  },
  { rule: 'NSR-INCLUDE-CYCLE', fires: 'include "main.nsroles"', at: 'include "main.nsroles"', clean: '' },
  { rule: 'NSR-UNKNOWN-REF', fires: OK_ROLES + 'user "x" { role "Logn" }', at: '"Logn"', clean: OK_ROLES + 'user "x" { role "login" }' },
  { rule: 'NSR-DUPLICATE', fires: OK_ROLES + 'user "SVC " { role "Login" }', at: '"SVC "', clean: OK_ROLES + 'user "svc2" { role "Login" }' },
  {
    rule: 'NSR-UNKNOWN-PERMISSION',
    fires: OK_ROLES + 'role "R" { permission ADMI_FLY }',
    at: 'ADMI_FLY',
    clean: OK_ROLES + 'role "R" { permission ADMI_KERNEL none }',
  },
  {
    rule: 'TBA-PERM-LEVEL',
    fires: OK_ROLES.replace('ADMI_LOGIN_OAUTH', 'ADMI_LOGIN_OAUTH view'),
    at: 'view',
    clean: OK_ROLES.replace('ADMI_LOGIN_OAUTH', 'ADMI_LOGIN_OAUTH full'),
  },
  {
    rule: 'TBA-2FA-REQUIRED',
    fires: OK_ROLES + 'role "Admin" { administrator }\nuser "a" { role "Admin" }',
    at: '"Admin"',
    clean: OK_ROLES + 'role "Admin" { administrator; two-factor required }\nuser "a" { role "Admin" }',
  },
  {
    rule: 'TBA-UAT-REDUNDANT-LOGIN',
    fires: 'role "P" {\n  permission ADMI_MANAGE_OWN_OAUTH_TOKENS\n  permission ADMI_LOGIN_OAUTH\n}\nuser "p" { role "P" }',
    at: 'permission ADMI_LOGIN_OAUTH',
    clean: 'role "P" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS }\nuser "p" { role "P" }',
  },
  {
    rule: 'TBA-ROLE-UNASSIGNED',
    fires: OK_ROLES + 'role "Lonely" { permission ADMI_LOGIN_OAUTH }',
    at: '"Lonely"',
    clean: OK_ROLES + 'role "Lonely" { permission ADMI_LOGIN_OAUTH none }',
  },
  {
    rule: 'TBA-TOKEN-USER-ROLE',
    fires: OK_ROLES + 'integration "I" {}\ntoken "t" { user "mgr"; role "Login"; integration "I" }',
    at: '"Login"',
    clean: OK_ROLES + 'integration "I" {}\ntoken "t" { user "svc"; role "Login"; integration "I" }',
  },
  {
    rule: 'TBA-TOKEN-ROLE-LOGIN',
    fires: OK_ROLES + 'integration "I" {}\ntoken "t" { user "mgr"; role "Mgr"; integration "I" }',
    at: '"Mgr"',
    clean: OK_ROLES + 'integration "I" {}\ntoken "t" { user "svc"; role "Login"; integration "I" }',
  },
  {
    rule: 'TBA-TOKEN-CREATOR',
    fires: OK_ROLES + 'integration "I" {}\ntoken "t" { user "svc"; role "Login"; integration "I"; created-by "svc" }',
    at: '"svc"',
    clean: OK_ROLES + 'integration "I" {}\ntoken "t" { user "svc"; role "Login"; integration "I"; created-by "mgr" }',
  },
  {
    rule: 'TBA-TOKEN-INTEGRATION',
    fires: OK_ROLES + 'integration "I" { state blocked }\ntoken "t" { user "svc"; role "Login"; integration "I" }',
    at: 'state blocked',
    clean: OK_ROLES + 'integration "I" { state enabled }\ntoken "t" { user "svc"; role "Login"; integration "I" }',
  },
  {
    rule: 'TBA-FEATURE-DISABLED',
    fires: 'account "A" { token-based-authentication disabled }\n' + OK_ROLES,
    at: 'token-based-authentication disabled',
    clean: 'account "A" { token-based-authentication enabled }\n' + OK_ROLES,
  },
  {
    rule: 'NSR-EXPECT-FAILED',
    fires: OK_ROLES + 'expect "mgr" as "Mgr" can restlet-login',
    at: 'expect "mgr" as "Mgr" can restlet-login',
    clean: OK_ROLES + 'expect "mgr" as "Mgr" cannot restlet-login',
  },
  {
    rule: 'TBA-2027-INTEGRATIONS',
    fires: 'integration "I" { token-based-authentication enabled }',
    at: '"I"',
    clean: 'integration "I" { token-based-authentication disabled }',
  },
  {
    rule: 'NSR-IGNORE-UNKNOWN',
    fires: OK_ROLES + '# nsroles-ignore TBA-NOPE\nrole "X" {}',
    at: 'TBA-NOPE',
    clean: OK_ROLES + '# nsroles-ignore TBA-ROLE-UNASSIGNED\nrole "X" { permission ADMI_LOGIN_OAUTH }',
  },
  {
    rule: 'NSR-IGNORE-UNUSED',
    fires: OK_ROLES + '# nsroles-ignore TBA-ROLE-UNASSIGNED\nrole "X" {}',
    at: 'TBA-ROLE-UNASSIGNED',
    clean: OK_ROLES + '# nsroles-ignore TBA-ROLE-UNASSIGNED\nrole "X" { permission ADMI_LOGIN_OAUTH }',
  },
  {
    rule: 'TBA-AUTHFLOW-CALLBACK',
    fires: OK_ROLES + 'integration "App" { authorization-flow enabled }',
    at: 'authorization-flow enabled',
    clean:
      OK_ROLES +
      'integration "App" { authorization-flow enabled; callback-url "https://app.example.com/cb" }\nintegration "Other" { authorization-flow disabled }',
  },
  {
    rule: 'TBA-2FA-CUSTOMER-CENTER',
    fires: OK_ROLES + 'role "Portal" { center customer; two-factor required }',
    at: 'two-factor required',
    clean: OK_ROLES + 'role "Portal" { center customer }\nrole "Partners" { center partner; two-factor required }',
  },
  {
    rule: 'TBA-2FA-SAML-SSO',
    fires: OK_ROLES + 'role "SSO" { single-sign-on-only; two-factor required }',
    at: 'two-factor required',
    clean: OK_ROLES + 'role "SSO" { single-sign-on-only }\nrole "Plain" { two-factor required }',
  },
  {
    rule: 'TBA-TOKEN-INACTIVE',
    fires: OK_ROLES + 'integration "App" {}\ntoken "t" { user "svc"; role "Login"; integration "App"; inactive }',
    at: 'inactive',
    clean: OK_ROLES + 'integration "App" {}\ntoken "t" { user "svc"; role "Login"; integration "App"; revoked }',
  },
];

function lint(text: string, extra: Record<string, string> = {}): Finding[] {
  return lintAccount(load(text, extra));
}

describe('lint rules', () => {
  // SuiteCloud (SDF) rules have their own cases in sdf.test.ts; NSR-ACCESS-CHANGED, which needs
  // an access lock beside the account, in access-lock.test.ts.
  const elsewhere = new Set(['NSR-ACCESS-CHANGED']);
  const lintRules = RULES.filter((r) => r.kind === 'lint' && !r.id.startsWith('SDF-') && !elsewhere.has(r.id)).map((r) => r.id);

  it('every lint rule has a case here', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    assert.deepEqual(
      lintRules.filter((id) => !covered.has(id)),
      [],
    );
  });

  for (const c of CASES) {
    it(`${c.rule}: fires at the exact place, and not on the corrected text`, () => {
      const findings = lint(c.fires, c.extra);
      const hit = findings.find((f) => f.rule === c.rule);
      assert.ok(hit, `${c.rule} did not fire; got ${findings.map((f) => f.rule).join(', ')}`);
      const text = hit.loc.file === '/main.nsroles' ? c.fires : c.extra![hit.loc.file];
      assert.equal(text.slice(hit.loc.span.start, hit.loc.span.end), c.at);
      assert.ok(hit.message.length > 20, 'message says what to do');
      assert.ok(hit.citations.length > 0 && hit.citations.every((x) => x.quote.length > 0), 'carries a verbatim quote');
      assert.deepEqual(
        lint(c.clean, c.extra)
          .filter((f) => f.rule === c.rule)
          .map((f) => f.message),
        [],
      );
    });
  }

  it('2FA: not-required on an administrator is a warning at that line saying NetSuite requires it anyway; missing is a warning', () => {
    const text = 'role "Admin" {\n  administrator\n  two-factor not-required\n}\nuser "a" { role "Admin" }';
    const f = lint(text).find((x) => x.rule === 'TBA-2FA-REQUIRED')!;
    // NetSuite stores and exports that value, and enforces 2FA regardless: not a CI-blocking error.
    assert.equal(f.severity, 'warning');
    assert.equal(f.loc.span.start, text.indexOf('two-factor not-required'));
    assert.match(f.message, /requires two-factor authentication whatever the file says/);
    assert.deepEqual(f.data, { kind: 'two-factor', role: 'Admin', current: 'not-required' });
    const g = lint('role "HP" { permission ADMI_KERNEL }\nuser "a" { role "HP" }').find((x) => x.rule === 'TBA-2FA-REQUIRED')!;
    assert.equal(g.severity, 'warning');
    assert.match(g.message, /Core Administration Permissions/);
  });

  it('a token that cannot be used names the error NetSuite shows, as the troubleshoot catalogue lists it', () => {
    const base =
      'role "R" { permission "Log in using Access Tokens" full }\nrole "S" { permission "Log in using Access Tokens" full }\nuser "u" { role "R" }\n';
    const lost = lint(base + 'token "t" { user "u"; role "S" }').find((x) => x.rule === 'TBA-TOKEN-USER-ROLE')!;
    assert.match(lost.message, /NetSuite answers token_rejected \(RESTlets\) or InvalidToken \(SOAP and REST web services\)/);
    for (const [state, shown] of [
      ['blocked', /refuses its consumer key \(consumer_key_refused, or IntegrationBlocked in the authorization flow\)/],
      ['waiting-for-approval', /blocks all its requests \(consumer_key_refused, or IntegrationBlocked in the authorization flow\)/],
    ] as const) {
      const f = lint(base + `integration "I" {\n  state ${state}\n}\ntoken "t" { user "u"; role "R"; integration "I" }`).find(
        (x) => x.rule === 'TBA-TOKEN-INTEGRATION',
      )!;
      assert.match(f.message, shown);
    }
    const inactive = lint(base + 'token "t" { user "u"; role "R"; inactive }').find((x) => x.rule === 'TBA-TOKEN-INACTIVE')!;
    assert.match(inactive.message, /NetSuite answers token_rejected/);
  });

  it('did-you-mean data names the closest definitions', () => {
    const f = lint(OK_ROLES + 'expect "svc" as "Logn" can restlet-login').find((x) => x.rule === 'NSR-UNKNOWN-REF')!;
    assert.deepEqual(f.data, { kind: 'did-you-mean', refKind: 'role', name: 'Logn', candidates: ['Login'] });
    assert.match(f.message, /did you mean 'Login'/);
  });

  it('duplicates point at the first definition', () => {
    const f = lint(OK_ROLES + 'role "login" {}').find((x) => x.rule === 'NSR-DUPLICATE')!;
    assert.equal(f.related![0].loc.span.start, OK_ROLES.indexOf('"Login"'));
    assert.equal(f.message, "The role 'login' is already defined; merge the two or rename this one. Only the first counts: this one is never used.");
    // Reached by its id, it still decides with the first role's settings: the message says so.
    const byId = lint(OK_ROLES + 'role "login" { id customrole_login_2 }').find((x) => x.rule === 'NSR-DUPLICATE')!;
    assert.match(byId.message, /Only the first counts: decisions for customrole_login_2 use the first role's settings\.$/);
  });

  it('the redundant permission is marked unnecessary and points at User Access Tokens', () => {
    const f = lint('role "P" { permission ADMI_MANAGE_OWN_OAUTH_TOKENS; permission ADMI_LOGIN_OAUTH }\nuser "p" { role "P" }').find(
      (x) => x.rule === 'TBA-UAT-REDUNDANT-LOGIN',
    )!;
    assert.equal(f.unnecessary, true);
    assert.equal(f.severity, 'hint');
    assert.ok(f.related?.length);
  });

  it('a failing expect says the actual decision and why, and carries the decision’s citations', () => {
    const f = lint(OK_ROLES + 'expect "mgr" as "Mgr" can restlet-login').find((x) => x.rule === 'NSR-EXPECT-FAILED')!;
    assert.match(f.message, /^Expected 'can', but the decision is DENY: Access Token Management does not allow[^\n]*\.$/);
    assert.ok(f.citations.some((c) => c.rule === 'TBA-ATM-NO-LOGIN'));
    // What would make it hold is computed by the quick fixes and the hover, for the line asked about.
    assert.deepEqual(f.data, { kind: 'expect', expected: 'can', actual: 'deny' });
  });

  it('nsroles check adds the first change that would make a failing expect hold; other findings are kept as they are', () => {
    const loaded = load(OK_ROLES + 'role "Mgr" {}\nexpect "mgr" as "Mgr" can restlet-login');
    const plain = lintAccount(loaded);
    const told = withFirstSuggestions(loaded, plain);
    assert.equal(told.length, plain.length);
    plain.forEach((f, i) => {
      if (f.rule !== 'NSR-EXPECT-FAILED') return assert.equal(told[i], f);
      assert.equal(told[i].message, `${f.message} To make it hold: add the permission "Log in using Access Tokens" (ADMI_LOGIN_OAUTH) to role "Mgr".`);
    });
    assert.ok(plain.some((f) => f.rule === 'NSR-EXPECT-FAILED') && plain.some((f) => f.rule !== 'NSR-EXPECT-FAILED'));
    // It works from the expect line the check attached, not from the finding's position.
    const bare = plain.map((f) => ({ ...f, subject: undefined }));
    assert.deepEqual(
      withFirstSuggestions(loaded, bare).map((f) => f.message),
      bare.map((f) => f.message),
    );
  });

  it('an ignore comment suppresses the next line only, for the named rule only', () => {
    const text = OK_ROLES + '# nsroles-ignore TBA-ROLE-UNASSIGNED\nrole "X" { permission ADMI_LOGIN_OAUTH }\nrole "Y" { permission ADMI_LOGIN_OAUTH }';
    const f = lint(text).filter((x) => x.rule === 'TBA-ROLE-UNASSIGNED');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /'Y'/);
  });

  it('severity settings override defaults and switch rules off', () => {
    const l = load('integration "I" {}');
    assert.equal(lintAccount(l, { severities: { 'TBA-2027-INTEGRATIONS': 'off' } }).length, 0);
    assert.equal(lintAccount(l, { severities: { 'TBA-2027-INTEGRATIONS': 'error' } })[0].severity, 'error');
  });

  it('a revoked or inactive token is not checked for usability', () => {
    for (const flag of ['revoked', 'inactive']) {
      const f = lint(OK_ROLES + `token "t" { user "mgr"; role "Login"; ${flag} }`);
      assert.deepEqual(
        f.filter((x) => x.rule.startsWith('TBA-TOKEN') && x.rule !== 'TBA-TOKEN-INACTIVE'),
        [],
        flag,
      );
    }
  });

  it('an expect line naming an undefined integration is an unknown reference, not a decision', () => {
    const f = lint(OK_ROLES + 'integration "Orders Sync" {}\nexpect "svc" as "Login" can restlet-login with "Orders Snyc"');
    const ref = f.filter((x) => x.rule === 'NSR-UNKNOWN-REF');
    assert.equal(ref.length, 1);
    assert.match(ref[0].message, /No integration 'Orders Snyc' is defined \(did you mean 'Orders Sync'\?\)/);
    assert.deepEqual(
      f.filter((x) => x.rule === 'NSR-EXPECT-FAILED'),
      [],
    );
  });

  it('an expect line with an integration is decided with that integration', () => {
    const text = OK_ROLES + 'integration "Held" { state blocked }\nintegration "Open" {}\n';
    assert.deepEqual(
      lint(text + 'expect "svc" as "Login" can restlet-login with "Open"').filter((x) => x.rule === 'NSR-EXPECT-FAILED'),
      [],
    );
    const failed = lint(text + 'expect "svc" as "Login" can restlet-login with "Held"').filter((x) => x.rule === 'NSR-EXPECT-FAILED');
    assert.equal(failed.length, 1);
    assert.match(failed[0].message, /integration 'Held' is blocked/);
  });

  describe('one finding per mistake, on the line to change', () => {
    const BASE = `role "Mgr" { permission "Access Token Management"; two-factor required }
role "Sync" { permission "Log in using Access Tokens" }
role "Other" { permission "Log in using Access Tokens" }
user "mgr" { role "Mgr" }
user "svc" { role "Other" }
user "svc2" { role "Sync" }
`;
    const rules = (fs: Finding[]) => fs.map((f) => f.rule).filter((r) => r.startsWith('TBA-TOKEN'));

    it('a token whose user lacks its role is reported once, not also on its creator', () => {
      const text = BASE + 'integration "I" {}\ntoken "t" { user "svc"; role "Sync"; integration "I"; created-by "mgr" }';
      assert.deepEqual(rules(lint(text)), ['TBA-TOKEN-USER-ROLE']);
      // Once the user holds the role, a creator who could not have created it is reported.
      const fixed = text.replace('user "svc" { role "Other" }', 'user "svc" { role "Other"; role "Sync" }').replace('created-by "mgr"', 'created-by "svc2"');
      assert.deepEqual(rules(lint(fixed)), ['TBA-TOKEN-CREATOR']);
    });

    it('an integration with TBA unchecked is reported once, on that line, with its tokens as related information', () => {
      const text =
        BASE +
        'integration "I" {\n  token-based-authentication disabled\n}\ntoken "a" { user "svc2"; role "Sync"; integration "I" }\ntoken "b" { user "svc"; role "Other"; integration "I" }';
      const found = lint(text).filter((f) => f.rule === 'TBA-TOKEN-INTEGRATION');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].loc.span.start, found[0].loc.span.end), 'token-based-authentication disabled');
      assert.match(found[0].message, /its 2 tokens \('a', 'b'\)/);
      assert.deepEqual(
        found[0].related!.map((r) => text.slice(r.loc.span.start, r.loc.span.end)),
        ['"I"', '"I"'],
      );
    });

    for (const state of ['blocked', 'waiting-for-approval']) {
      it(`state ${state} is reported on the integration, also when TBA is unchecked there`, () => {
        const text =
          BASE + `integration "I" {\n  token-based-authentication disabled\n  state ${state}\n}\ntoken "a" { user "svc2"; role "Sync"; integration "I" }`;
        const found = lint(text).filter((f) => f.rule === 'TBA-TOKEN-INTEGRATION');
        assert.deepEqual(
          found.map((f) => text.slice(f.loc.span.start, f.loc.span.end)),
          ['token-based-authentication disabled', `state ${state}`],
        );
        assert.match(found[1].message, new RegExp(`is ${state}, so NetSuite`));
      });
    }

    it('an integration no live token uses is not reported', () => {
      const text =
        BASE + 'integration "I" { token-based-authentication disabled; state blocked }\ntoken "a" { user "svc2"; role "Sync"; integration "I"; revoked }';
      assert.deepEqual(rules(lint(text)), []);
    });

    it('a token whose role misspells its login permission points at the typo, not at adding a line', () => {
      const text =
        BASE +
        'role "Rep" {\n  permission "Log in using Acess Tokens"\n}\nuser "r" { role "Rep" }\nintegration "I" {}\ntoken "t" { user "r"; role "Rep"; integration "I"; created-by "mgr" }';
      const found = lint(text).filter((f) => f.rule.startsWith('TBA-TOKEN'));
      // The creator could create it once the role can log in: only the role's line is at fault.
      assert.deepEqual(
        found.map((f) => f.rule),
        ['TBA-TOKEN-ROLE-LOGIN'],
      );
      assert.match(found[0].message, /its line permission "Log in using Acess Tokens" is misspelled; correct it to 'Log in using Access Tokens'/);
      assert.doesNotMatch(found[0].message, /add Log in/);
      const typo = found[0].related![0];
      assert.equal(text.slice(typo.loc.span.start, typo.loc.span.end), 'permission "Log in using Acess Tokens"');
    });

    it('a login permission at a wrong level is pointed at; a misspelled line at level none is not a near miss', () => {
      const level = lint(
        BASE +
          'role "Rep" { permission ADMI_LOGIN_OAUTH edit }\nuser "r" { role "Rep" }\nintegration "I" {}\ntoken "t" { user "r"; role "Rep"; integration "I" }',
      );
      assert.match(level.find((f) => f.rule === 'TBA-TOKEN-ROLE-LOGIN')!.message, /permission ADMI_LOGIN_OAUTH edit has the level 'edit'; set it to full/);
      const none = lint(
        BASE +
          'role "Rep" { permission "Log in using Acess Tokens" none }\nuser "r" { role "Rep" }\nintegration "I" {}\ntoken "t" { user "r"; role "Rep"; integration "I" }',
      );
      assert.match(none.find((f) => f.rule === 'TBA-TOKEN-ROLE-LOGIN')!.message, /add Log in using Access Tokens/);
    });

    it('a custom object reference is never a misspelt login permission, however close its script ID is', () => {
      // Fuzzy matching puts each of these nearest to ADMI_LOGIN_OAUTH.
      for (const ref of ['customrecord_admi_login_oauth', 'cseg_login_oauth', '"[scriptid=ADMI_LOGIN_OAUTH]"']) {
        const found = lint(
          BASE + `role "Rep" { permission ${ref} full }\nuser "r" { role "Rep" }\nintegration "I" {}\ntoken "t" { user "r"; role "Rep"; integration "I" }`,
        );
        const login = found.find((f) => f.rule === 'TBA-TOKEN-ROLE-LOGIN')!;
        assert.match(login.message, /add Log in using Access Tokens/, ref);
        assert.doesNotMatch(login.message, /misspelled/, ref);
      }
    });
  });
});

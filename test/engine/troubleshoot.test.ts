import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  ERROR_CATALOGUE,
  errorCodes,
  findError,
  oauth2Codes,
  oauth2Error,
  oauth2Message,
  type Page,
  PAGES,
  RULES,
  troubleshoot,
  type TroubleshootReport,
  UnknownErrorCodeError,
  UnknownSubjectError,
} from '../../server/src/engine';
import { load } from '../helpers/memory';

const SOURCES = path.join(__dirname, '../../docs/sources');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The stored text of each page address: a file under docs/sources/netsuite-help/ holds the
 * pages its "URL(s)" header lists; found-by-search.md holds one block per "### URL:" line.
 */
function storedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const add = (url: string, text: string) => pages.set(url, (pages.get(url) ?? '') + '\n' + norm(text));
  const dir = path.join(SOURCES, 'netsuite-help');
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    if (f === 'found-by-search.md') {
      for (const block of text.split(/^### URL: /m).slice(1)) add(block.split(/\s/, 1)[0], block);
      continue;
    }
    const header = text.slice(0, text.indexOf('## Stored text'));
    for (const m of header.matchAll(/^\s+- (https:\S+)$/gm)) add(m[1], text);
  }
  add(PAGES.tbaRoles.url, fs.readFileSync(path.join(SOURCES, 'set-up-tba-roles.txt'), 'utf8'));
  return pages;
}

const STORED = storedPages();
const assertQuoted = (url: string, text: string, what: string) => {
  const page = STORED.get(url);
  assert.ok(page, `${what}: no stored copy of ${url} in docs/sources`);
  assert.ok(page.includes(norm(text)), `${what}: not verbatim in the stored copy of ${url}: ${text}`);
};

// An account where no cause is present; each fixture below changes one thing in it.
const BASE = `account "Acme" { token-based-authentication enabled }
role "Login" {
  permission ADMI_LOGIN_OAUTH
}
role "Other" {
  permission ADMI_LOGIN_OAUTH
}
user "svc" {
  role "Login"
}
user "other" {
  role "Other"
}
integration "App" {
  token-based-authentication enabled
  authorization-flow enabled
  callback-url "https://app.example.com/cb"
  state enabled
}
token "t1" {
  user "svc"
  role "Login"
  integration "App"
}
`;

const swap = (from: string, to: string) => {
  assert.ok(BASE.includes(from), from);
  return BASE.replace(from, to);
};

/** For each cause the model can see: an account where it is present (shown at the line holding `at`). */
const PRESENT: Record<string, { text: string; at: string }> = {
  'feature-disabled': { text: swap('{ token-based-authentication enabled }', '{ token-based-authentication disabled }'), at: 'account "Acme"' },
  'integration-blocked': { text: swap('state enabled', 'state blocked'), at: 'state blocked' },
  'integration-waiting': { text: swap('state enabled', 'state waiting-for-approval'), at: 'state waiting-for-approval' },
  'integration-missing': { text: swap('  integration "App"\n}', '  integration "Ap"\n}'), at: 'integration "Ap"' },
  'integration-tba-cleared': {
    text: swap('  token-based-authentication enabled\n  authorization-flow', '  token-based-authentication disabled\n  authorization-flow'),
    at: '  token-based-authentication disabled',
  },
  'authorization-flow-cleared': { text: swap('authorization-flow enabled', 'authorization-flow disabled'), at: 'authorization-flow disabled' },
  'no-callback-url': { text: swap('  callback-url "https://app.example.com/cb"\n', ''), at: 'integration "App" {' },
  'token-revoked': { text: swap('  integration "App"\n}', '  integration "App"\n  revoked\n}'), at: '  revoked' },
  'token-inactive': { text: swap('  integration "App"\n}', '  integration "App"\n  inactive\n}'), at: '  inactive' },
  'user-lacks-role': { text: swap('user "svc" {\n  role "Login"', 'user "svc" {\n  role "Other"'), at: '  role "Login"\n  integration' },
  'role-cannot-log-in': {
    text: swap('role "Login" {\n  permission ADMI_LOGIN_OAUTH', 'role "Login" {\n  permission ADMI_LOGIN_OAUTH none'),
    at: '  role "Login"\n  integration',
  },
  'user-inactive': { text: swap('user "svc" {\n  role "Login"', 'user "svc" {\n  role "Login"\n  inactive'), at: '  inactive' },
  'role-inactive': {
    text: swap('role "Login" {\n  permission ADMI_LOGIN_OAUTH', 'role "Login" {\n  permission ADMI_LOGIN_OAUTH\n  inactive'),
    at: '  inactive',
  },
  'web-services-only-restlet': {
    text: swap('role "Login" {\n  permission ADMI_LOGIN_OAUTH', 'role "Login" {\n  permission ADMI_LOGIN_OAUTH\n  web-services-only'),
    at: 'web-services-only',
  },
  'single-sign-on-only': {
    text: swap('role "Login" {\n  permission ADMI_LOGIN_OAUTH', 'role "Login" {\n  permission ADMI_LOGIN_OAUTH\n  single-sign-on-only'),
    at: 'single-sign-on-only',
  },
};

/** The 1-based line where `at` starts, and that line's text. */
function lineOf(text: string, at: string): { line: number; text: string } {
  const offset = text.indexOf(at.replace(/^\n/, ''));
  assert.ok(offset >= 0, at);
  const start = text.lastIndexOf('\n', offset + at.search(/\S/)) + 1;
  const line = text.slice(0, start).split('\n').length;
  return { line, text: text.split('\n')[line - 1].trim() };
}

const run = (text: string, code: string, subject = { token: 't1' }): TroubleshootReport => troubleshoot(load(text), code, subject);

describe('troubleshoot: the error catalogue', () => {
  it('every quote, problem and quoted remedy is verbatim in the stored page it links to', () => {
    let n = 0;
    for (const e of ERROR_CATALOGUE) {
      const name = e.spellings[0].code;
      for (const p of e.problem) (assertQuoted(p.page.url, p.text, `${name} problem`), n++);
      for (const cause of e.causes) {
        for (const q of cause.quotes) (assertQuoted(q.page.url, q.text, `${name}/${cause.id}`), n++);
        if (cause.remedy.quoted) for (const l of cause.remedy.lines) (assertQuoted(cause.remedy.page!.url, l, `${name}/${cause.id} remedy`), n++);
      }
    }
    assert.ok(n > 60, `${n} quotes checked`);
  });

  it('knows the OAuth 2.0 codes as such: each on the stored page it names, none a TBA code', () => {
    assert.ok(oauth2Codes().length >= 10);
    for (const code of oauth2Codes()) {
      const hit = oauth2Error(code.toUpperCase())!;
      assert.equal(hit.code, code);
      assertQuoted(hit.page.url, code, `OAuth 2.0 ${code}`);
      assertQuoted(hit.page.url, hit.page.title, `OAuth 2.0 page of ${code}`);
      assert.equal(findError(code), undefined, `${code} is also a TBA code`);
      assert.match(oauth2Message(hit), new RegExp(`^'${code}' is an OAuth 2\\.0 error, not a token-based authentication \\(TBA\\) one: see "`));
    }
    assert.equal(oauth2Error('InvalidSignature'), undefined, 'a TBA code too: troubleshoot explains it');
  });

  it('no citation is a step: a sentence telling how to change NetSuite belongs to the remedy (contract v2)', () => {
    const step = /^(Go to|Navigate|Select|Click|Check|Clear|Ensure|Verify|Make sure|Enable|Open|Save|Enter)\b/;
    for (const r of RULES) for (const q of r.quotes) assert.doesNotMatch(q.text, step, r.id);
    for (const e of ERROR_CATALOGUE)
      for (const cause of e.causes) for (const q of cause.quotes) assert.doesNotMatch(q.text, step, `${e.spellings[0].code}/${cause.id}`);
  });

  it('knows every code of the stored TBA error tables, and the codes the contract names', () => {
    const tables = [
      'consumer_key_refused',
      'consumer_key_unknown',
      'FeatureDisabled',
      'MissingTokenPassportRequiredFields',
      'nonce_rejected',
      'nonce_used',
      'NonceUsed',
      'UnknownIntegration',
      'IntegrationBlocked',
      'AuthorizationFlowRequired',
      'InvalidTimestamp',
      'InvalidSignature',
      'InvalidCallback',
      'MissingRequiredParameter',
      'NonceRejected',
      'INVALID_LOGIN_CREDENTIALS',
      'INVALID_LOGIN_ATTEMPT',
    ];
    const contract = [
      'consumer_key_refused',
      'FeatureDisabled',
      'InvalidToken',
      'token_rejected',
      'IntegrationBlocked',
      'AuthorizationFlowRequired',
      'INVALID_LOGIN_CREDENTIALS',
    ];
    for (const code of [...tables, ...contract]) assert.ok(findError(code), code);
    // Each code is one spelling of one entry.
    const codes = errorCodes().map((c) => c.toLowerCase());
    assert.equal(new Set(codes).size, codes.length);
    // Every table code is quoted from the page that lists it.
    for (const code of tables.slice(0, 15)) {
      const { entry, spelling } = findError(code)!;
      const page = spelling.page ?? entry.page;
      assert.ok(
        ([PAGES.restletsAndWebServices, PAGES.authorizationFlow, PAGES.authorizationFlowNewer] as Page[]).includes(page),
        `${code} cites ${page.title}`,
      );
      assert.ok(STORED.get(page.url)!.includes(code), `${code} is not in the stored ${page.title}`);
    }
  });

  it('matches codes case-insensitively, by any spelling, and by the first word of a longer message', () => {
    assert.equal(findError('CONSUMER_KEY_REFUSED')?.spelling.code, 'consumer_key_refused');
    assert.equal(findError('  invalidtoken ')?.spelling.code, 'InvalidToken');
    assert.equal(findError('token_rejected')?.entry, findError('InvalidToken')?.entry);
    assert.equal(findError('nonceused')?.entry, findError('nonce_used')?.entry);
    assert.equal(findError('InvalidCallback https://app.example.com/cb')?.spelling.code, 'InvalidCallback');
    assert.equal(findError('consumer_key_refused: blocked')?.spelling.code, 'consumer_key_refused');
    assert.equal(findError('consumer_key'), undefined);
  });

  it('an unknown code is an error listing the known codes', () => {
    assert.throws(
      () => troubleshoot(load(BASE), 'consumer_key_refusd'),
      (e: unknown) => e instanceof UnknownErrorCodeError && e.known.includes('consumer_key_refused') && e.known.length === errorCodes().length,
    );
  });

  it('an undeclared token, user or role is bad input; an undeclared integration is a missing record', () => {
    for (const [subject, kind] of [
      [{ token: 'nope' }, 'token'],
      [{ user: 'nope', role: 'Login' }, 'user'],
      [{ user: 'svc', role: 'nope' }, 'role'],
    ] as const)
      assert.throws(
        () => troubleshoot(load(BASE), 'consumer_key_refused', subject),
        (e: unknown) => e instanceof UnknownSubjectError && e.kind === kind,
      );
    const r = troubleshoot(load(BASE), 'consumer_key_unknown', { integration: 'Ap' });
    const missing = r.causes.find((c) => c.id === 'integration-missing')!;
    assert.equal(missing.status, 'present');
    assert.match(missing.facts[0], /No integration record 'Ap' is declared\. Did you mean 'App'\?/);
  });

  // The "done when" of issue 14: every code, every cause the model can see, present and absent.
  for (const entry of ERROR_CATALOGUE) {
    for (const spelling of entry.spellings) {
      describe(spelling.code, () => {
        for (const cause of entry.causes) {
          if (!cause.detect) {
            it(`${cause.id}: unknown to the model, with the page's resolution`, () => {
              const c = run(BASE, spelling.code).causes.find((x) => x.id === cause.id)!;
              assert.equal(c.status, 'unknown');
              assert.deepEqual(c.evidence, []);
              assert.ok(c.facts[0], 'says what to check instead');
              assert.ok(c.remedy.text && c.remedy.url);
            });
            continue;
          }
          it(`${cause.id}: present, with its line and quote; absent in the account without it`, () => {
            const fixture = PRESENT[cause.id];
            assert.ok(fixture, `no fixture for the cause ${cause.id}`);
            const report = run(fixture.text, spelling.code);
            assert.equal(report.error, spelling.code);
            const c = report.causes.find((x) => x.id === cause.id)!;
            assert.equal(c.status, 'present', c.facts.join(' '));
            const want = lineOf(fixture.text, fixture.at);
            assert.ok(
              c.evidence.some((e) => e.file === '/main.nsroles' && e.line === want.line && e.text === want.text),
              `evidence ${JSON.stringify(c.evidence)} lacks line ${want.line} "${want.text}"`,
            );
            assert.ok(c.citations.length > 0);
            const first = cause.basis === 'inferred' && entry.problem.length ? entry.problem[0] : cause.quotes[0];
            assert.equal(c.citations[0].quote, first.text);
            for (const cit of c.citations) assertQuoted(cit.url, cit.quote, `${spelling.code}/${cause.id} citation`);
            assert.equal(c.basis, cause.basis);

            const clean = run(BASE, spelling.code).causes.find((x) => x.id === cause.id)!;
            assert.equal(clean.status, 'absent', clean.facts.join(' '));
          });
        }
      });
    }
  }
});

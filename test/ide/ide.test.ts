/**
 * The ide/ layer called directly — no server, no protocol — on cursor fixtures (test/ide/fixture.ts).
 * test/server/ checks the same answers through LSP; here a failure names the function at fault.
 */
import { strict as assert } from 'assert';
import { lintAccount, PERMISSIONS } from '../../server/src/engine';
import { complete, roleProposalDoc } from '../../server/src/ide/completion';
import { fixesFor } from '../../server/src/ide/fixes';
import { foldingRanges } from '../../server/src/ide/folding';
import { hasPermissionPage, hover, permissionHover } from '../../server/src/ide/hover';
import { targetAt } from '../../server/src/ide/locate';
import { occurrences } from '../../server/src/ide/references';
import { documentSymbols } from '../../server/src/ide/symbols';
import { treeOf } from '../../server/src/ide/analysis';
import { fixture, slices } from './fixture';

const ACCOUNT = `role "Integration Manager" {
  permission "Access Token Management" full
  two-factor required
}
role "RESTlet Integration" { permission ADMI_LOGIN_OAUTH }
user "bob@acme.com" { role "Integration Manager" }
user "svc-orders" { role "RESTlet Integration" }
`;

/** Hover at `$0`: its Markdown matches every pattern, and its span is the `⟦…⟧` range. */
function checkHover(src: string, ...patterns: RegExp[]): void {
  const f = fixture(src);
  const h = hover(f.analysis, f.offset);
  assert.ok(h, `no hover at $0 in:\n${src}`);
  for (const p of patterns) assert.match(h.markdown, p);
  if (f.ranges.length) assert.deepEqual(slices(f.text, [h.span]), slices(f.text, f.ranges));
}

/** Completion at `$0` offers every label of `has` and none of `lacks`. */
function checkCompletion(src: string, has: string[], lacks: string[] = []): void {
  const f = fixture(src);
  const labels = complete(f.analysis, f.offset, { snippets: true }).entries.map((e) => e.label);
  for (const l of has) assert.ok(labels.includes(l), `'${l}' missing from [${labels.join(', ')}]`);
  for (const l of lacks) assert.ok(!labels.includes(l), `'${l}' offered in [${labels.join(', ')}]`);
}

/** References of the entity at `$0`: exactly the `⟦…⟧` ranges. */
function checkReferences(src: string): void {
  const f = fixture(src);
  const t = targetAt(f.analysis, f.offset);
  assert.ok(t && t.kind === 'entity', `no entity at $0 in:\n${src}`);
  const spans = occurrences(f.analysis, t.entity)
    .map((o) => o.loc.span)
    .sort((a, b) => a.start - b.start);
  assert.deepEqual(slices(f.text, spans), slices(f.text, f.ranges));
}

describe('ide: hover', () => {
  it('on a role reference: the role, over the reference as written', () => {
    checkHover(ACCOUNT + 'user "carol" { role ⟦"Integr$0ation Manager"⟧ }\n', /Integration Manager/);
  });

  it('on a permission: its NetSuite name and ID', () => {
    checkHover(`role "R" { permission ⟦ADMI_LOG$0IN_OAUTH⟧ }\n`, /Log in using Access Tokens/, /ADMI\\?_LOGIN\\?_OAUTH/);
  });

  it('on an action of an expect line: what the action means', () => {
    checkHover(ACCOUNT + 'expect "svc-orders" as "RESTlet Integration" can ⟦restlet-lo$0gin⟧\n', /restlet-login/, /RESTlet/);
  });

  it('on an unknown role: says it is not defined', () => {
    checkHover('user "u" { role "Nob$0ody" }\n', /not defined/);
  });

  it('nowhere to hover (a comment): nothing', () => {
    const f = fixture('# a comm$0ent\n');
    assert.equal(hover(f.analysis, f.offset), undefined);
  });
});

describe('ide: completion', () => {
  it('inside a role reference: the account’s role names', () => {
    checkCompletion(ACCOUNT + 'user "carol" { role "$0" }\n', ['Integration Manager', 'RESTlet Integration']);
  });

  it('after a permission keyword: NetSuite’s TBA permissions', () => {
    checkCompletion('role "R" {\n  permission $0\n}\n', ['Log in using Access Tokens', 'Access Token Management', 'User Access Tokens']);
  });

  it('after `can`: the actions, not the keywords of a block', () => {
    checkCompletion(ACCOUNT + 'expect "svc-orders" as "RESTlet Integration" can $0\n', ['restlet-login', 'issue-token'], ['permission']);
  });

  it('a resolved role proposal counts the targets it asked about, and says when it did not ask them all', () => {
    const users = Array.from({ length: 6 }, (_, i) => `user "svc${i}" { role "Login" }`).join('\n');
    const { analysis } = fixture(`role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
role "Login" { permission ADMI_LOGIN_OAUTH }
user "ops" { role "Mgr" }
${users}
`);
    const summary = 'no token login · no own tokens · issues tokens for 6 other user-roles · 2FA required';
    assert.equal(roleProposalDoc(analysis, 'Mgr'), summary);
    // Four decisions (ops as Mgr, denied, then three svc users): the targets left are not taken for denials.
    assert.equal(
      roleProposalDoc(analysis, 'Mgr', 4),
      'no token login · no own tokens · issues tokens for at least 3 other user-roles (not all asked: see the hover) · 2FA required',
    );
    assert.equal(roleProposalDoc(analysis, 'Mgr', 0), 'no token login · no own tokens · tokens for others: not all asked (see the hover) · 2FA required');
    assert.equal(roleProposalDoc(analysis, 'mgr'), summary, 'names compare case-insensitively');
    assert.equal(roleProposalDoc(analysis, 'No such role'), undefined);
  });
});

describe('ide: references', () => {
  it('a role: its declaration and every reference, across users and expects', () => {
    checkReferences(`role ⟦"Clerk"⟧ { permission ADMI_LOGIN_OAUTH }
user "a" { role ⟦"Cl$0erk"⟧ }
user "b" { role ⟦"clerk"⟧ }
expect "a" as ⟦"Clerk"⟧ can restlet-login
`);
  });

  it('a user: its declaration and the expect lines that name it', () => {
    checkReferences(`role "Clerk" { permission ADMI_LOGIN_OAUTH }
user ⟦"a$0"⟧ { role "Clerk" }
expect ⟦"a"⟧ as "Clerk" can restlet-login
`);
  });
});

describe('ide: outline and folding', () => {
  it('symbols: one per declaration, named as written', () => {
    const f = fixture(ACCOUNT);
    const names = documentSymbols(f.analysis).map((s) => s.name);
    assert.deepEqual(names, ['Integration Manager', 'RESTlet Integration', 'bob@acme.com', 'svc-orders']);
  });

  it('folding: a multi-line block folds up to the line before its `}`; a one-line block does not', () => {
    const f = fixture(ACCOUNT);
    const folds = foldingRanges(treeOf(f.analysis)!);
    assert.deepEqual(
      folds.map((r) => [r.startLine, r.endLine]),
      [[0, 2]],
    );
  });
});

/** The finding of `rule` at `$0`, its fixes, and the text after applying the one titled `title`. */
function checkFix(src: string, rule: string, title: RegExp, after: string): void {
  const f = fixture(src);
  const finding = lintAccount(f.analysis.loaded).find((x) => x.rule === rule && x.loc.span.start <= f.offset && f.offset <= x.loc.span.end);
  assert.ok(finding, `no ${rule} at $0`);
  const fixes = fixesFor(f.analysis, finding);
  const fix = fixes.find((x) => title.test(x.title));
  assert.ok(fix, `no fix like ${title} in [${fixes.map((x) => x.title).join('; ')}]`);
  let text = f.text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  assert.equal(text, after);
}

describe('ide: quick fixes', () => {
  it('a misspelt role reference: "Change to" the declared name', () => {
    checkFix(
      'role "Clerk" { permission ADMI_LOGIN_OAUTH }\nuser "a" { role "Clekr$0" }\n',
      'NSR-UNKNOWN-REF',
      /Change to 'Clerk'/,
      'role "Clerk" { permission ADMI_LOGIN_OAUTH }\nuser "a" { role "Clerk" }\n',
    );
  });

  it('every finding can be ignored by a comment line above it, and nothing else moves', () => {
    checkFix(
      'role "Clerk" { permission ADMI_LOGIN_OAUTH }\nuser "a" { role "Nob$0ody" }\n',
      'NSR-UNKNOWN-REF',
      /^Ignore NSR-UNKNOWN-REF/,
      'role "Clerk" { permission ADMI_LOGIN_OAUTH }\n# nsroles-ignore NSR-UNKNOWN-REF\nuser "a" { role "Nobody" }\n',
    );
  });
});

describe('ide: permission hovers stay short', () => {
  it('every permission of the list: at most 12 lines, leading with its name and ID; the long ones link to their page', () => {
    const links = { permissionPage: (id: string) => `file:///ext/docs/permissions/${id}.md` };
    for (const p of PERMISSIONS) {
      const h = permissionHover(p, links);
      assert.ok(h.split('\n').length <= 12, `${p.id}: ${h}`);
      assert.ok(h.startsWith(`**`) && h.split('\n')[0].includes(p.id.replace(/_/g, '\\_')), p.id);
      assert.equal(h.includes('[All about this permission](file:///ext/docs/permissions/'), hasPermissionPage(p), p.id);
    }
  });
});

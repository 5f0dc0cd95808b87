import { strict as assert } from 'assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { ruleById } from '../../server/src/engine';
import { md } from '../../server/src/ide/markdown';
import { posOf, rangeOf, TestServer } from './harness';

const EVIL = '*boss* [x](http://evil.example) <b>';
const TEXT = `role "Mgr" {
  permission "Access Token Management" full
  two-factor required
}
role "Login" { permission ADMI_LOGIN_OAUTH }
user "${EVIL}" { role "Mgr" }
user "svc" { role "Login" }
integration "Sync" { state blocked }
token "t1" { user "svc"; role "Login"; integration "Sync" }
# nsroles-ignore TBA-2027-INTEGRATIONS
integration "Old" { token-based-authentication enabled }
expect "svc" as "Login" can restlet-login
expect "svc" as "Login" can issue-token via issuetoken-endpoint
`;
const EVIL_MD = '\\*boss\\* \\[x\\]\\(http\\:\\/\\/evil\\.example\\) \\<b\\>';

describe('server: hover', () => {
  let s: TestServer;
  const uri = 'untitled:hover';
  before(async () => {
    s = await TestServer.start();
    await s.open(uri, TEXT);
  });
  after(() => s.stop());

  async function hover(needle: string, into = 1, n = 0): Promise<{ value: string; range: Hover['range'] }> {
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: posOf(TEXT, needle, into, n) });
    assert.ok(h, `no hover at ${needle}`);
    const c = h.contents as MarkupContent;
    assert.equal(c.kind, 'markdown');
    return { value: c.value, range: h.range };
  }

  it('a role: what it can actually do, its 2FA status and why, and who holds it', async () => {
    const h = await hover('"Mgr"');
    assert.deepEqual(h.range, rangeOf(TEXT, '"Mgr"'));
    assert.equal(
      h.value,
      [
        '**Role: Mgr**',
        '',
        "- **Log in with tokens:** no. Access Token Management does not allow logging in with tokens\\, and \\'Mgr\\' has no TBA login permission\\.",
        "- **Issue own tokens:** no. Access Token Management does not let \\'Mgr\\' create tokens for its own use\\, and it lacks User Access Tokens\\.",
        '- **Issue tokens for others:** yes, for svc as Login',
        '- **Two-factor authentication:** required. NetSuite requires it because it has Access Token Management\\, a highly privileged permission\\.',
        `- **Held by:** ${EVIL_MD}`,
      ].join('\n'),
    );
  });

  it('a role reference shows the same, from any file position of the name', async () => {
    const h = await hover('"Login" }', 3);
    assert.deepEqual(h.range, rangeOf(TEXT, '"Login"', 1));
    assert.match(h.value, /^\*\*Role: Login\*\*\n\n- \*\*Log in with tokens:\*\* yes\. Log in using Access Tokens lets/);
    assert.match(h.value, /- \*\*Issue own tokens:\*\* no\. Log in using Access Tokens does not let/);
    assert.match(
      h.value,
      /- \*\*Two-factor authentication:\*\* not required\. NetSuite\\'s default for a role that is not highly privileged\\\.\n- \*\*Held by:\*\* svc$/,
    );
  });

  it('a user: each role and what it allows; every user-written name is escaped', async () => {
    const h = await hover(`"${EVIL}"`);
    assert.equal(
      h.value,
      [`**User: ${EVIL_MD}**`, '', '- **Mgr:** no token login · no own tokens · issues tokens for 1 other user\\-role · 2FA required'].join('\n'),
    );
    assert.doesNotMatch(h.value, /\]\(http/);
  });

  it('a permission: name, ID, what it allows, levels, 2FA, the first quote and the link to NetSuite’s list, in a dozen lines', async () => {
    const h = await hover('ADMI_LOGIN_OAUTH', 3);
    assert.deepEqual(h.range, rangeOf(TEXT, 'ADMI_LOGIN_OAUTH'));
    assert.equal(
      h.value,
      [
        '**Log in using Access Tokens** · permission ID ADMI\\_LOGIN\\_OAUTH',
        '',
        'Use access tokens to log in through RESTlets or web services\\.',
        '',
        '**Levels:** none, full (this line: full) · **2FA:** not made mandatory by it (inferred)',
        '',
        '> Can use access tokens to log in through RESTlets or web services\\.',
        '>',
        '> — *[Set Up Token\\-based Authentication Roles](https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4248124361.html)*',
        '',
        "Listed in NetSuite's [Permission Names and IDs](https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/chapter_N3236764.html); 2FA basis: a third party\\'s copy \\(netsuitechangelog\\.com\\) of NetSuite\\'s list of permissions requiring 2FA\\, which Oracle\\'s page renders blank.",
      ].join('\n'),
    );
  });

  it('a highly privileged permission: short, with a link to its full page when the client ships the pages', async () => {
    const h = await hover('"Access Token Management"');
    assert.match(h.value, /^\*\*Access Token Management\*\* · permission ID ADMI\\_MANAGE\\_OAUTH\\_TOKENS\n/);
    assert.match(h.value, /\*\*2FA:\*\* required for every role that holds it \(highly privileged; inferred\)/);
    assert.match(h.value, /\n> Can create\\, assign\\, and manage a token for other users/);
    assert.ok(h.value.split('\n').length <= 12, h.value);
    // No pages shipped (this client sent no permissionsDocsBase): NetSuite's list instead.
    assert.doesNotMatch(h.value, /All about this permission/);

    const base = 'file:///ext/docs/permissions';
    const t = await TestServer.start({ initializationOptions: { rulesDocsBase: 'file:///ext/docs/rules', permissionsDocsBase: base } });
    try {
      await t.open(uri, TEXT);
      const withPages = await t.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(TEXT, '"Access Token Management"') });
      const value = (withPages.contents as MarkupContent).value;
      assert.match(value, /\n\[All about this permission\]\(file:\/\/\/ext\/docs\/permissions\/ADMI_MANAGE_OAUTH_TOKENS\.md\): 10 quotes/);
      assert.ok(value.split('\n').length <= 12, value);
    } finally {
      await t.stop();
    }
  });

  it('any permission of NetSuite’s list: name, ID, category, aliases and whether it makes 2FA mandatory, with the basis', async () => {
    const text = 'role "R" {\n  permission "Accounting Preferences" edit\n  permission ADMI_INTEGRAPP full\n  two-factor required\n}\n';
    const other = 'untitled:perm-list';
    await s.open(other, text);
    const at = async (needle: string) => {
      const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: other }, position: posOf(text, needle, 3) });
      assert.ok(h);
      return (h.contents as MarkupContent).value;
    };
    const a = await at('"Accounting Preferences"');
    assert.match(
      a,
      /^\*\*Set Up Accounting\*\* · permission ID ADMI\\_ACCTSETUP\n\n\*\*Levels:\*\* none, view, create, edit, full \(this line: edit\) · \*\*Category:\*\* Administration · \*\*Also called:\*\* Accounting Preferences · \*\*2FA:\*\* not made mandatory by it \(inferred\)\n\n.*2FA basis: a third party/,
    );
    const b = await at('ADMI_INTEGRAPP');
    assert.match(b, /^\*\*Integration Application\*\* · permission ID ADMI\\_INTEGRAPP/);
    assert.match(b, /\*\*2FA:\*\* required for every role that holds it \(highly privileged; inferred\)/);
    assert.match(b, /> For enhanced security/);
  });

  it('action and channel keywords', async () => {
    const action = await hover('restlet-login');
    assert.deepEqual(action.range, rangeOf(TEXT, 'restlet-login'));
    assert.equal(action.value, '**restlet-login** (action)\n\nCall a RESTlet authenticated by a token for the actor and acting role\\.');
    const channel = await hover('issuetoken-endpoint');
    assert.equal(channel.value, '**issuetoken-endpoint** (channel)\n\nThe issuetoken \\(or revoketoken\\) REST endpoint\\, called programmatically\\.');
  });

  it('an expect line: the actual decision, the reasoning and the citations', async () => {
    const line = 'expect "svc" as "Login" can restlet-login';
    const h = await hover('can restlet');
    assert.deepEqual(h.range, rangeOf(TEXT, line));
    assert.equal(
      h.value,
      [
        '**expect passes**: the decision is **ALLOW**, can was expected.',
        '',
        '1. The Token\\-based Authentication feature is assumed enabled\\: no account block says token\\-based\\-authentication enabled or disabled\\.',
        "2. User \\'svc\\' is active and holds the role \\'Login\\'\\.",
        "3. Role \\'Login\\' has Log in using Access Tokens\\.",
        "4. Allowed\\: Log in using Access Tokens lets \\'Login\\' log in to a RESTlet with a token\\.",
        '',
        '> Can use access tokens to log in through RESTlets or web services\\.',
        '>',
        '> — *[Set Up Token\\-based Authentication Roles](https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4248124361.html)*',
        '>',
        '> (TBA\\-LOGIN)',
      ].join('\n'),
    );
    const failing = await hover('expect "svc" as "Login" can issue');
    assert.match(failing.value, /^\*\*expect fails\*\*: the decision is \*\*DENY\*\*, can was expected\./);
    // What would make it hold: the engine's suggestions, computed for the hovered line only.
    assert.match(failing.value, /\n\*\*To make it hold\*\*\n\n- Add the permission \\"User Access Tokens\\"/);
    assert.doesNotMatch(h.value, /To make it hold/);
  });

  it('an expect line decided by an inferred rule says from what, once for its several quotes', async () => {
    const other = 'untitled:hover-inferred';
    const text = 'role "Login" { permission ADMI_LOGIN_OAUTH }\nrole "Other" {}\nuser "svc" { role "Login" }\nexpect "svc" as "Other" can restlet-login\n';
    await s.open(other, text);
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: other }, position: posOf(text, 'can restlet', 1) });
    const value = (h!.contents as MarkupContent).value;
    const rule = ruleById('TBA-ROLE-NOT-HELD')!;
    assert.equal(value.split('(TBA\\-ROLE\\-NOT\\-HELD)').length - 1, rule.quotes.length);
    assert.equal(value.split(`> Inferred: ${md(rule.inferredFrom!)}`).length - 1, 1, value);
    await s.close(other);
  });

  it('a rule id in an ignore comment: title, severity, help and the cited text', async () => {
    const h = await hover('TBA-2027-INTEGRATIONS', 3);
    assert.deepEqual(h.range, rangeOf(TEXT, 'TBA-2027-INTEGRATIONS'));
    assert.match(
      h.value,
      /^\*\*TBA\\-2027\\-INTEGRATIONS\*\*: New TBA integrations cannot be created from NetSuite 2027\\\.1\n\nDefault severity: information · documented\n/,
    );
    assert.match(h.value, /> As of 2027\\\.1\\, no new integrations using TBA can be created/);
    assert.match(h.value, /\(https:\/\/docs\.oracle\.com\/en\/cloud\/saas\/netsuite\/ns-online-help\/section_158618788810\.html\)/);
  });

  it('integrations, tokens and property keywords', async () => {
    assert.equal(
      (await hover('"Sync"')).value,
      '**Integration: Sync**\n\n- **Token-based Authentication:** checked\n- **TBA: Authorization Flow:** unchecked\n- **TBA: IssueToken Endpoint:** unchecked\n- **State:** blocked\n- **Tokens:** t1',
    );
    assert.equal((await hover('"t1"')).value, '**Token: t1**\n\n- **User:** svc\n- **Role:** Login\n- **Integration:** Sync');
    assert.equal((await hover('two-factor')).value, '**two\\-factor**\n\nWhether the role requires two-factor authentication: required or not-required.');
  });

  it('nothing on blank space', async () => {
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } });
    assert.equal(h, null);
  });
});

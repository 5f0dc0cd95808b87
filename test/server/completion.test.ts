import { strict as assert } from 'assert';
import {
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  InsertTextFormat,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, cursor, TestServer } from './harness';
import { PERMISSIONS } from '../../server/src/engine';
import { COMPLETION_LIMIT } from '../../server/src/ide/narrow';

const ACCOUNT = `role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
role "Login" { id customrole_login; permission ADMI_LOGIN_OAUTH }
role "Dev" { permission "User Access Tokens" }
user "svc" { role "Login" }
user "dev" {
  role "Dev"
  role "Login"
}
integration "Sync" {}
`;

describe('server: completion', () => {
  let s: TestServer;
  let n = 0;
  before(async () => {
    s = await TestServer.start();
  });
  after(() => s.stop());

  /** Completion at ‸ in ACCOUNT + `src`: the items, and whether the server cut the list. */
  async function completeList(src: string, trigger?: string): Promise<{ items: CompletionItem[]; incomplete: boolean }> {
    const { text, position } = cursor(ACCOUNT + src);
    const uri = `untitled:completion-${n++}`;
    await s.open(uri, text);
    const context = trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 };
    const r = await s.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position, context });
    await s.close(uri);
    return Array.isArray(r) ? { items: r, incomplete: false } : { items: r.items, incomplete: r.isIncomplete };
  }
  const complete = async (src: string, trigger?: string) => (await completeList(src, trigger)).items;
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
  const edit = (item: CompletionItem) => item.textEdit as TextEdit;
  const line = ACCOUNT.split('\n').length - 1;

  it('top level: the declaration keywords and snippets for each block', async () => {
    const items = await complete('‸');
    assert.deepEqual(labels(items.filter((i) => i.kind === CompletionItemKind.Keyword)), [
      'account',
      'role',
      'user',
      'integration',
      'token',
      'include',
      'expect',
    ]);
    const snippets = items.filter((i) => i.kind === CompletionItemKind.Snippet);
    assert.deepEqual(labels(snippets), ['role { … }', 'user { … }', 'integration { … }', 'token { … }', 'expect "user" as "role" can …', 'account { … }']);
    // The expect snippet inserts what its label shows: one line, no braces.
    const expect = snippets.find((i) => i.label.startsWith('expect'))!;
    assert.match(edit(expect).newText, /^expect "\$\{1\|svc,dev\|\}" as "\$\{2\|Mgr,Login,Dev\|\}" \$\{3\|can,cannot\|\} /);
    assert.doesNotMatch(edit(expect).newText, /[{}]\s*$|\n/);
    const user = snippets.find((i) => i.label === 'user { … }')!;
    assert.equal(user.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(edit(user).newText, 'user "${1:user@example.com}" {\n  role "${2|Mgr,Login,Dev|}"\n}$0');
    assert.deepEqual(edit(user).range, { start: { line, character: 0 }, end: { line, character: 0 } });
  });

  it('inside a block: that block’s properties, without the ones already set once', async () => {
    const items = await complete('role "New" {\n  two-factor required\n  ‸\n}\n');
    assert.deepEqual(labels(items), ['administrator', 'id', 'permission', 'web-services-only', 'single-sign-on-only', 'center', 'inactive']);
    assert.deepEqual(labels(await complete('token "t" {\n  user "svc"\n  ‸\n}\n')), ['role', 'integration', 'created-by', 'revoked', 'inactive']);
    assert.deepEqual(labels(await complete('integration "I" {\n  state enabled\n  ‸\n}\n')), [
      'token-based-authentication',
      'authorization-flow',
      'callback-url',
      'issuetoken-endpoint',
    ]);
  });

  it('permission names (quoted) and IDs, with their documentation', async () => {
    const items = await complete('role "New" {\n  permission ‸\n}\n');
    assert.deepEqual(sorted(items).slice(0, 6), [
      'Access Token Management',
      'ADMI_MANAGE_OAUTH_TOKENS',
      'User Access Tokens',
      'User Access Token',
      'ADMI_MANAGE_OWN_OAUTH_TOKENS',
      'Log in using Access Tokens',
    ]);
    const atm = items.find((i) => i.label === 'Access Token Management')!;
    assert.equal(atm.kind, CompletionItemKind.Property);
    assert.equal(atm.detail, 'ADMI_MANAGE_OAUTH_TOKENS · Administration');
    assert.equal(edit(atm).newText, '"Access Token Management"');
    // The documentation comes with completionItem/resolve, for the one item shown.
    assert.equal(atm.documentation, undefined);
    const resolved = await s.request<CompletionItem>('completionItem/resolve', atm);
    assert.match((resolved.documentation as MarkupContent).value, /\*\*Holders cannot\*\*\n\n> Cannot create access tokens for their own use/);
    assert.equal(edit(items.find((i) => i.label === 'ADMI_LOGIN_OAUTH')!).newText, 'ADMI_LOGIN_OAUTH');
  });

  it('every permission of NetSuite’s list by name, alias and ID, the list cut to what is typed; names insert quoted, IDs bare', async () => {
    // ~1,400 ways to write a permission: the list holds the first COMPLETION_LIMIT, TBA first, and says it is cut.
    const empty = await completeList('role "New" {\n  permission ‸\n}\n');
    assert.equal(empty.items.length, COMPLETION_LIMIT);
    assert.equal(empty.incomplete, true);
    // Each way to write one is proposed once its first characters are typed (names in quotes).
    const ways = PERMISSIONS.flatMap((p) => [...[p.name, ...p.aliases].map((n) => `"${n}`), ...(p.id ? [p.id] : [])]);
    const step = Math.ceil(ways.length / 40);
    for (let k = 0; k < ways.length; k += step) {
      const typed = ways[k].slice(0, Math.min(ways[k].length, 8));
      const got = await complete(`role "New" {\n  permission ${typed}‸\n}\n`);
      const label = ways[k].replace(/^"/, '');
      assert.ok(labels(got).includes(label), `${label} after ${typed}`);
    }
    const items = await complete('role "New" {\n  permission Acc‸\n}\n');
    const alias = items.find((i) => i.label === 'Accounting Preferences')!;
    assert.equal(alias.detail, 'ADMI_ACCTSETUP · also called Set Up Accounting');
    assert.equal(edit(alias).newText, '"Accounting Preferences"');
    const id = (await complete('role "New" {\n  permission ADMI_LOGIN‸\n}\n')).find((i) => i.label === 'ADMI_LOGIN_OAUTH2')!;
    assert.equal(id.detail, 'Log In using OAuth 2.0 Access Tokens · Administration');
    const doc = await s.request<CompletionItem>('completionItem/resolve', id);
    assert.match(
      (doc.documentation as MarkupContent).value,
      /^\*\*Log In using OAuth 2\\\.0 Access Tokens\*\* · permission ID ADMI\\_LOGIN\\_OAUTH2\n\n- \*\*Category:\*\* Administration/,
    );
    // Items that are no permission come back from resolve unchanged.
    const plain = { label: 'x', data: { other: 1 } };
    assert.deepEqual(await s.request<CompletionItem>('completionItem/resolve', plain), plain);
  });

  it('a partly typed string is replaced whole, closing quote included', async () => {
    const items = await complete('role "New" {\n  permission "Log‸"\n}\n');
    const login = items.find((i) => i.label === 'Log in using Access Tokens')!;
    const l = line + 1;
    assert.deepEqual(edit(login), { range: { start: { line: l, character: 13 }, end: { line: l, character: 18 } }, newText: '"Log in using Access Tokens"' });
    assert.equal(login.filterText, '"Log in using Access Tokens"');
  });

  it('levels valid for the permission, and the values of enumerated properties', async () => {
    assert.deepEqual(labels(await complete('role "New" {\n  permission ADMI_LOGIN_OAUTH ‸\n}\n')), ['none', 'full']);
    assert.deepEqual(labels(await complete('role "New" {\n  permission ADMI_KERNEL ‸\n}\n')), ['none', 'view', 'create', 'edit', 'full']);
    assert.deepEqual(labels(await complete('role "New" {\n  two-factor ‸\n}\n')), ['required', 'not-required']);
    assert.deepEqual(labels(await complete('integration "I" {\n  state ‸\n}\n')), ['enabled', 'blocked', 'waiting-for-approval']);
    assert.deepEqual(labels(await complete('integration "I" {\n  authorization-flow ‸\n}\n')), ['enabled', 'disabled']);
    assert.deepEqual(labels(await complete('integration "I" {\n  issuetoken-endpoint ‸\n}\n')), ['enabled', 'disabled']);
    assert.ok(labels(await complete('role "New" {\n  center ‸\n}\n')).includes('customer'));
    assert.deepEqual(labels(await complete('role "New Role" {\n  id ‸\n}\n')), ['customrole_new_role']);
  });

  it('role names in a user block, leaving out roles the user already has', async () => {
    const items = await complete('user "x" {\n  role "Login"\n  role ‸\n}\n');
    assert.deepEqual(labels(items), ['Mgr', 'Dev']);
    assert.equal(edit(items[0]).newText, '"Mgr"');
    assert.equal(items[0].kind, CompletionItemKind.Class);
    // Before the brace the editor closed as `{` was typed, the name keeps a space from it.
    const oneLine = await complete('user "x" { role ‸}\n');
    assert.equal(edit(oneLine.find((i) => i.label === 'Login')!).newText, '"Login" ');
  });

  it('a role proposal says what the role can do when resolved, in the account of its open document', async () => {
    const { text, position } = cursor(ACCOUNT + 'user "x" {\n  role ‸\n}\n');
    const uri = `untitled:completion-${n++}`;
    await s.open(uri, text);
    const items = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
    // The list itself decides nothing: each role's capabilities cost decisions.
    assert.deepEqual(
      items.map((i) => i.documentation),
      items.map(() => undefined),
    );
    const doc = async (item: CompletionItem) =>
      ((await s.request<CompletionItem>('completionItem/resolve', item)).documentation as MarkupContent | undefined)?.value;
    const login = items.find((i) => i.label === 'Login')!;
    assert.equal(await doc(login), 'token login (RESTlets, web services) · no own tokens · no tokens for others');
    assert.match(
      (await doc(items.find((i) => i.label === 'Mgr')!)) ?? '',
      /^no token login · no own tokens · issues tokens for [1-9]\d* other user-roles? · 2FA required$/,
    );
    // A role proposal carries no data (its label names the role): a list of 1,667 roles stays small.
    assert.ok(items.every((i) => i.data === undefined));
    // A name no role has, or an item that is no role, resolves to the item as it was.
    for (const forged of [
      { ...login, label: 'No such role' },
      { ...login, label: '__proto__' },
      { ...login, kind: CompletionItemKind.Keyword },
    ]) {
      assert.deepEqual(await s.request<CompletionItem>('completionItem/resolve', forged), forged);
    }
    // After a list that proposed no role, nothing is resolved as one.
    await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 }, context: { triggerKind: 1 } });
    assert.equal(await doc(login), undefined);
    await s.request('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
    assert.ok(await doc(login));
    await s.close(uri);
    assert.equal(await doc(login), undefined);
  });

  it('a token’s role: the roles its user holds first', async () => {
    const items = await complete('token "t" {\n  user "dev"\n  role ‸\n}\n');
    assert.deepEqual(sorted(items), ['Dev', 'Login', 'Mgr']);
    assert.equal(items.find((i) => i.label === 'Dev')!.detail, 'held by dev');
    assert.equal(items.find((i) => i.label === 'Mgr')!.detail, 'not held by dev');
    assert.deepEqual(labels(await complete('token "t" {\n  integration ‸\n}\n')), ['Sync']);
  });

  it('an expect line, word by word: users, as, held roles first, can/cannot, actions, for/via/with, channels, integrations', async () => {
    assert.deepEqual(labels(await complete('expect ‸')), ['svc', 'dev']);
    assert.deepEqual(labels(await complete('expect "svc" ‸')), ['as']);
    assert.deepEqual(sorted(await complete('expect "svc" as ‸')), ['Login', 'Dev', 'Mgr']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" ‸')), ['can', 'cannot']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can ‸')), ['issue-token', 'revoke-token', 'restlet-login', 'web-services-login']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can issue-token ‸')), ['for', 'via', 'with']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can restlet-login ‸')), ['with']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can restlet-login with ‸')), ['Sync']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can restlet-login with "Sync" ‸')), []);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can issue-token with "Sync" ‸')), ['via']);
    assert.deepEqual(sorted(await complete('expect "svc" as "Login" can issue-token for "dev" as ‸')), ['Dev', 'Login', 'Mgr']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can issue-token for "dev" as "Dev" ‸')), ['via', 'with']);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can issue-token via ‸')), [
      'access-tokens-page',
      'settings-portlet',
      'issuetoken-endpoint',
      'authorization-flow',
    ]);
    assert.deepEqual(labels(await complete('expect "svc" as "Login" can issue-token via settings-portlet ‸')), ['with']);
  });

  it('a bare word in a role position also offers role ids', async () => {
    const items = await complete('user "x" {\n  role custom‸\n}\n');
    const id = items.find((i) => i.label === 'customrole_login')!;
    assert.equal(id.detail, 'Login');
    assert.deepEqual(edit(id).range, { start: { line: line + 1, character: 7 }, end: { line: line + 1, character: 13 } });
  });

  it('rule ids after nsroles-ignore', async () => {
    const items = await complete('# nsroles-ignore TBA-2F‸');
    const r = items.find((i) => i.label === 'TBA-2FA-REQUIRED')!;
    assert.deepEqual(edit(r).range, { start: { line, character: 17 }, end: { line, character: 23 } });
    assert.equal(r.detail, 'Administrator and highly privileged roles require two-factor authentication');
  });

  it('nothing inside a finished string or a plain comment, nor when a space is typed as indentation', async () => {
    assert.deepEqual(await complete('user "x"‸ {}'), []);
    assert.deepEqual(await complete('# just a note ‸'), []);
    assert.deepEqual(await complete('role "R" {\n  ‸\n}', ' '), []);
  });
});

describe('server: completion for a client without snippets', () => {
  it('offers keywords only', async () => {
    const s = await TestServer.start({ snippets: false });
    try {
      await s.open('untitled:a', '');
      const items = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: 'untitled:a' }, position: { line: 0, character: 0 } });
      assert.deepEqual(
        items.map((i) => i.kind),
        items.map(() => CompletionItemKind.Keyword),
      );
    } finally {
      await s.stop();
    }
  });
});

describe('server: completion for a client that takes a list-wide edit range (VS Code)', () => {
  it('sends the range once and each item only its text, with the same result as per-item edits', async () => {
    const plain = await TestServer.start();
    const defaults = await TestServer.start({ completionItemDefaults: true });
    try {
      for (const src of ['user "x" {\n  role "Lo‸"\n}\n', 'role "New" {\n  permission ADMI‸\n}\n', 'expect "dev" as ‸', '‸']) {
        const { text, position } = cursor(ACCOUNT + src);
        const ask = async (s: TestServer) => {
          await s.open('untitled:c', text);
          const r = await s.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: 'untitled:c' }, position });
          await s.close('untitled:c');
          return r;
        };
        const r = await ask(plain);
        const items = Array.isArray(r) ? r : r.items;
        const list = (await ask(defaults)) as CompletionList;
        assert.ok(items.length > 1, src);
        assert.equal(list.isIncomplete, !Array.isArray(r) && r.isIncomplete, 'cut alike');
        const range = list.itemDefaults?.editRange;
        assert.ok(range && 'start' in range, `an edit range for the list at ${JSON.stringify(src)}`);
        assert.equal(list.items.length, items.length);
        list.items.forEach((item, i) => {
          const e = items[i].textEdit as TextEdit;
          assert.equal(item.textEdit, undefined);
          assert.deepEqual(range, e.range);
          // What the client inserts: textEditText, or the label, over the list's range.
          assert.equal(applyEdits(text, [{ range, newText: item.textEditText ?? item.label }]), applyEdits(text, [e]));
          const rest = (x: CompletionItem) => {
            const c = { ...x };
            delete c.textEdit;
            delete c.textEditText;
            return c;
          };
          assert.deepEqual(rest(item), rest(items[i]), 'everything else as in the per-item form');
        });
      }
    } finally {
      await plain.stop();
      await defaults.stop();
    }
  });
});

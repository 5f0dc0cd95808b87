import { strict as assert } from 'assert';
import * as path from 'path';
import type { DocumentHighlight, Location, Range, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { fileUri, posOf, rangeOf, TestServer, workspace } from './harness';

const ROLES = `role "Login" {
  id customrole_login
  permission ADMI_LOGIN_OAUTH
}
role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
`;
const ACCOUNT = `include "roles.nsroles"
user "svc" { role "Login" }
user "ops" {
  role customrole_login
  role "Mgr"
}
integration "Sync" {}
token "t" { user "svc"; role "login"; integration "Sync"; created-by "ops" }
expect "ops" as "Mgr" can issue-token for "svc" as "Login"
`;

/** The range inside the quotes of the n-th `"name"`. */
function inner(text: string, quoted: string, n = 0): Range {
  const r = rangeOf(text, quoted, n);
  return { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } };
}

describe('server: navigation across included files', () => {
  let s: TestServer;
  let roles: string;
  let account: string;
  before(async () => {
    const dir = workspace({ 'roles.nsroles': ROLES, 'account.nsroles': ACCOUNT });
    roles = fileUri(path.join(dir, 'roles.nsroles'));
    account = fileUri(path.join(dir, 'account.nsroles'));
    s = await TestServer.start({ folders: [dir] });
    // Only the account is open: the roles file is read from disk.
    await s.open(account, ACCOUNT);
  });
  after(() => s.stop());

  const at = (uri: string, position: { line: number; character: number }) => ({ textDocument: { uri }, position });

  it('goes to the role a quoted reference names, in the included file', async () => {
    const defs = await s.request<Location[]>('textDocument/definition', at(account, posOf(ACCOUNT, '"Login"', 2)));
    assert.deepEqual(defs, [{ uri: roles, range: rangeOf(ROLES, '"Login"') }]);
  });

  it('goes to the id line from a bare id, and to the file from an include', async () => {
    const byId = await s.request<Location[]>('textDocument/definition', at(account, posOf(ACCOUNT, 'customrole_login', 4)));
    assert.deepEqual(byId, [{ uri: roles, range: rangeOf(ROLES, 'customrole_login') }]);
    const file = await s.request<Location[]>('textDocument/definition', at(account, posOf(ACCOUNT, 'roles.nsroles')));
    assert.deepEqual(file, [{ uri: roles, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    const user = await s.request<Location[]>('textDocument/definition', at(account, posOf(ACCOUNT, '"svc"', 2, 2)));
    assert.deepEqual(user, [{ uri: account, range: rangeOf(ACCOUNT, '"svc"') }]);
  });

  it('finds every reference to a role, by name and by id, in every file', async () => {
    const refs = await s.request<Location[]>('textDocument/references', {
      ...at(account, posOf(ACCOUNT, '"Login"', 2)),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs, [
      { uri: account, range: rangeOf(ACCOUNT, '"Login"') },
      { uri: account, range: rangeOf(ACCOUNT, 'customrole_login') },
      { uri: account, range: rangeOf(ACCOUNT, '"login"') },
      { uri: account, range: rangeOf(ACCOUNT, '"Login"', 1) },
      { uri: roles, range: rangeOf(ROLES, '"Login"') },
      { uri: roles, range: rangeOf(ROLES, 'customrole_login') },
    ]);
    const noDecl = await s.request<Location[]>('textDocument/references', {
      ...at(account, posOf(ACCOUNT, '"Login"', 2)),
      context: { includeDeclaration: false },
    });
    assert.equal(noDecl.length, 4);
    assert.ok(noDecl.every((l) => l.uri === account));
  });

  it('highlights a user’s declaration (write) and references (read) in the document', async () => {
    const hl = await s.request<DocumentHighlight[]>('textDocument/documentHighlight', at(account, posOf(ACCOUNT, '"svc"')));
    assert.deepEqual(hl, [
      { range: rangeOf(ACCOUNT, '"svc"'), kind: 3 },
      { range: rangeOf(ACCOUNT, '"svc"', 1), kind: 2 },
      { range: rangeOf(ACCOUNT, '"svc"', 2), kind: 2 },
    ]);
  });

  it('prepares a rename with the name inside the quotes, and refuses keywords', async () => {
    const prep = await s.request('textDocument/prepareRename', at(account, posOf(ACCOUNT, '"Login"', 2)));
    assert.deepEqual(prep, { range: inner(ACCOUNT, '"Login"'), placeholder: 'Login' });
    const bare = await s.request('textDocument/prepareRename', at(account, posOf(ACCOUNT, 'customrole_login', 2)));
    assert.deepEqual(bare, { range: rangeOf(ACCOUNT, 'customrole_login'), placeholder: 'customrole_login' });
    assert.equal(await s.request('textDocument/prepareRename', at(account, posOf(ACCOUNT, 'integration "Sync"', 2))), null);
  });

  it('renames a role everywhere it is named, leaving references by id alone', async () => {
    const edit = await s.request<WorkspaceEdit>('textDocument/rename', { ...at(account, posOf(ACCOUNT, '"login"', 2)), newName: 'RESTlet "Svc"' });
    assert.deepEqual(edit.changes, {
      [roles]: [{ range: inner(ROLES, '"Login"'), newText: 'RESTlet \\"Svc\\"' }],
      [account]: [
        { range: inner(ACCOUNT, '"Login"'), newText: 'RESTlet \\"Svc\\"' },
        { range: inner(ACCOUNT, '"login"'), newText: 'RESTlet \\"Svc\\"' },
        { range: inner(ACCOUNT, '"Login"', 1), newText: 'RESTlet \\"Svc\\"' },
      ],
    });
  });

  it('renames a role id with its bare references', async () => {
    const edit = await s.request<WorkspaceEdit>('textDocument/rename', {
      ...at(account, posOf(ACCOUNT, 'customrole_login', 3)),
      newName: 'customrole_restlet',
    });
    assert.deepEqual(edit.changes, {
      [account]: [{ range: rangeOf(ACCOUNT, 'customrole_login'), newText: 'customrole_restlet' }],
      [roles]: [{ range: rangeOf(ROLES, 'customrole_login'), newText: 'customrole_restlet' }],
    });
  });

  it('renames users, integrations and tokens', async () => {
    const user = await s.request<WorkspaceEdit>('textDocument/rename', { ...at(account, posOf(ACCOUNT, '"ops"')), newName: 'ops@acme.com' });
    assert.deepEqual(
      user.changes![account].map((e) => e.range),
      [inner(ACCOUNT, '"ops"'), inner(ACCOUNT, '"ops"', 1), inner(ACCOUNT, '"ops"', 2)],
    );
    const integ = await s.request<WorkspaceEdit>('textDocument/rename', { ...at(account, posOf(ACCOUNT, '"Sync"', 1, 1)), newName: 'Orders' });
    assert.deepEqual(integ.changes![account], [
      { range: inner(ACCOUNT, '"Sync"'), newText: 'Orders' },
      { range: inner(ACCOUNT, '"Sync"', 1), newText: 'Orders' },
    ]);
    const token = await s.request<WorkspaceEdit>('textDocument/rename', { ...at(account, posOf(ACCOUNT, '"t"')), newName: 't2' });
    assert.deepEqual(token.changes![account], [{ range: inner(ACCOUNT, '"t"'), newText: 't2' }]);
  });

  it('refuses a name that is taken or not a valid id, with a reason', async () => {
    await assert.rejects(s.request('textDocument/rename', { ...at(account, posOf(ACCOUNT, '"Login"', 2)), newName: 'mgr' }), /A role 'mgr' already exists/);
    await assert.rejects(
      s.request('textDocument/rename', { ...at(account, posOf(ACCOUNT, 'customrole_login', 2)), newName: 'has space' }),
      /A role id is one word/,
    );
  });

  it('works from the included file too, once it is open', async () => {
    await s.open(roles, ROLES);
    const refs = await s.request<Location[]>('textDocument/references', { ...at(roles, posOf(ROLES, '"Mgr"')), context: { includeDeclaration: true } });
    assert.deepEqual(refs, [
      { uri: account, range: rangeOf(ACCOUNT, '"Mgr"') },
      { uri: account, range: rangeOf(ACCOUNT, '"Mgr"', 1) },
      { uri: roles, range: rangeOf(ROLES, '"Mgr"') },
    ]);
    await s.close(roles);
  });
});

import { strict as assert } from 'assert';
import type { CodeLens } from 'vscode-languageserver-protocol/node';
import { EAGER_LENSES, LensDocuments } from '../../server/src/features/codeLens';
import { analysisOf, treeOf } from '../../server/src/ide/analysis';
import { lenses } from '../../server/src/ide/lenses';
import { load } from '../helpers/memory';
import { TestServer } from './harness';

const TEXT = `role "Mgr" { permission ADMI_MANAGE_OAUTH_TOKENS; two-factor required }
role "Login" { permission ADMI_LOGIN_OAUTH }
user "ops" { role "Mgr" }
user "svc" { role "Login" }
user "nobody" {}
expect "ops" as "Mgr" can issue-token for "svc" as "Login"
expect "svc" as "Login" can issue-token
expect "ghost" as "Login" can issue-token
integration "App" { token-based-authentication enabled }
token "t" { user "svc"; role "Login"; integration "App" }
`;

describe('server: code lenses', () => {
  it('roles: holders and capabilities; users: Simulate…; expect lines: pass or fail; tokens and integrations: Troubleshoot…', async () => {
    const s = await TestServer.start();
    try {
      const uri = 'untitled:lenses';
      await s.open(uri, TEXT);
      const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
      const simulate = (line: number, args: object) => ({
        range: at(line),
        command: { title: 'Simulate…', command: 'nsroles.openSimulator', arguments: [{ uri, ...args }] },
      });
      assert.deepEqual(lenses, [
        { range: at(0), command: { title: '1 user: ops · no token login · no own tokens · issues tokens for 1 other user-role · 2FA required', command: '' } },
        { range: at(1), command: { title: '1 user: svc · token login (RESTlets, web services) · no own tokens · no tokens for others', command: '' } },
        // One lens for the run of user lines, not one per line.
        simulate(2, { user: 'ops', role: 'Mgr' }),
        {
          range: at(5),
          command: { title: '✓ passes: ALLOW (TBA-ATM-OTHERS)', command: 'nsroles.openSimulator', arguments: [{ uri, user: 'ops', role: 'Mgr' }] },
        },
        {
          range: at(6),
          command: {
            title: '✗ fails: the decision is DENY (TBA-LOGIN-NO-ISSUE)',
            command: 'nsroles.openSimulator',
            arguments: [{ uri, user: 'svc', role: 'Login' }],
          },
        },
        {
          range: at(7),
          command: {
            title: '? not decided: it names an undefined user or role',
            command: 'nsroles.openSimulator',
            arguments: [{ uri, user: 'ghost', role: 'Login' }],
          },
        },
        { range: at(8), command: { title: 'Troubleshoot…', command: 'nsroles.openSimulator', arguments: [{ uri, troubleshoot: { integration: 'App' } }] } },
        { range: at(9), command: { title: 'Troubleshoot…', command: 'nsroles.openSimulator', arguments: [{ uri, troubleshoot: { token: 't' } }] } },
      ]);
      // Lenses follow edits: flipping the failing expectation makes it pass.
      await s.setText(uri, TEXT.replace('"Login" can issue-token\n', '"Login" cannot issue-token\n'));
      const again = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(again[4].command!.title, '✓ passes: DENY (TBA-LOGIN-NO-ISSUE)');
    } finally {
      await s.stop();
    }
  });

  it('2FA NetSuite forces is said to be forced; user runs split by other declarations get a lens each', async () => {
    const s = await TestServer.start();
    try {
      const uri = 'untitled:lenses-2fa';
      const text = `role "Token Admin" {
  permission "Access Token Management" full
  two-factor not-required
}
user "tina" { role "Token Admin" }
role "Login" { permission ADMI_LOGIN_OAUTH }
user "svc" { role "Login" }
user "svc2" {
  role "Login"
}
`;
      await s.open(uri, text);
      const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepEqual(
        lenses.map((l) => [l.range.start.line, l.command!.title]),
        [
          [0, '1 user: tina · no token login · no own tokens · issues tokens for 2 other user-roles · 2FA forced by NetSuite'],
          [4, 'Simulate…'],
          [5, '2 users: svc, svc2 · token login (RESTlets, web services) · no own tokens · no tokens for others'],
          [6, 'Simulate…'],
        ],
      );
    } finally {
      await s.stop();
    }
  });

  it('past EAGER_LENSES, the list says where lenses go and codeLens/resolve says what each says, as the full list would', async () => {
    const blocks: string[] = [];
    for (let i = 0; i < 130; i++) {
      blocks.push(`role "R${i}" { permission ${i % 3 ? 'ADMI_LOGIN_OAUTH' : 'ADMI_MANAGE_OAUTH_TOKENS'} }`);
      blocks.push(`user "u${i}" { role "R${i}" }`);
      blocks.push(`expect "u${i}" as "R${i}" ${i % 2 ? 'can' : 'cannot'} restlet-login`);
      blocks.push(`token "t${i}" { user "u${i}"; role "R${i}" }`);
    }
    const text = blocks.join('\n') + '\n';
    const s = await TestServer.start();
    try {
      const uri = 'untitled:many-lenses';
      await s.open(uri, text);
      const list = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(list.length > EAGER_LENSES, `${list.length} lenses`);
      assert.ok(
        list.every((l) => !l.command && l.data),
        'no lens is worked out with the list',
      );
      const resolved: CodeLens[] = [];
      for (const l of list) resolved.push(await s.request<CodeLens>('codeLens/resolve', l));
      // As the whole list, worked out in one go by the ide layer, says.
      const a = analysisOf('/main.nsroles', load(text));
      const lines = treeOf(a)!.lines;
      const whole = lenses(a, uri).map((l) => [lines.position(l.span.start).line, l.title, l.command, l.args ?? []]);
      assert.deepEqual(
        resolved.map((l) => [l.range.start.line, l.command!.title, l.command!.command, l.command!.arguments ?? []]),
        whole,
      );
      // After an edit, a lens of the old version comes back as it was sent: here the edit is at
      // the end, so its expect line still starts at its offset, but in other edits another
      // declaration of its kind may start there.
      await s.setText(uri, text + '# edited\n');
      const old = list.find((l) => (l.data as unknown[])[2] === 'expect')!;
      assert.deepEqual(await s.request<CodeLens>('codeLens/resolve', old), old);
      // The new version's lenses resolve.
      const fresh = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const again = await s.request<CodeLens>(
        'codeLens/resolve',
        fresh.find((l) => (l.data as unknown[])[2] === 'expect')!,
      );
      assert.equal(again.command?.title, resolved.find((l) => l.range.start.line === old.range.start.line)!.command!.title);
      // Data the server did not write is not trusted.
      const [id, version] = fresh[0].data as [number, number];
      for (const data of [
        null,
        'x',
        { uri, kind: 'role', at: 0 },
        [id, version, 'role', 'zero'],
        [id, version, '__proto__', 0],
        [id, version, 'constructor', 0],
        [id + 1, version, 'role', 0],
        [-1, version, 'role', 0],
        [String(id), version, 'role', 0],
        [id, String(version), 'role', 0],
        [id, version, 'role', 0, 1],
      ]) {
        const lens = { range: fresh[0].range, data };
        assert.deepEqual(await s.request<CodeLens>('codeLens/resolve', lens), lens);
      }
    } finally {
      await s.stop();
    }
  });

  it('a document number is never given twice: past 1,000 documents the oldest is dropped, and its lenses stay unresolved', () => {
    const docs = new LensDocuments();
    const first = docs.id('file:///a');
    assert.equal(docs.id('file:///a'), first);
    const ids = new Set([first]);
    for (let i = 0; i < 1000; i++) ids.add(docs.id(`file:///b${i}`));
    assert.equal(ids.size, 1001, 'every document its own number');
    assert.equal(docs.uri(first), undefined, 'the oldest was dropped, not renumbered');
    assert.equal(docs.uri(first + 1), 'file:///b0');
    assert.notEqual(docs.id('file:///a'), first);
    for (const bad of [NaN, -1, '0', null, 1e308]) assert.equal(docs.uri(bad), undefined);
  });
});

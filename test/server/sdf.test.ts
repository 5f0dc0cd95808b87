import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Location } from 'vscode-languageserver-protocol/node';
import { fileUri, posOf, ROOT, TestServer } from './harness';

const PROJECT = path.join(ROOT, 'test/fixtures/sdf-project');
const FILE = path.join(PROJECT, 'access.nsroles');

describe('server: SuiteCloud role objects in the account', () => {
  let s: TestServer;
  const uri = fileUri(FILE);
  const text = fs.readFileSync(FILE, 'utf8');
  before(async () => {
    s = await TestServer.start({ folders: [PROJECT] });
    await s.open(uri, text);
  });
  after(() => s.stop());

  it('reports for a role file exactly what `nsroles check` reports for it (check also names a change that makes a failing expect hold)', async () => {
    // check exits 1 here: the fixture has errors on purpose.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', PROJECT, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const cli = JSON.parse(run.stdout) as {
      findings: { file: string; line: number; column: number; rule: string; message: string }[];
    };
    // The editor computes that change per line, in the quick fixes and the hover, not on every keystroke.
    const plain = (f: { rule: string; message: string }) => (f.rule === 'NSR-EXPECT-FAILED' ? f.message.replace(/ To make it hold: [^\n]*$/, '') : f.message);
    const expected = cli.findings.filter((f) => f.file === path.relative(ROOT, FILE)).map((f) => [f.rule, f.line - 1, f.column - 1, plain(f)]);
    assert.ok(cli.findings.some((f) => f.rule === 'NSR-EXPECT-FAILED' && / To make it hold: /.test(f.message)));
    const { diagnostics } = await s.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      expected,
    );
    assert.ok(!diagnostics.some((d) => d.code === 'NSR-UNKNOWN-REF'));
  });

  it('goes from a bare scriptid to the role object, and refuses to rename it here', async () => {
    const defs = await s.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: posOf(text, 'customrole_soap_sync', 3) });
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, fileUri(path.join(PROJECT, 'src/Objects/customrole_soap_sync.xml')));
    await assert.rejects(
      s.request('textDocument/rename', { textDocument: { uri }, position: posOf(text, '"SOAP Sync"', 2), newName: 'X' }),
      /Role 'SOAP Sync' is a SuiteCloud role object: rename it in its XML file\./,
    );
  });
});

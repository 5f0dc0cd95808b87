import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type Diagnostic, DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, TestServer, workspace } from './harness';

// A TBA role nobody holds: TBA-ROLE-UNASSIGNED, a warning by default.
const TEXT = 'role "Orphan" {\n  permission "Log in using Access Tokens" full\n}\n';
const RULE = 'TBA-ROLE-UNASSIGNED';

function of(list: Diagnostic[], code: string): Diagnostic[] {
  return list.filter((d) => d.code === code);
}

describe('server: project configuration (.nsroles.json)', function () {
  this.timeout(60000);
  let s: TestServer;
  let rules: Record<string, string> = {};
  // The config sits above the role file's folder: the nearest one at or above applies.
  const dir = workspace({ '.nsroles.json': JSON.stringify({ rules: { [RULE]: 'off' } }), 'accounts/prod/main.nsroles': TEXT });
  const config = path.join(dir, '.nsroles.json');
  const configUri = fileUri(config);
  const uri = fileUri(path.join(dir, 'accounts/prod/main.nsroles'));

  /** Writes the config and tells the server, as VS Code's file watcher would. */
  async function writeConfig(text: string | undefined): Promise<number> {
    const before = s.published.length;
    if (text === undefined) fs.rmSync(config);
    else fs.writeFileSync(config, text);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: configUri, type: text === undefined ? FileChangeType.Deleted : FileChangeType.Changed }],
    });
    return before;
  }

  before(async () => {
    s = await TestServer.start({ folders: [dir], configuration: (item) => (item.section === 'nsroles' ? { rules } : null) });
  });
  after(async () => {
    await s?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a rule the project turns off is not reported; the watcher for the file is registered', async () => {
    await s.open(uri, TEXT);
    const { diagnostics } = await s.diagnostics(uri);
    assert.deepEqual(of(diagnostics, RULE), []);
    await s.until('watched files registered', () => s.registrations.find((m) => m === 'workspace/didChangeWatchedFiles'));
  });

  it('an edit of the file on disk applies at once (the server watches it)', async () => {
    const before = await writeConfig(JSON.stringify({ rules: { [RULE]: 'hint' } }));
    const next = await s.until('a publish with the hint', () => {
      const p = s.published
        .slice(before)
        .filter((x) => x.uri === uri)
        .pop();
      return p && of(p.diagnostics, RULE).length ? p : undefined;
    });
    assert.equal(of(next.diagnostics, RULE)[0].severity, DiagnosticSeverity.Hint);
  });

  it('the nsroles.rules setting applies on top of the file', async () => {
    rules = { [RULE]: 'error' };
    const before = s.published.length;
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const next = await s.until('a publish with the setting', () => {
      const p = s.published
        .slice(before)
        .filter((x) => x.uri === uri)
        .pop();
      return p && of(p.diagnostics, RULE)[0]?.severity === DiagnosticSeverity.Error ? p : undefined;
    });
    assert.ok(next);
    rules = {};
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('a bad file is a finding on the file itself, at the bad entry; the good entries still count', async () => {
    const text = '{\n  "rules": {\n    "TBA-NOPE": "off",\n    "TBA-ROLE-UNASSIGNED": "off"\n  }\n}\n';
    const before = await writeConfig(text);
    const onConfig = await s.until('diagnostics on .nsroles.json', () => s.published.slice(before).find((p) => p.uri === configUri));
    assert.equal(onConfig.diagnostics.length, 1);
    const [d] = onConfig.diagnostics;
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } });
    assert.match(String(d.message), /^Unknown rule id 'TBA-NOPE'\./);
    const roles = await s.until('the role file again', () => {
      const p = s.published
        .slice(before)
        .filter((x) => x.uri === uri)
        .pop();
      return p && !of(p.diagnostics, RULE).length ? p : undefined;
    });
    assert.ok(roles, 'TBA-ROLE-UNASSIGNED stays off');
  });

  it('a file that is not JSON is a finding too, never a crash; fixing or deleting it clears the finding', async () => {
    const text = '{ "rules": { "TBA-ROLE-UNASSIGNED": "off", } }';
    let before = await writeConfig(text);
    const broken = await s.until('diagnostics on the broken file', () =>
      s.published.slice(before).find((p) => p.uri === configUri && p.diagnostics.length > 0),
    );
    assert.match(String(broken.diagnostics[0].message), /^Not valid JSON: a property name in double quotes expected\./);
    assert.equal(broken.diagnostics[0].range.start.character, text.indexOf(', }') + 2, 'at the brace after the trailing comma');
    // The server still answers, and lints the role file with the default severity meanwhile.
    const roles = await s.until('the role file with the default', () => {
      const p = s.published
        .slice(before)
        .filter((x) => x.uri === uri)
        .pop();
      return p && of(p.diagnostics, RULE)[0]?.severity === DiagnosticSeverity.Warning ? p : undefined;
    });
    assert.ok(roles);
    before = await writeConfig(undefined);
    const cleared = await s.until('the finding cleared', () => s.published.slice(before).find((p) => p.uri === configUri));
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(s.proc.exitCode, null, 'the server is running');
  });
});

// The e2e scenario through VS Code's extension API, in the Extension Development Host that
// @vscode/test-electron starts: problems with rule codes, a hover's verbatim quote, a quick
// fix, the expect lines' answers, the simulator panel and the walkthrough. The clicks inside
// the simulator webview (the DENY answer, Save as expect line) need a browser: the
// code-server suite (npm run test:e2e) does those.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { quoteOf } from '../../helpers/quotes';

const EXTENSION_ID = 'nsroles.nsroles';
const WAIT_MS = 30_000;
const PERM_LINE = 19; // 0-based: line 20, `permission "Log in using Access Tokens" edit`

/** Resolves with `check()`'s first truthy value, re-checked on each `event`; rejects after `ms`. */
function waitFor<T>(what: string, event: vscode.Event<unknown>, check: () => T | undefined | false, ms = WAIT_MS): Promise<T> {
  const now = check();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const listener = event(() => {
      const value = check();
      if (!value) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

function diagnosticsWith(uri: vscode.Uri, present: string[], absent: string[] = []): vscode.Diagnostic[] | undefined {
  const diagnostics = vscode.languages.getDiagnostics(uri);
  const codes = new Set(diagnostics.map(codeOf));
  return present.every((c) => codes.has(c)) && !absent.some((c) => codes.has(c)) ? diagnostics : undefined;
}

/** Hover Markdown as plain text: the server escapes every punctuation mark. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}

describe('nsroles in VS Code (Extension Development Host)', function () {
  this.timeout(60_000);
  let doc: vscode.TextDocument;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the runner opens a copy of examples/');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'mistakes', 'mistakes.nsroles'));
    await vscode.window.showTextDocument(doc);
  });

  it('reports the mistakes file’s problems with their rule codes and docs links', async function () {
    const diagnostics = await waitFor('the rule codes', vscode.languages.onDidChangeDiagnostics, () =>
      diagnosticsWith(doc.uri, ['TBA-2FA-REQUIRED', 'TBA-PERM-LEVEL', 'NSR-UNKNOWN-REF', 'NSR-EXPECT-FAILED', 'TBA-TOKEN-CREATOR']),
    );
    const perm = diagnostics.find((d) => codeOf(d) === 'TBA-PERM-LEVEL')!;
    assert.equal(perm.source, 'nsroles');
    assert.equal(perm.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([perm.range.start.line, perm.range.start.character], [PERM_LINE, 42]);
    assert.match(perm.message, /takes only the levels none and full, not 'edit'/);
    const target = typeof perm.code === 'object' ? perm.code.target.toString() : '';
    assert.match(target, /docs\/rules\/TBA-PERM-LEVEL\.md$/);
  });

  it('hovering a permission shows NetSuite’s words, verbatim', async function () {
    const at = doc.positionAt(doc.getText().indexOf('"Access Token Management"') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = unescapeMarkdown(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'));
    assert.ok(text.includes(quoteOf('TBA-ATM-OTHERS', 'for other users')), text);
    assert.ok(text.includes('— *Set Up Token-based Authentication Roles*'), text);
  });

  it('the quick fix sets the level to full and the problem goes away', async function () {
    const perm = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'TBA-PERM-LEVEL');
    assert.ok(perm);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      perm.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a): a is vscode.CodeAction => a.title === 'Set the level to full' && 'edit' in a);
    assert.ok(fix?.edit, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(PERM_LINE).text, '  permission "Log in using Access Tokens" full');
    await waitFor('TBA-PERM-LEVEL to go away', vscode.languages.onDidChangeDiagnostics, () =>
      diagnosticsWith(doc.uri, ['TBA-2FA-REQUIRED'], ['TBA-PERM-LEVEL']),
    );
  });

  it('an expect line’s code lens gives the decision: DENY for tina as Token Admin logging in to a RESTlet', async function () {
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('expect "tina@acme.com" as "Token Admin" can restlet-login'));
    assert.ok(line >= 0);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
    const titles = lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title ?? '');
    assert.ok(
      titles.some((t) => t.includes('fails: the decision is DENY (TBA-ATM-NO-LOGIN)')),
      `lenses on line ${line + 1}: ${JSON.stringify(titles)}`,
    );
  });

  it('"NetSuite TBA: Open Simulator" opens the panel beside the role file', async function () {
    await vscode.commands.executeCommand('nsroles.openSimulator', { uri: doc.uri.toString(), user: 'tina@acme.com', role: 'Token Admin' });
    const tab = await waitFor('the simulator tab', vscode.window.tabGroups.onDidChangeTabs, () =>
      allTabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('nsroles.simulator')),
    );
    assert.equal(tab.label, 'Simulator: mistakes.nsroles');
  });

  // The DENY answer in the panel and "Save as expect line" need clicks in the webview: npm run
  // test:e2e does them, in the real workbench.

  it('the walkthrough opens', async function () {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#nsroles.gettingStarted`, false);
    await waitFor('the walkthrough tab', vscode.window.tabGroups.onDidChangeTabs, () => allTabs().find((t) => t.isActive && t.label === 'Welcome'));
  });
});

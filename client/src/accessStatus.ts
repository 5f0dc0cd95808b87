/**
 * The status-bar item "Access: +N / −M since HEAD" for the active role file. HEAD's text comes
 * from VS Code's built-in git extension (no git of our own in the client); the server decides
 * the delta against the files as edited, unsaved edits included. A click opens the changes,
 * each pair linking to the line that caused it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderMarkdown, summaryLine } from '../../shared/accessText';
import { AccessDeltaRequest, ModelRequest } from '../../shared/protocol/lsp';
import type { AccessDelta } from '../../shared/protocol/wire';

/** The part of the git extension's API (vscode.git, version 1) used here. */
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

const DELAY_MS = 400;
export const SHOW_ACCESS_CHANGES = 'nsroles.showAccessChanges';

async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    return (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
  } catch {
    return undefined;
  }
}

export function registerAccessStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('nsroles.access', vscode.StatusBarAlignment.Left, 50);
  item.name = 'NetSuite TBA access since HEAD';
  item.command = SHOW_ACCESS_CHANGES;
  let last: { uri: vscode.Uri; delta: AccessDelta } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const update = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    const mine = ++seq;
    if (doc?.languageId !== 'nsroles' || !client.isRunning()) return void item.hide();
    const repo = (await gitApi())?.getRepository(doc.uri);
    if (!repo) return void item.hide();
    try {
      const model = await client.sendRequest(ModelRequest, { uri: doc.uri.toString() });
      const base = await Promise.all(
        model.files.map(async (f) => ({
          uri: f,
          text: await repo.show('HEAD', vscode.Uri.parse(f).fsPath).then(
            (t) => t,
            () => null,
          ),
        })),
      );
      const delta = await client.sendRequest(AccessDeltaRequest, { uri: doc.uri.toString(), base });
      if (mine !== seq) return;
      last = { uri: doc.uri, delta };
      item.text = `$(shield) Access: +${delta.granted.length} / \u2212${delta.revoked.length} since HEAD`;
      item.tooltip = `Token access changes since HEAD in this account: ${summaryLine(delta)}. Click to see who and why.`;
      item.show();
    } catch {
      if (mine === seq) item.hide();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DELAY_MS);
  };

  context.subscriptions.push(
    item,
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'nsroles' && schedule()),
    vscode.workspace.onDidSaveTextDocument(schedule),
    client.onDidChangeState(schedule),
    vscode.commands.registerCommand(SHOW_ACCESS_CHANGES, async () => {
      if (!last) return;
      const link = (file: string, line: number) =>
        vscode.Uri.parse(file)
          .with({ fragment: `L${line}` })
          .toString();
      const content = renderMarkdown(last.delta, 'HEAD', 'the files as edited', link);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    }),
  );
  schedule();
}

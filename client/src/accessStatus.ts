/**
 * The status-bar item "Access: +N / −M since HEAD" for the active role file. The delta comes
 * from headDelta.ts (HEAD through VS Code's git extension, unsaved edits included). A click
 * opens the simulator's Changes tab, each pair linking to the line that caused it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { summaryLine } from '../../shared/accessText';
import { deltaSinceHead, onHeadMoved } from './headDelta';

const DELAY_MS = 400;
export const SHOW_ACCESS_CHANGES = 'nsroles.showAccessChanges';

export function registerAccessStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('nsroles.access', vscode.StatusBarAlignment.Left, 50);
  item.name = 'NetSuite TBA access since HEAD';
  item.command = SHOW_ACCESS_CHANGES;
  let last: vscode.Uri | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const update = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    const mine = ++seq;
    if (doc?.languageId !== 'nsroles' || !client.isRunning()) return void item.hide();
    try {
      const r = await deltaSinceHead(client, doc.uri);
      if (mine !== seq) return;
      if ('message' in r) return void item.hide();
      last = doc.uri;
      item.text = `$(shield) Access: +${r.delta.granted.length} / \u2212${r.delta.revoked.length} since HEAD`;
      item.tooltip = `Token access changes since HEAD in this account: ${summaryLine(r.delta)}. Click to see who and why.`;
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
    // A commit or checkout changes what HEAD is; a role object deleted or renamed on disk shows
    // once git reports it. Either way there is no edit to the file.
    onHeadMoved(schedule, { anyChange: true }),
    vscode.commands.registerCommand(SHOW_ACCESS_CHANGES, () =>
      vscode.commands.executeCommand('nsroles.openSimulator', { uri: (last ?? vscode.window.activeTextEditor?.document.uri)?.toString(), changes: true }),
    ),
  );
  schedule();
}

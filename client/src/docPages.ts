/**
 * The rule and permission pages the extension ships (docs/rules, docs/permissions) open as
 * rendered Markdown. Diagnostics and hovers can only link to the page's file, which VS Code
 * opens as its source (generator comment and all); when such a file opens in a text editor, it
 * is closed and the Markdown preview shows the page instead.
 */
import * as vscode from 'vscode';
import { isShippedPage } from './documents';

export function registerDocPages(context: vscode.ExtensionContext): void {
  const folders = ['rules', 'permissions'].map((f) => vscode.Uri.joinPath(context.extensionUri, 'docs', f));
  const render = async (tab: vscode.Tab) => {
    const input = tab.input;
    if (!(input instanceof vscode.TabInputText) || !isShippedPage(input.uri, folders)) return;
    try {
      await vscode.window.tabGroups.close(tab);
      await vscode.commands.executeCommand('markdown.showPreview', input.uri);
    } catch {
      // The tab went away meanwhile, or there is no Markdown preview: the source stays open.
    }
  };
  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of [...e.opened, ...e.changed]) void render(tab);
    }),
  );
}

import * as vscode from 'vscode';
import { COMMANDS, type CommandHost } from './commands';
import { openNewRoleFile } from './newRoleFile';
import { isRoleObjectDocument } from './sdf';
import { exportSdfRole, generateFromSdf } from './sdfCommands';
import { CLIENT_NAME, ServerSession } from './session';
import { registerSimulator } from './simulator';
import { registerAccessStatus } from './accessStatus';
import { registerDocPages } from './docPages';
import { CONTEXT_OPENED_ROLE_FILE } from './simulator/contextKeys';
import { workspaceHasRoleFiles, workspaceHasRoleObjects } from './workspaceRoles';

let session: ServerSession | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const current = new ServerSession(context, output);
  session = current;
  context.subscriptions.push(output, current);

  const host: CommandHost = {
    restartServer: () => current.restart(),
    showOutput: () => output.show(true),
    newRoleFile: openNewRoleFile,
    generateFromSdf: () => generateFromSdf(current.client),
    exportSdfRole: () => exportSdfRole(current.client),
  };
  for (const command of COMMANDS) {
    context.subscriptions.push(vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(host, ...args)));
  }
  registerSimulator(context, current.client);
  registerAccessStatus(context, current.client);
  registerDocPages(context);
  watchForRoleFile(context);
  // Not awaited: activation finishes at once and the server comes up behind it. Any SuiteCloud
  // project's Objects/*.xml (src/Objects, or at the root) activates the extension (names cannot
  // tell a role object); the server starts only once a role file or a role object (root <role>)
  // is there or opened.
  void startWhenNeeded(context, current);
}

const isRoleDocument = (d: vscode.TextDocument) => d.languageId === 'nsroles' || isRoleObjectDocument(d.uri.path, d.getText());

/** Marks the walkthrough's "Open a role file" done the first time a role file is the active editor. */
function watchForRoleFile(context: vscode.ExtensionContext): void {
  const seen = (e: vscode.TextEditor | undefined): boolean => {
    if (!e || !isRoleDocument(e.document)) return false;
    void vscode.commands.executeCommand('setContext', CONTEXT_OPENED_ROLE_FILE, true);
    return true;
  };
  if (seen(vscode.window.activeTextEditor)) return;
  const sub = vscode.window.onDidChangeActiveTextEditor((e) => seen(e) && sub.dispose());
  context.subscriptions.push(sub);
}

async function startWhenNeeded(context: vscode.ExtensionContext, current: ServerSession): Promise<void> {
  if (vscode.workspace.textDocuments.some(isRoleDocument) || (await workspaceHasRoles())) return current.start();
  const sub = vscode.workspace.onDidOpenTextDocument((d) => {
    if (!isRoleDocument(d)) return;
    sub.dispose();
    void current.start();
  });
  context.subscriptions.push(sub);
}

/** A role file, or a role object among the SuiteCloud object files. */
async function workspaceHasRoles(): Promise<boolean> {
  return (await workspaceHasRoleFiles()) || (await workspaceHasRoleObjects());
}

export function deactivate(): Promise<void> | undefined {
  return session?.stop();
}

import * as vscode from 'vscode';
import { COMMANDS, CommandHost } from './commands';
import { openNewRoleFile } from './newRoleFile';
import { exportSdfRole, generateFromSdf } from './sdfCommands';
import { CLIENT_NAME, ServerSession } from './session';
import { registerSimulator } from './simulator';
import { registerAccessStatus } from './accessStatus';

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
  // Not awaited: activation finishes at once and the server comes up behind it.
  void current.start();
}

export function deactivate(): Promise<void> | undefined {
  return session?.stop();
}

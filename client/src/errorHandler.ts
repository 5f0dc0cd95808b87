import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import { continueAfterError, type CrashVerdict, type RestartPolicy } from './restartPolicy';

/**
 * Restarts a crashed server with a notice the user sees (the library's default restarts
 * silently), and gives up with an error once the policy says it keeps crashing.
 */
export function crashHandler(policy: RestartPolicy, output: vscode.LogOutputChannel, restart: () => Promise<void>): ErrorHandler {
  return {
    error: (_error, _message, count) => ({ action: continueAfterError(count) ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const verdict = policy.onCrash(Date.now());
      notify(verdict, output, restart);
      // handled: we showed our own notice, so the library only logs the message.
      return { action: verdict.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: verdict.message, handled: true };
    },
  };
}

function notify(verdict: CrashVerdict, output: vscode.LogOutputChannel, restart: () => Promise<void>): void {
  // The client logs verdict.message itself (we return it as the close message).
  if (!verdict.notify) return;
  const showOutput = 'Show Output';
  if (verdict.restart) {
    void vscode.window.showWarningMessage(verdict.message, showOutput).then((choice) => {
      if (choice === showOutput) output.show(true);
    });
    return;
  }
  const again = 'Restart';
  void vscode.window.showErrorMessage(verdict.message, showOutput, again).then((choice) => {
    if (choice === showOutput) output.show(true);
    if (choice === again) void restart();
  });
}

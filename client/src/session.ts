import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { type InitializationOptions, SETTINGS_SECTION } from '../../shared/settings';
import { DOCUMENT_SELECTOR, WATCHED_FILES } from './documents';
import { crashHandler } from './errorHandler';
import { RestartPolicy } from './restartPolicy';
import { TraceChannel } from './traceChannel';
import { UNTRUSTED_MARKDOWN } from './trust';

/** The client id: vscode-languageclient reads `${CLIENT_ID}.trace.server`. */
export const CLIENT_ID = SETTINGS_SECTION;
export const CLIENT_NAME = 'NetSuite TBA Roles';

/** The language server as a child process: its start, its restarts and its channels. */
export class ServerSession implements vscode.Disposable {
  readonly client: LanguageClient;
  private readonly policy = new RestartPolicy();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {
    const trace = new TraceChannel();
    const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES);
    this.disposables.push(trace, watcher);
    const initializationOptions: InitializationOptions = {
      rulesDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
      permissionsDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'permissions').toString(),
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      traceOutputChannel: trace,
      initializationOptions,
      synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watcher },
      errorHandler: crashHandler(this.policy, output, () => this.restart()),
      // Hovers quote user-written names; never let them run commands or HTML.
      markdown: UNTRUSTED_MARKDOWN,
    };
    this.client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(context), clientOptions);
  }

  /** Starts the server; a failure is reported, not thrown, so activation still completes. */
  async start(): Promise<void> {
    try {
      await this.client.start();
    } catch (error) {
      this.report('The NetSuite TBA language server did not start', error);
    }
  }

  /** A restart the user asked for: forgets earlier crashes so the server gets a fresh budget. */
  async restart(): Promise<void> {
    this.policy.reset();
    this.output.info('Restarting the language server.');
    try {
      // Only a running client can be stopped; one that crashed for good (StartFailed) or
      // never started is simply started again.
      if (this.client.isRunning()) await this.client.restart();
      else await this.client.start();
    } catch (error) {
      this.report('The NetSuite TBA language server did not restart', error);
    }
  }

  async stop(): Promise<void> {
    if (this.client.needsStop()) await this.client.stop();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.client.dispose();
  }

  private report(what: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.output.error(`${what}: ${detail}`);
    void vscode.window.showErrorMessage(`${what}: ${detail}`, 'Show Output').then((choice) => {
      if (choice) this.output.show(true);
    });
  }
}

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath('dist/server.js');
  // stdio, as other editors and the benchmarks talk to it: the server's own writer then encodes
  // only the diagnostics an edit changed (over IPC, Node serializes every message whole).
  return {
    run: { module, transport: TransportKind.stdio },
    // Launched from the Extension Development Host: attach a debugger on this port.
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
}

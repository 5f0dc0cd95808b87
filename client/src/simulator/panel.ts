/**
 * One simulator panel: binds to a role file, relays the webview's questions to the language
 * server and its answers back, and turns Apply / Save / Export into editor operations.
 * The server decides everything; this class only forwards and edits.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChangeEditParams, WhoCanParams } from '../../../shared/protocol/wire';
import type { HostMessage, PresetUpdate, WebviewMessage } from '../../../shared/protocol/webview';
import { ChangeEditRequest, MatrixRequest, ModelRequest, SimulateRequest, TroubleshootRequest, WhoCanRequest } from '../../../shared/protocol/lsp';
import { BASE_REF, deltaSinceHead, type HeadDelta, onHeadMoved } from '../headDelta';
import { CONTEXT_ASKED_RESTLET, CONTEXT_SAVED_EXPECT, CONTEXT_TROUBLESHOOT } from './contextKeys';
import { expectAppendText } from './expectText';
import { makeNonce, renderSimulatorHtml } from './html';
import { matrixRowMatches, matrixToCsv, matrixToMarkdown } from '../../../shared/matrixText';
import { messageGate } from '../../../shared/protocol/schemas';
import { WEBVIEW_RESOURCE_FOLDERS, WEBVIEW_SAFETY } from '../trust';
import { workspaceHasRoleFiles, workspaceHasRoleObjects } from '../workspaceRoles';

export interface PanelDeps {
  extensionUri: vscode.Uri;
  client: LanguageClient;
  log: vscode.LogOutputChannel;
}

/** Scripts, styles and fonts load only from the extension's dist/ and media/; no forms, no command links. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { ...WEBVIEW_SAFETY, localResourceRoots: WEBVIEW_RESOURCE_FOLDERS.map((f) => vscode.Uri.joinPath(extensionUri, f)) };
}

const REFRESH_DELAY_MS = 250;

/** A notice that answers a request carries its id, so the webview stops waiting for it. */
function about(m: WebviewMessage): { requestId?: number } {
  return 'requestId' in m ? { requestId: m.requestId } : {};
}

function parseUri(s: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(s, true);
  } catch {
    return undefined;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class SimulatorPanel implements vscode.Disposable {
  private uri: vscode.Uri | undefined;
  /** The bound file and everything it includes, as URI strings. */
  private files = new Set<string>();
  /** The last Changes answer: its HEAD files are the only ones a base line may reveal. */
  private head: HeadDelta | undefined;
  private ready = false;
  private preset: PresetUpdate | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private modelSeq = 0;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    uri: vscode.Uri | undefined,
  ) {
    panel.webview.options = webviewOptions(deps.extensionUri);
    panel.webview.html = this.html();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.nsroles');
    const onDisk = (u: vscode.Uri) => this.files.has(u.toString()) && this.scheduleRefresh();
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(onDisk),
      watcher.onDidCreate(onDisk),
      watcher.onDidDelete(onDisk),
      panel.webview.onDidReceiveMessage(
        messageGate(
          (m) => void this.handle(m),
          (line) => deps.log.warn(line),
        ),
      ),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => this.files.has(e.document.uri.toString()) && this.scheduleRefresh()),
      // HEAD moved (a commit, a checkout): the Changes tab compares with another commit now.
      onHeadMoved(() => this.scheduleRefresh()),
      // Follow the active role file, like the Markdown preview follows the active Markdown file;
      // a file of the account already simulated (an included one) keeps the binding.
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.document.languageId === 'nsroles' && !this.files.has(e.document.uri.toString())) this.bind(e.document.uri);
      }),
    );
    if (uri) this.bind(uri);
  }

  get boundUri(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Simulates another file (the active editor changed, or the command named one). */
  bind(uri: vscode.Uri): void {
    this.uri = uri;
    this.files = new Set([uri.toString()]);
    this.panel.title = `Simulator: ${path.posix.basename(uri.path)}`;
    // Opening the document makes the language client sync it, so the server can answer for it.
    vscode.workspace.openTextDocument(uri).then(
      () => this.refresh(),
      (e) => this.post({ type: 'model', file: this.boundFile(uri), model: null, error: `Cannot open ${uri.fsPath}: ${errorText(e)}` }),
    );
  }

  /** Presets the actor (user code lens); delivered once the webview listens. */
  presetActor(user: string | undefined, role: string | undefined): void {
    if (!user) return;
    this.preset = { type: 'preset', user, ...(role ? { role } : {}) };
    if (this.ready) this.flushPreset();
  }

  /** Opens the Troubleshoot tab on a token or integration (their code lenses). */
  presetTroubleshoot(t: { token?: string; integration?: string }): void {
    this.preset = { type: 'preset', troubleshoot: t };
    if (this.ready) this.flushPreset();
  }

  /** Opens the Changes tab (the access status-bar item). */
  presetChanges(): void {
    this.preset = { type: 'preset', changes: true };
    if (this.ready) this.flushPreset();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  private html(): string {
    const w = this.panel.webview;
    const asset = (...p: string[]) => w.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, ...p)).toString();
    return renderSimulatorHtml({
      cspSource: w.cspSource,
      nonce: makeNonce(),
      scriptUri: asset('dist', 'webview.js'),
      styleUri: asset('dist', 'webview.css'),
      codiconsUri: asset('dist', 'codicons', 'codicon.css'),
    });
  }

  private boundFile(uri: vscode.Uri): { uri: string; label: string } {
    return { uri: uri.toString(), label: vscode.workspace.asRelativePath(uri, false) };
  }

  private post(m: HostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(m);
  }

  private flushPreset(): void {
    if (this.preset) this.post(this.preset);
    this.preset = undefined;
  }

  // Typing bursts become one request: the server re-reads the account on each.
  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.ready) return;
    const seq = ++this.modelSeq;
    try {
      const model = await this.deps.client.sendRequest(ModelRequest, { uri: uri.toString() });
      if (seq !== this.modelSeq) return;
      this.files = new Set([uri.toString(), ...model.files.map((f) => vscode.Uri.parse(f).toString())]);
      this.post({ type: 'model', file: this.boundFile(uri), model });
    } catch (e) {
      if (seq !== this.modelSeq) return;
      this.deps.log.error(`nsroles/model failed for ${uri.toString()}: ${errorText(e)}`);
      this.post({ type: 'model', file: this.boundFile(uri), model: null, error: `The language server could not read this file: ${errorText(e)}` });
    }
  }

  private async handle(m: WebviewMessage): Promise<void> {
    if (m.type === 'ready') {
      this.ready = true;
      if (!this.uri) await this.postUnbound();
      await this.refresh();
      this.flushPreset();
      return;
    }
    // Offered while nothing is bound, in a SuiteCloud project with no role file.
    if (m.type === 'generateFromSdf') return void (await vscode.commands.executeCommand('nsroles.generateFromSdf'));
    const uri = this.uri?.toString();
    if (!uri) return this.post({ type: 'notice', level: 'error', message: 'Open a .nsroles file to simulate it.', ...about(m) });
    try {
      await this.dispatch(m, uri);
    } catch (e) {
      this.deps.log.error(`Simulator ${m.type} failed: ${errorText(e)}`);
      this.post({ type: 'notice', level: 'error', message: `${m.type} failed: ${errorText(e)}`, ...about(m) });
    }
  }

  /** Nothing to simulate: the webview says so, and offers generating a role file in a SuiteCloud project. */
  private async postUnbound(): Promise<void> {
    let sdfOnly = false;
    try {
      sdfOnly = !(await workspaceHasRoleFiles()) && (await workspaceHasRoleObjects());
    } catch (e) {
      this.deps.log.warn(`Could not look for role objects: ${errorText(e)}`);
    }
    if (!this.uri) this.post({ type: 'unbound', sdfOnly });
  }

  private async dispatch(m: Exclude<WebviewMessage, { type: 'ready' | 'generateFromSdf' }>, uri: string): Promise<void> {
    switch (m.type) {
      case 'simulate': {
        const result = await this.deps.client.sendRequest(SimulateRequest, { uri, request: m.request });
        this.post({ type: 'simulateResult', requestId: m.requestId, result });
        if (m.request.action === 'restlet-login') void vscode.commands.executeCommand('setContext', CONTEXT_ASKED_RESTLET, true);
        return;
      }
      case 'matrix': {
        const result = await this.deps.client.sendRequest(MatrixRequest, {
          uri,
          expandTargets: m.expandTargets,
          countTargets: true,
          ...(m.targetsFor && { targetsFor: m.targetsFor }),
        });
        return this.post({ type: 'matrixResult', requestId: m.requestId, result });
      }
      case 'whoCan': {
        const params: WhoCanParams = {
          uri,
          action: m.action,
          ...(m.target ? { target: m.target } : {}),
          ...(m.channel ? { channel: m.channel } : {}),
          ...(m.integration ? { integration: m.integration } : {}),
        };
        const result = await this.deps.client.sendRequest(WhoCanRequest, params);
        return this.post({ type: 'whoCanResult', requestId: m.requestId, result });
      }
      case 'applySuggestion':
        return this.applyChanges(uri, m.changes);
      case 'saveExpect': {
        // Ask the server for the line again: the webview never supplies text for the file.
        const result = await this.deps.client.sendRequest(SimulateRequest, { uri, request: m.request });
        return this.appendExpect(result.expectLine);
      }
      case 'exportMatrix':
        return this.exportMatrix(uri, m.format, m.filter, m.expandTargets);
      case 'troubleshoot': {
        const result = await this.deps.client.sendRequest(TroubleshootRequest, { uri, error: m.error, subject: m.subject });
        this.post({ type: 'troubleshootResult', requestId: m.requestId, result });
        void vscode.commands.executeCommand('setContext', CONTEXT_TROUBLESHOOT, true);
        return;
      }
      case 'revealLine':
        return m.base ? this.revealHeadLine(m.uri, m.line) : this.revealLine(m.uri, m.line);
      case 'accessDelta': {
        const r = await deltaSinceHead(this.deps.client, vscode.Uri.parse(uri));
        if ('message' in r) return this.post({ type: 'notice', level: 'error', message: r.message, requestId: m.requestId });
        this.head = r;
        return this.post({ type: 'accessDeltaResult', requestId: m.requestId, base: BASE_REF, result: r.delta });
      }
    }
  }

  private async applyChanges(uri: string, changes: ChangeEditParams['changes']): Promise<void> {
    const r = await this.deps.client.sendRequest(ChangeEditRequest, { uri, changes });
    if (!r.edit) return this.post({ type: 'notice', level: 'error', message: r.message ?? 'This change cannot be written to the file.' });
    const edit = await this.deps.client.protocol2CodeConverter.asWorkspaceEdit(r.edit);
    if (!(await vscode.workspace.applyEdit(edit))) return this.post({ type: 'notice', level: 'error', message: 'VS Code did not apply the edit.' });
    // The edit may land in an included file that is not open: say where, so it can be reviewed.
    const files = Object.keys(r.edit.changes).map((u) => path.posix.basename(vscode.Uri.parse(u).path));
    this.post({ type: 'notice', level: 'info', message: `Applied to ${files.join(', ')} (not saved yet); undo there if it is not what you want.` });
  }

  private async appendExpect(line: string): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(this.uri!);
    const text = doc.getText();
    const insert = expectAppendText(text, line, doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
    if (insert !== undefined) {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.positionAt(text.length), insert);
      if (!(await vscode.workspace.applyEdit(edit))) return this.post({ type: 'notice', level: 'error', message: 'VS Code did not add the expect line.' });
    }
    // Either way the file now holds the answer, which is what the walkthrough step asks for.
    void vscode.commands.executeCommand('setContext', CONTEXT_SAVED_EXPECT, true);
    if (insert === undefined) return this.post({ type: 'notice', level: 'info', message: 'The file already has this expect line.' });
    this.post({ type: 'notice', level: 'info', message: `Added to ${path.posix.basename(doc.uri.path)}: ${line}` });
  }

  /** Shows an evidence line; only a file of the simulated account is opened, whatever the webview names. */
  private async revealLine(uri: string, line: number): Promise<void> {
    const target = parseUri(uri);
    if (!target || !this.files.has(target.toString()))
      return this.post({ type: 'notice', level: 'error', message: 'That line is not in a file of this account.' });
    await this.showLine(await vscode.workspace.openTextDocument(target), line);
  }

  /** Shows a line of a file as it is at HEAD (a removed line); only a HEAD file the last delta read is opened. */
  private async revealHeadLine(uri: string, line: number): Promise<void> {
    const target = parseUri(uri);
    if (!target || !this.head?.baseFiles.has(target.toString()))
      return this.post({ type: 'notice', level: 'error', message: `That line is not in a file of this account at ${BASE_REF}.` });
    await this.showLine(await vscode.workspace.openTextDocument(this.head.headUri(target)), line);
  }

  private async showLine(doc: vscode.TextDocument, line: number): Promise<void> {
    const at = Math.min(line - 1, doc.lineCount - 1);
    const text = doc.lineAt(at);
    const range = new vscode.Range(at, text.firstNonWhitespaceCharacterIndex, at, text.text.length);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
  }

  private async exportMatrix(uri: string, format: 'csv' | 'markdown', filter: string, expandTargets: boolean): Promise<void> {
    // Every target is exported, so own tokens and tokens for others both show, whatever is expanded.
    void expandTargets;
    const r = await this.deps.client.sendRequest(MatrixRequest, { uri, expandTargets: true, countTargets: true });
    const rows = r.rows.filter((row) => matrixRowMatches(row, filter));
    const counts = (r.targetCounts ?? []).filter((c) => matrixRowMatches(c, filter));
    const label = this.boundFile(this.uri!).label;
    const content = format === 'csv' ? matrixToCsv(rows) : matrixToMarkdown(rows, label, counts);
    // An untitled document: the user reads it first, then saves it wherever they like.
    const doc = await vscode.workspace.openTextDocument({ language: format === 'csv' ? 'plaintext' : 'markdown', content });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
  }
}

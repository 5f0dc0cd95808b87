/**
 * A protocol-level client for the built language server: spawns `dist/server.js --stdio`,
 * speaks JSON-RPC, answers the server's requests like a plain LSP client, and lets tests wait
 * for notifications with a timeout (never a sleep).
 */
import { type ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  ConfigurationItem,
  ConfigurationParams,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempDir } from '../helpers/temp';

export const ROOT = path.join(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
// A hang guard, not a speed limit (speed is measured in `npm run bench`): generous, so that a
// busy machine does not fail a correct server.
export const TIMEOUT = 15_000;

export interface StartOptions {
  /** Declare codeAction/resolve support for edits (default true). */
  resolveCodeActions?: boolean;
  /** Declare workspace/applyEdit support (default true). */
  applyEdit?: boolean;
  /** Answer workspace/configuration with this `nsroles` section per scope URI; false: no support. */
  configuration?: false | ((item: ConfigurationItem) => unknown);
  initializationOptions?: unknown;
  folders?: string[];
  /** Added to the server's environment. */
  env?: Record<string, string>;
  snippets?: boolean;
  /** Declare LSP 3.17 completion list item defaults (editRange), as VS Code does. */
  completionItemDefaults?: boolean;
}

/** A snippet-capable client that pulls configuration and registers dynamically, like VS Code. */
function capabilities(o: StartOptions): ClientCapabilities {
  return {
    workspace: {
      configuration: o.configuration !== false,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      applyEdit: o.applyEdit !== false,
      workspaceEdit: { documentChanges: false },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      completion: {
        completionItem: { snippetSupport: o.snippets !== false, documentationFormat: ['markdown', 'plaintext'] },
        ...(o.completionItemDefaults ? { completionList: { itemDefaults: ['editRange'] } } : {}),
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
        ...(o.resolveCodeActions === false ? {} : { resolveSupport: { properties: ['edit'] } }),
      },
      rename: { prepareSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
    },
  };
}

export class TestServer {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  /** window/showMessage notifications, in order. */
  readonly shown: string[] = [];
  readonly registrations: string[] = [];
  readonly logs: string[] = [];
  initializeResult!: InitializeResult;
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  /** Publishes seen before the document was last opened do not count for it. */
  private readonly openedAt = new Map<string, number>();

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
  ) {}

  static async start(o: StartOptions = {}): Promise<TestServer> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...o.env } });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new TestServer(proc, conn);
    proc.stderr!.on('data', (d) => {
      s.logs.push(String(d));
      s.notify();
    });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      s.published.push(p);
      s.notify();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      s.logs.push(p.message);
      s.notify();
    });
    conn.onNotification('window/showMessage', (p: { message: string }) => {
      s.shown.push(p.message);
      s.notify();
    });
    conn.onRequest('workspace/configuration', (p: ConfigurationParams) => {
      s.configurationRequests.push(p);
      s.notify();
      return p.items.map((i) => (o.configuration ? o.configuration(i) : null));
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      s.registrations.push(...p.registrations.map((r) => r.method));
      s.notify();
      return null;
    });
    conn.listen();
    const folders = (o.folders ?? []).map((f) => ({ uri: fileUri(f), name: path.basename(f) }));
    s.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length ? folders : null,
      capabilities: capabilities(o),
      initializationOptions: o.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return s;
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves with the first value `probe` returns once a message has arrived; fails after TIMEOUT. */
  until<T>(what: string, probe: () => T | undefined, timeout = TIMEOUT): Promise<T> {
    return waitUntil(this.waiters, what, probe, timeout, () => `. Server said:\n${this.logs.join('')}`);
  }

  /** The diagnostics published for this URI at the document's current version. */
  diagnostics(uri: string, version = this.versions.get(uri)): Promise<PublishDiagnosticsParams> {
    const from = this.openedAt.get(uri) ?? 0;
    return this.until(`diagnostics for ${uri} v${version}`, () =>
      this.published
        .slice(from)
        .filter((p) => p.uri === uri && (version === undefined || p.version === version))
        .pop(),
    );
  }

  /** Waits for a publish for `uri` after `after` publishes have been seen. */
  nextDiagnostics(uri: string, after: number): Promise<PublishDiagnosticsParams> {
    return this.until(`a new publish for ${uri}`, () =>
      this.published
        .slice(after)
        .filter((p) => p.uri === uri)
        .pop(),
    );
  }

  async open(uri: string, text: string, languageId = 'nsroles'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.openedAt.set(uri, this.published.length);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (an incremental change covering everything). */
  async setText(uri: string, text: string): Promise<void> {
    const old = TextDocument.create(uri, 'nsroles', 0, this.texts.get(uri) ?? '');
    await this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: old.positionAt(old.getText().length) }, text }]);
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const doc = TextDocument.create(uri, 'nsroles', version, this.texts.get(uri) ?? '');
    TextDocument.update(doc, changes, version);
    this.texts.set(uri, doc.getText());
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  /** Code actions for a range, each resolved to its edit as a client would before applying it. */
  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const list = await this.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
    return Promise.all(list.map((a) => (a.edit ? a : this.request<CodeAction>('codeAction/resolve', a))));
  }

  /** Applies a workspace edit to the open documents it touches and tells the server. */
  async apply(edit: WorkspaceEdit): Promise<void> {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.setText(uri, applyEdits(this.text(uri), edits));
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.proc.once('exit', r));
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    await exited;
    this.conn.dispose();
  }
}

/**
 * Resolves with the first value `probe` returns, trying again each time a waiter in `waiters`
 * is called (whoever owns the list calls them when a message arrives); fails after `timeout`.
 */
export function waitUntil<T>(waiters: (() => void)[], what: string, probe: () => T | undefined, timeout = TIMEOUT, detail = () => ''): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}${detail()}`)), timeout);
    const check = () => {
      const v = probe();
      if (v !== undefined) {
        clearTimeout(timer);
        resolve(v);
      } else waiters.push(check);
    };
    check();
  });
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'nsroles', 0, text), edits);
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A fresh folder holding the given files; returns its path. */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir('nsroles-lsp-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Text with one cursor mark `‸`: the text without it and the cursor's position. */
export function cursor(src: string): { text: string; position: Position } {
  const i = src.indexOf('‸');
  if (i < 0) throw new Error('no ‸ in the text');
  const text = src.slice(0, i) + src.slice(i + 1);
  return { text, position: positionAt(text, i) };
}

export function positionAt(text: string, offset: number): Position {
  return TextDocument.create('x', 'nsroles', 0, text).positionAt(offset);
}

/** The range of the n-th (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, n = 0): Range {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`'${needle}' (#${n}) is not in the text`);
  }
  return { start: positionAt(text, i), end: positionAt(text, i + needle.length) };
}

/** A position inside the n-th occurrence of `needle`, `into` characters in. */
export function posOf(text: string, needle: string, into = 1, n = 0): Position {
  const r = rangeOf(text, needle, n);
  return { line: r.start.line, character: r.start.character + into };
}

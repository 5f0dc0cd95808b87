/**
 * A minimal LSP client over stdio, the same for our server and yaml-language-server, so both
 * are timed through identical code: spawn, initialize, open/change, wait for diagnostics.
 */
import { type ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { Pos } from './generate';

export interface ServerSpec {
  command: string;
  args: string[];
  cwd: string;
  /** Answers `workspace/configuration` items by section. */
  settings: Record<string, unknown>;
  initializationOptions?: unknown;
}

interface Waiter {
  uri: string;
  version?: number;
  resolve: (p: PublishDiagnosticsParams) => void;
  reject: (e: Error) => void;
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  private readonly sizes = new Map<string, { bytes: number; diagnostics: number }>();
  stderr = '';

  constructor(readonly spec: ServerSpec) {
    this.proc = spawn(spec.command, spec.args, { cwd: spec.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.published(p));
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section ? (spec.settings[i.section] ?? null) : spec.settings)),
    );
    // Registrations, progress and messages need an answer or are ignored.
    for (const m of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) {
      this.conn.onRequest(m, () => null);
    }
    this.conn.onRequest('workspace/workspaceFolders', () => null);
    // A server that dies fails whatever waits on it at once, with its last words.
    this.proc.on('exit', (code, signal) => {
      const e = new Error(`server exited (${signal ?? code})${this.stderr ? `; stderr: ${this.stderr.slice(-500)}` : ''}`);
      for (const w of this.waiters.splice(0)) w.reject(e);
    });
    this.conn.listen();
  }

  get pid(): number {
    return this.proc.pid!;
  }

  async initialize(rootDir: string): Promise<void> {
    const rootUri = fileUri(rootDir);
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions: this.spec.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          // As VS Code declares it (LSP 3.17 list defaults).
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
            completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
          },
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: this.spec.settings });
  }

  private published(p: PublishDiagnosticsParams): void {
    // The message's size as JSON: what the server serialised and the editor parses.
    this.sizes.set(p.uri, { bytes: Buffer.byteLength(JSON.stringify(p)), diagnostics: p.diagnostics.length });
    const i = this.waiters.findIndex((w) => w.uri === p.uri && (p.version === undefined || w.version === undefined || p.version >= w.version));
    if (i < 0) return;
    const [w] = this.waiters.splice(i, 1);
    w.resolve(p);
  }

  /** The size of the last publishDiagnostics for `uri`. */
  lastPublished(uri: string): { bytes: number; diagnostics: number } | undefined {
    return this.sizes.get(uri);
  }

  /** The next diagnostics for `uri` (for `version` or later, when the server sends versions). */
  diagnostics(uri: string, version?: number, timeoutMs = 120_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms${this.stderr ? `; stderr: ${this.stderr.slice(-500)}` : ''}`));
      }, timeoutMs);
      const w: Waiter = {
        uri,
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.waiters.push(w);
    });
  }

  /** Opens a document; resolves with its first diagnostics. */
  async open(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const next = this.diagnostics(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await next).diagnostics;
  }

  /** Closes a document and waits for the server to clear its diagnostics (if it does). */
  async close(uri: string): Promise<void> {
    const cleared = this.diagnostics(uri, undefined, 1_000).catch(() => undefined);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
  }

  /** Inserts `text` at `at` (or deletes `deleteCount` characters there); resolves with the new diagnostics. */
  async edit(uri: string, at: Pos, text: string, deleteCount = 0): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const next = this.diagnostics(uri, version);
    const range = { start: at, end: { line: at.line, character: at.character + deleteCount } };
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return (await next).diagnostics;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  /** Resident and peak memory of the server process, in bytes (Linux /proc). */
  memory(): { rss: number; peak: number } | undefined {
    try {
      const s = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN) * 1024;
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    } catch {
      return undefined;
    }
  }

  /**
   * Time the server's main thread has spent running and waiting for a CPU, in ms (Linux
   * schedstat). Running time is what a request costs on an idle machine; waiting is contention.
   */
  cpu(): { run: number; wait: number } | undefined {
    try {
      const [run, wait] = fs.readFileSync(`/proc/${this.pid}/task/${this.pid}/schedstat`, 'utf8').split(' ').map(Number);
      return { run: run / 1e6, wait: wait / 1e6 };
    } catch {
      return undefined;
    }
  }

  /** Shuts the server down politely, then by its pid if it lingers. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((r) => (this.proc.exitCode !== null ? r() : this.proc.once('exit', () => r())));
    try {
      await withTimeout(this.conn.sendRequest('shutdown'), 3_000);
      await this.conn.sendNotification('exit');
    } catch {
      // A server that does not answer shutdown is killed below.
    }
    await withTimeout(exited, 3_000).catch(() => this.proc.kill('SIGKILL'));
    this.conn.dispose();
  }
}

export function fileUri(p: string): string {
  return 'file://' + p.split('/').map(encodeURIComponent).join('/');
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

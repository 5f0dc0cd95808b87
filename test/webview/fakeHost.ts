/**
 * The extension host and the language server for the browser tests, without the LSP pipe: it
 * answers the webview's messages by calling the functions the server's handlers call (ide/,
 * engine), the way the panel host relays them, and records everything the webview sends.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { buildMatrix, tokenTargetCounts, type DecisionRequest, type FileHost, loadAccount, whoCan } from '../../server/src/engine';
import { analysisOf } from '../../server/src/ide/analysis';
import { accessChanges } from '../../server/src/ide/changes';
import { modelSummary, simulateAnswer } from '../../server/src/ide/summary';
import { diskHost } from '../../server/src/cli/host';
import type { ModelSummary, SimulateResult } from '../../shared/protocol/wire';
import type { HostMessage, WebviewMessage } from '../../shared/protocol/webview';
import { parseWebviewMessage } from '../../shared/protocol/schemas';
import { troubleshootResult } from '../../server/src/ide/troubleshoot';

export const ACME = path.resolve(__dirname, '../../examples/acme/account.nsroles');

export class FakeHost {
  /** Every valid message the webview sent, in order. */
  readonly sent: WebviewMessage[] = [];
  /** Messages the validator refused: the webview must never send one. */
  readonly rejected: { raw: unknown; reason: string }[] = [];
  /** How many rows each matrix answer held, in order. */
  readonly matrixRows: number[] = [];
  /** Text overrides by file, to simulate edits in the editor. */
  private readonly overrides = new Map<string, string>();
  private deliver: (m: HostMessage) => Promise<void> = async () => {};

  /**
   * `unbound`: no role file is bound, as when the panel opens with none active; the host then
   * says whether the workspace is a SuiteCloud project without role files (`sdfOnly`).
   */
  constructor(
    readonly entry: string = ACME,
    private readonly unbound?: { sdfOnly: boolean },
  ) {}

  /** Where replies go (the test wires this to `window.postMessage` in the page). */
  connect(deliver: (m: HostMessage) => Promise<void>): void {
    this.deliver = deliver;
  }

  /** Sends a message to the webview, as the panel host does (e.g. a code lens preset). */
  push(m: HostMessage): Promise<void> {
    return this.deliver(m);
  }

  /** Replaces a file's text, as an edit in the editor would, and pushes the new model. */
  async edit(file: string, text: string): Promise<void> {
    this.overrides.set(file, text);
    await this.deliver(this.modelMessage());
  }

  /** The account as the server would read it now, with the edits made so far. */
  load() {
    const host: FileHost = { read: (f) => this.overrides.get(f) ?? diskHost.read(f), resolve: diskHost.resolve };
    const loaded = loadAccount(this.entry, host);
    return { model: loaded.model, analysis: analysisOf(this.entry, loaded) };
  }

  /** What the server answers to `nsroles/model` (ide/summary.ts), with file URIs as the host sees them. */
  summary(): ModelSummary {
    const s = modelSummary(this.load().analysis);
    return { ...s, uri: pathToFileURL(this.entry).toString(), files: s.files.map((f) => pathToFileURL(f).toString()) };
  }

  /** What the server answers to `nsroles/simulate` (ide/summary.ts). */
  simulate(request: DecisionRequest): SimulateResult {
    return simulateAnswer(this.load().analysis, request);
  }

  modelMessage(): HostMessage {
    return {
      type: 'model',
      file: { uri: pathToFileURL(this.entry).toString(), label: path.relative(path.resolve(__dirname, '../..'), this.entry) },
      model: this.summary(),
    };
  }

  /** Handles one raw message from the page, as the panel host does after validation. */
  async receive(raw: unknown): Promise<void> {
    const checked = parseWebviewMessage(raw);
    if (!checked.ok) {
      this.rejected.push({ raw, reason: checked.reason });
      return;
    }
    const m = checked.value;
    this.sent.push(m);
    switch (m.type) {
      case 'ready':
        return this.deliver(this.unbound ? { type: 'unbound', ...this.unbound } : this.modelMessage());
      case 'generateFromSdf':
        return;
      case 'simulate':
        return this.deliver({ type: 'simulateResult', requestId: m.requestId, result: this.simulate(m.request) });
      case 'matrix': {
        const model = this.load().model;
        const rows = buildMatrix(model, { expandTargets: m.expandTargets, ...(m.targetsFor && { targetsFor: m.targetsFor }) });
        this.matrixRows.push(rows.length);
        return this.deliver({ type: 'matrixResult', requestId: m.requestId, result: { rows, targetCounts: tokenTargetCounts(model) } });
      }
      case 'whoCan': {
        const actors = whoCan(this.load().model, {
          action: m.action,
          ...(m.target ? { target: m.target } : {}),
          ...(m.channel ? { channel: m.channel } : {}),
          ...(m.integration ? { integration: m.integration } : {}),
        });
        return this.deliver({ type: 'whoCanResult', requestId: m.requestId, result: { action: m.action, target: m.target ?? null, actors } });
      }
      case 'applySuggestion':
        return this.deliver({ type: 'notice', level: 'info', message: 'Applied to the role file.' });
      case 'saveExpect':
        return this.deliver({ type: 'notice', level: 'info', message: `Added: ${this.simulate(m.request).expectLine}` });
      case 'exportMatrix':
        return;
      case 'troubleshoot': {
        const host: FileHost = { read: (f) => this.overrides.get(f) ?? diskHost.read(f), resolve: diskHost.resolve };
        const result = troubleshootResult(loadAccount(this.entry, host), m.error, m.subject, (f) => pathToFileURL(f).toString());
        return this.deliver({ type: 'troubleshootResult', requestId: m.requestId, result });
      }
      case 'revealLine':
        return;
      case 'accessDelta': {
        // What the server answers (ide/changes.ts): the files on disk stand for HEAD, the edits
        // made so far for the working copy.
        const result = accessChanges(
          this.entry,
          diskHost.resolve,
          (f) => pathToFileURL(f).toString(),
          { read: (f) => diskHost.read(f), sdf: [] },
          { read: (f) => this.overrides.get(f) ?? diskHost.read(f), sdf: [] },
        );
        return this.deliver({ type: 'accessDeltaResult', requestId: m.requestId, base: 'HEAD', result });
      }
    }
  }

  /** Resolves when a message matching `pred` has been sent, or fails after `ms`. */
  async waitForSent<T extends WebviewMessage>(pred: (m: WebviewMessage) => m is T, ms = 5000): Promise<T> {
    const start = Date.now();
    for (;;) {
      const hit = this.sent.find(pred);
      if (hit) return hit;
      if (Date.now() - start > ms) throw new Error(`no matching message within ${ms} ms; sent: ${JSON.stringify(this.sent.map((s) => s.type))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

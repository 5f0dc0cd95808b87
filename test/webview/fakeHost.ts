/**
 * A stand-in for the extension host and the language server, for the browser tests: it
 * answers the webview's messages with real engine results for a role file, the way the
 * panel host relays the server's answers, and records everything the webview sends.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  AccountIndex,
  buildMatrix,
  decide,
  DecisionRequest,
  factsOf,
  FileHost,
  loadAccount,
  suggest,
  tbaEnabled,
  Verdict,
  whoCan,
} from '../../server/src/engine';
import { diskHost } from '../../server/src/cli/host';
import type { ModelSummary, SimulateResult } from '../../shared/protocol/wire';
import type { HostMessage, WebviewMessage } from '../../shared/protocol/webview';
import { parseWebviewMessage } from '../../shared/protocol/schemas';

export const ACME = path.resolve(__dirname, '../../examples/acme/account.nsroles');

function q(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The `expect` line that records an answer, as the server writes it: declared names, the request's target and channel. */
export function expectLineOf(req: DecisionRequest, v: Verdict): string {
  const target = req.target ? ` for ${q(v.target?.user ?? req.target.user)} as ${q(v.target?.role ?? req.target.role)}` : '';
  const via = req.channel ? ` via ${req.channel}` : '';
  return `expect ${q(v.actor.user)} as ${q(v.actor.role)} ${v.decision === 'allow' ? 'can' : 'cannot'} ${req.action}${target}${via}`;
}

export class FakeHost {
  /** Every valid message the webview sent, in order. */
  readonly sent: WebviewMessage[] = [];
  /** Messages the validator refused: the webview must never send one. */
  readonly rejected: { raw: unknown; reason: string }[] = [];
  /** Text overrides by file, to simulate edits in the editor. */
  private readonly overrides = new Map<string, string>();
  private deliver: (m: HostMessage) => Promise<void> = async () => {};

  constructor(readonly entry: string = ACME) {}

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
    const { model } = loadAccount(this.entry, host);
    const index = new AccountIndex(model);
    return { model, index, facts: factsOf(model, index) };
  }

  summary(): ModelSummary {
    const { model, index } = this.load();
    return {
      uri: pathToFileURL(this.entry).toString(),
      files: model.files.map((f) => pathToFileURL(f).toString()),
      tbaEnabled: tbaEnabled(model),
      users: [...index.users.values()].map((u) => ({ name: u.name, roles: index.rolesOf(u).map((r) => r.name), inactive: u.inactive !== undefined })),
      roles: [...index.roles.values()].map((r) => ({
        name: r.name,
        ...(r.id ? { id: r.id.value } : {}),
        administrator: r.administrator !== undefined,
        permissions: r.permissions.map((p) => p.info?.name ?? p.ref),
        webServicesOnly: r.webServicesOnly !== undefined,
        inactive: r.inactive !== undefined,
        origin: r.origin,
      })),
      syntaxErrors: model.problems.filter((p) => p.rule === 'NSR-SYNTAX').length,
    };
  }

  simulate(request: DecisionRequest): SimulateResult {
    const { index, facts } = this.load();
    const v = decide(facts, request);
    const user = index.user(request.user);
    const role = index.role(request.role);
    return {
      decision: { ...v, suggestions: suggest(facts, request, v) },
      roleHeld: !!user && !!role && index.rolesOf(user).includes(role),
      expectLine: expectLineOf(request, v),
    };
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
        return this.deliver(this.modelMessage());
      case 'simulate':
        return this.deliver({ type: 'simulateResult', requestId: m.requestId, result: this.simulate(m.request) });
      case 'matrix': {
        const rows = buildMatrix(this.load().model, { expandTargets: m.expandTargets });
        return this.deliver({ type: 'matrixResult', requestId: m.requestId, result: { rows } });
      }
      case 'whoCan': {
        const actors = whoCan(this.load().model, { action: m.action, ...(m.target ? { target: m.target } : {}), ...(m.channel ? { channel: m.channel } : {}) });
        return this.deliver({ type: 'whoCanResult', requestId: m.requestId, result: { action: m.action, target: m.target ?? null, actors } });
      }
      case 'applySuggestion':
        return this.deliver({ type: 'notice', level: 'info', message: 'Applied to the role file.' });
      case 'saveExpect':
        return this.deliver({ type: 'notice', level: 'info', message: `Added: ${this.simulate(m.request).expectLine}` });
      case 'exportMatrix':
        return;
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

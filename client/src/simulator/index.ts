/**
 * The simulator panel's registration: the `nsroles.openSimulator` command, the serializer
 * that restores the panel after a reload, and the one-panel-at-a-time bookkeeping.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SimulatorViewType } from '../../../shared/protocol/webview';
import { parseSimulatorState } from '../../../shared/protocol/schemas';
import { type PanelDeps, SimulatorPanel, webviewOptions } from './panel';

export interface OpenSimulatorArgs {
  uri?: vscode.Uri;
  user?: string;
  role?: string;
  /** A token or integration to troubleshoot (their code lenses). */
  troubleshoot?: { token?: string; integration?: string };
  /** Open the Changes tab (the access status-bar item). */
  changes?: boolean;
}

const MAX_ARG = 256;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ARG ? v : undefined;
}

function uriOf(v: unknown): vscode.Uri | undefined {
  if (v instanceof vscode.Uri) return v;
  if (typeof v !== 'string' || v.length > 4096) return undefined;
  try {
    return vscode.Uri.parse(v, true);
  } catch {
    return undefined;
  }
}

/**
 * The command's argument: a Uri (editor title button), `{ uri?, user?, role? }` (the user
 * code lens), `{ uri?, changes: true }` (the access status-bar item), or nothing (the palette). Anything else is ignored, not trusted.
 */
export function parseOpenArgs(arg: unknown): OpenSimulatorArgs {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const a = arg as Record<string, unknown>;
  const t = typeof a.troubleshoot === 'object' && a.troubleshoot !== null ? (a.troubleshoot as Record<string, unknown>) : undefined;
  const token = text(t?.token);
  const integration = text(t?.integration);
  return {
    uri: uriOf(a.uri),
    user: text(a.user),
    role: text(a.role),
    ...(token ? { troubleshoot: { token } } : integration ? { troubleshoot: { integration } } : {}),
    ...(a.changes === true ? { changes: true } : {}),
  };
}

function activeRoleFile(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'nsroles') return active.uri;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'nsroles')?.document.uri;
}

export function registerSimulator(context: vscode.ExtensionContext, client: LanguageClient): void {
  const log = vscode.window.createOutputChannel('NetSuite TBA Simulator', { log: true });
  const deps: PanelDeps = { extensionUri: context.extensionUri, client, log };
  let current: SimulatorPanel | undefined;

  const adopt = (panel: vscode.WebviewPanel, uri: vscode.Uri | undefined): SimulatorPanel => {
    const p = new SimulatorPanel(panel, deps, uri);
    current = p;
    p.onDidDispose(() => {
      if (current === p) current = undefined;
    });
    return p;
  };

  const open = (arg?: unknown): void => {
    const args = parseOpenArgs(arg);
    const uri = args.uri ?? activeRoleFile() ?? current?.boundUri;
    if (current) {
      current.panel.reveal(undefined, true);
      if (uri && uri.toString() !== current.boundUri?.toString()) current.bind(uri);
    } else {
      const panel = vscode.window.createWebviewPanel(
        SimulatorViewType,
        'Simulator',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { ...webviewOptions(context.extensionUri), enableFindWidget: true },
      );
      adopt(panel, uri);
    }
    if (args.changes) current!.presetChanges();
    else if (args.troubleshoot) current!.presetTroubleshoot(args.troubleshoot);
    else current!.presetActor(args.user, args.role);
  };

  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('nsroles.openSimulator', open),
    vscode.window.registerWebviewPanelSerializer(SimulatorViewType, {
      // The state comes back from disk: checked like any webview input before use.
      async deserializeWebviewPanel(panel, state) {
        const saved = parseSimulatorState(state);
        adopt(panel, (saved?.uri ? uriOf(saved.uri) : undefined) ?? activeRoleFile());
      },
    }),
    { dispose: () => current?.dispose() },
  );
}

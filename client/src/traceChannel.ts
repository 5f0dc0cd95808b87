import * as vscode from 'vscode';
import { normalizeTrace, SETTINGS_SECTION, type TraceSetting } from '../../shared/settings';

const TRACE_KEY = `${SETTINGS_SECTION}.trace.server`;

/** The log level that makes vscode-languageclient trace at all: it traces only at `Trace`. */
export function traceLogLevel(setting: TraceSetting): vscode.LogLevel {
  return setting === 'off' ? vscode.LogLevel.Off : vscode.LogLevel.Trace;
}

/**
 * The client's trace channel. vscode-languageclient 10+ traces only when its channel's log
 * level is Trace, so `nsroles.trace.server` alone would do nothing; this channel reports the
 * level the setting asks for and writes to a plain output channel, made on first use so the
 * Output list stays short while tracing is off.
 */
export class TraceChannel implements vscode.LogOutputChannel {
  readonly name = 'NetSuite TBA Roles (trace)';
  private channel: vscode.OutputChannel | undefined;
  private setting: TraceSetting = readSetting();
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly listener: vscode.Disposable;
  readonly onDidChangeLogLevel = this.levelChanged.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(TRACE_KEY)) return;
      const before = this.logLevel;
      this.setting = readSetting();
      if (this.logLevel !== before) this.levelChanged.fire(this.logLevel);
    });
  }

  get logLevel(): vscode.LogLevel {
    return traceLogLevel(this.setting);
  }

  trace(message: string): void {
    this.write('trace', message);
  }
  debug(message: string): void {
    this.write('debug', message);
  }
  info(message: string): void {
    this.write('info', message);
  }
  warn(message: string): void {
    this.write('warning', message);
  }
  error(error: string | Error): void {
    this.write('error', typeof error === 'string' ? error : (error.stack ?? error.message));
  }

  append(value: string): void {
    this.out().append(value);
  }
  appendLine(value: string): void {
    this.out().appendLine(value);
  }
  replace(value: string): void {
    this.out().replace(value);
  }
  clear(): void {
    this.channel?.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.out().show(columnOrPreserveFocus);
    else this.out().show(preserveFocus);
  }
  hide(): void {
    this.channel?.hide();
  }
  dispose(): void {
    this.listener.dispose();
    this.levelChanged.dispose();
    this.channel?.dispose();
  }

  private write(level: string, message: string): void {
    this.out().appendLine(`${new Date().toISOString()} [${level}] ${message}`);
  }

  private out(): vscode.OutputChannel {
    this.channel ??= vscode.window.createOutputChannel(this.name);
    return this.channel;
  }
}

function readSetting(): TraceSetting {
  return normalizeTrace(vscode.workspace.getConfiguration(SETTINGS_SECTION).get('trace.server'));
}

/** The webview's side of the host channel: typed posting and persisted state. */
import type { HostMessage, SimulatorState, WebviewMessage } from '../../shared/protocol/webview';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

export function loadState(): unknown {
  return api.getState();
}

export function saveState(state: SimulatorState): void {
  api.setState(state);
}

const HOST_TYPES: ReadonlySet<string> = new Set<HostMessage['type']>([
  'unbound',
  'model',
  'preset',
  'simulateResult',
  'matrixResult',
  'whoCanResult',
  'troubleshootResult',
  'accessDeltaResult',
  'notice',
]);

/**
 * Listens for the host's messages. Only the extension host can post into a webview, so a
 * type check suffices here; the host validates the other direction in full.
 */
export function onHostMessage(handle: (m: HostMessage) => void): void {
  window.addEventListener('message', (e: MessageEvent) => {
    const data: unknown = e.data;
    if (typeof data !== 'object' || data === null || !HOST_TYPES.has(String((data as { type?: unknown }).type))) return;
    handle(data as HostMessage);
  });
}

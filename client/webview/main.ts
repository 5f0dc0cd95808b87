/**
 * The simulator webview. It shows what the server decides and never decides anything itself:
 * every answer, matrix cell and who-can list comes from the language server via the host.
 */
import type { ModelSummary } from '../../shared/protocol/wire';
import type { BoundFile, HostMessage, PresetUpdate, SimulatorState } from '../../shared/protocol/webview';
import { parseSimulatorState } from '../../shared/protocol/schemas';
import { loadState, onHostMessage, post, saveState } from './api';
import { ChangesView } from './changes';
import { el, icon, replace } from './dom';
import { findUser } from './lookup';
import { MatrixView } from './matrix';
import { SimulateView } from './simulate';
import { Tabs } from './tabs';
import { TroubleshootView } from './troubleshoot';
import { WhoCanView } from './whocan';

function defaultState(): SimulatorState {
  return {
    tab: 'simulate',
    simulate: { user: '', role: '', action: 'issue-token', targetUser: '', targetRole: '', channel: '', integration: '' },
    matrix: { filter: '', expanded: [] },
    whoCan: { action: 'restlet-login', targetUser: '', targetRole: '', channel: '', integration: '' },
    troubleshoot: { error: '', about: 'token', token: '', user: '', role: '', integration: '' },
  };
}

const state = parseSimulatorState(loadState()) ?? defaultState();
let model: ModelSummary | null = null;
let file: BoundFile | null = null;
let preset: PresetUpdate | null = null;
/** No file bound, in a workspace with SuiteCloud role objects and no role file. */
let sdfOnly = false;
let lastId = 0;

const header = el('header', { class: 'file' });
const notice = el('div', { class: 'notice', role: 'status' });
const announcer = el('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });

const base = { state, save: () => saveState(state), nextId: () => ++lastId };
const simulate = new SimulateView({ ...base, status: (t) => replace(announcer, t) });
const whoCan = new WhoCanView(base);
const troubleshoot = new TroubleshootView({
  ...base,
  status: (t) => replace(announcer, t),
  fileLabel: (uri) => fileLabel(uri),
});
const changes = new ChangesView({ nextId: base.nextId, status: (t) => replace(announcer, t), fileLabel: (uri) => fileLabel(uri) });
const matrix = new MatrixView({
  ...base,
  openAnswer: (q) => {
    tabs.select('simulate');
    simulate.setQuestion(
      { user: q.user, role: q.role, action: q.action, targetUser: q.target?.user ?? '', targetRole: q.target?.role ?? '', channel: '' },
      true,
    );
  },
});
const tabs = new Tabs<SimulatorState['tab']>(
  [
    { id: 'simulate', label: 'Simulate', icon: 'debug-alt', panel: simulate.element },
    { id: 'matrix', label: 'Matrix', icon: 'table', panel: matrix.element },
    { id: 'whoCan', label: 'Who can', icon: 'organization', panel: whoCan.element },
    { id: 'troubleshoot', label: 'Troubleshoot', icon: 'debug-console', panel: troubleshoot.element },
    { id: 'changes', label: 'Changes', icon: 'git-compare', panel: changes.element },
  ],
  (tab) => {
    state.tab = tab;
    saveState(state);
    if (tab === 'matrix' && matrix.stale && model) matrix.load();
    if (tab === 'whoCan' && whoCan.stale && model) whoCan.load();
    if (tab === 'troubleshoot' && troubleshoot.stale && model) troubleshoot.load();
    if (tab === 'changes' && changes.stale && model) changes.load();
  },
);

/** An evidence file as the header names files: relative to the bound file's folder when it is there. */
function fileLabel(uri: string): string {
  if (!file) return uri;
  const dir = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
  const labelDir = file.label.slice(0, file.label.lastIndexOf('/') + 1);
  return uri.startsWith(dir) ? decodeURIComponent(labelDir + uri.slice(dir.length)) : decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function renderHeader(): void {
  if (!file && sdfOnly) {
    // A SuiteCloud project alone: the roles are there, the users and tokens are not.
    const generate = el('button', { type: 'button' }, icon('new-file'), 'Generate .nsroles from SDF roles');
    generate.addEventListener('click', () => post({ type: 'generateFromSdf' }));
    return replace(
      header,
      el('h1', { class: 'bound' }, icon('info'), el('span', {}, 'This workspace has SuiteCloud role objects and no .nsroles file.')),
      el('p', { class: 'hint' }, 'Generate a role file from the roles, then add the users that hold them to simulate their access.'),
      generate,
    );
  }
  if (!file) return replace(header, el('h1', { class: 'bound' }, icon('info'), 'Open a .nsroles file: the simulator follows the active role file.'));
  const n = model ? model.files.length - 1 : 0;
  const extra = n > 0 ? el('span', { class: 'hint' }, `and ${n} included ${n === 1 ? 'file' : 'files'}`) : null;
  replace(
    header,
    el('h1', { class: 'bound' }, icon('file'), el('span', {}, 'Simulating '), el('strong', { class: 'path' }, file.label), extra),
    model && model.syntaxErrors > 0
      ? el(
          'p',
          { class: 'flag' },
          icon('warning'),
          `${model.syntaxErrors} syntax ${model.syntaxErrors === 1 ? 'error' : 'errors'} in the file: answers may be incomplete.`,
        )
      : null,
    model && !model.tbaEnabled ? el('p', { class: 'flag' }, icon('info'), 'Token-based Authentication is disabled for this account.') : null,
  );
}

function onModel(f: BoundFile, m: ModelSummary | null, error?: string): void {
  // Another file: keep the question only if its user is there too.
  if (state.uri && state.uri !== f.uri && !findUser(m, state.simulate.user)) state.simulate = defaultState().simulate;
  state.uri = f.uri;
  file = f;
  model = m;
  renderHeader();
  if (error) showNotice('error', error);
  simulate.update(m);
  whoCan.update(m);
  troubleshoot.update(m);
  changes.update(m);
  matrix.stale = whoCan.stale = troubleshoot.stale = changes.stale = true;
  if (m && state.tab === 'matrix') matrix.load();
  if (m && state.tab === 'whoCan') whoCan.load();
  if (m && state.tab === 'troubleshoot') troubleshoot.load();
  if (m && state.tab === 'changes') changes.load();
  if (m && preset) applyPreset(preset);
  saveState(state);
}

function applyPreset(p: PresetUpdate): void {
  preset = null;
  if (p.changes) {
    tabs.select('changes');
    return;
  }
  if (p.troubleshoot) {
    tabs.select('troubleshoot');
    troubleshoot.preset(p.troubleshoot);
    return;
  }
  if (!p.user) return;
  const role = p.role ?? findUser(model, p.user)?.roles[0] ?? '';
  tabs.select('simulate');
  simulate.setQuestion({ user: p.user, role, targetUser: '', targetRole: '', channel: '' }, false);
}

function handle(m: HostMessage): void {
  switch (m.type) {
    case 'unbound':
      if (file) return;
      sdfOnly = m.sdfOnly;
      return renderHeader();
    case 'model':
      return onModel(m.file, m.model, m.error);
    case 'preset':
      if (model) applyPreset(m);
      else preset = m;
      return;
    case 'simulateResult':
      return simulate.onResult(m.requestId, m.result);
    case 'matrixResult':
      return matrix.onResult(m.requestId, m.result.rows, m.result.targetCounts);
    case 'whoCanResult':
      return whoCan.onResult(m.requestId, m.result);
    case 'troubleshootResult':
      return m.result.report ? troubleshoot.onResult(m.requestId, m.result.report) : troubleshoot.onError(m.requestId, m.result.message ?? 'No answer.');
    case 'accessDeltaResult':
      return changes.onResult(m.requestId, m.base, m.result);
    case 'notice':
      if (m.requestId !== undefined) {
        changes.onError(m.requestId, m.message);
        simulate.onError(m.requestId, m.message);
        matrix.onError(m.requestId, m.message);
        whoCan.onError(m.requestId, m.message);
        troubleshoot.onError(m.requestId, m.message);
        return;
      }
      showNotice(m.level, m.message);
  }
}

/** Shows what Apply, Save and Export did; it stays in view while the answer scrolls. */
function showNotice(level: 'info' | 'error', message: string): void {
  const dismiss = el('button', { type: 'button', class: 'icon-button', 'aria-label': 'Dismiss' }, icon('close'));
  dismiss.addEventListener('click', () => replace(notice));
  replace(notice, el('p', { class: `flag ${level}` }, icon(level === 'error' ? 'error' : 'info'), el('span', { class: 'grow' }, message), dismiss));
}

const app = document.getElementById('app')!;
replace(app, header, notice, tabs.list, ...tabs.panels, announcer);
app.setAttribute('aria-busy', 'false');
renderHeader();
tabs.select(state.tab);
onHostMessage(handle);
post({ type: 'ready' });

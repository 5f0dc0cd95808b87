/**
 * The Troubleshoot tab: the error NetSuite showed → each cause NetSuite's help gives for it,
 * whether the account shows it, the lines that do (links that reveal them in the editor), what
 * to do, and the quoted pages. The server finds the causes; this view only asks and shows.
 */
import type { IconName } from './icons';
import type { ModelSummary, TroubleshootCause, TroubleshootReport, TroubleshootSubject } from '../../shared/protocol/wire';
import type { SimulatorState } from '../../shared/protocol/webview';
import { citationBlocks } from './answer';
import { post } from './api';
import { Combobox } from './combobox';
import { el, fillSelect, icon, replace } from './dom';
import { selectField } from './fields';
import { findUser, roleGroups } from './lookup';

export interface TroubleshootHost {
  state: SimulatorState;
  save(): void;
  nextId(): number;
  status(text: string): void;
  /** The workspace-relative label of a file of the account, for evidence links. */
  fileLabel(uri: string): string;
}

type Query = SimulatorState['troubleshoot'];

const SUBJECTS: { value: Query['about']; label: string }[] = [
  { value: 'token', label: 'A token' },
  { value: 'login', label: 'A user and role' },
  { value: 'account', label: 'Every token and integration' },
];

const STATUS: Record<TroubleshootCause['status'], { word: string; icon: IconName; hint: string }> = {
  present: { word: 'Present', icon: 'error', hint: 'The account shows this cause.' },
  absent: { word: 'Absent', icon: 'pass', hint: 'The account rules this cause out.' },
  unknown: { word: 'Unknown', icon: 'question', hint: 'Only the request or NetSuite can show this.' },
};

export class TroubleshootView {
  readonly element: HTMLElement;
  private readonly code: Combobox;
  private readonly about = selectField('Check');
  private readonly token: Combobox;
  private readonly user: Combobox;
  private readonly role = selectField('Role');
  private readonly integration = selectField('Integration');
  private readonly tokenField: HTMLDivElement;
  private readonly loginFields: HTMLDivElement;
  private readonly results: HTMLDivElement;
  private model: ModelSummary | null = null;
  private pending = -1;
  /** Set when the file changed since the last answer. */
  stale = true;

  constructor(private readonly host: TroubleshootHost) {
    const q = host.state.troubleshoot;
    this.code = new Combobox('Error NetSuite shows', (code) => {
      q.error = code;
      this.changed();
    });
    fillSelect(this.about.select, [{ options: SUBJECTS }], q.about);
    replace(this.about.hint, 'What the failed login used.');
    this.about.select.addEventListener('change', () => {
      q.about = this.about.select.value as Query['about'];
      this.changed();
    });
    this.token = new Combobox('Token', (name) => {
      q.token = name;
      this.changed();
    });
    this.user = new Combobox('User', (name) => {
      q.user = name;
      q.role = findUser(this.model, name)?.roles[0] ?? q.role;
      this.changed();
    });
    this.role.select.addEventListener('change', () => {
      q.role = this.role.select.value;
      this.changed();
    });
    this.integration.select.addEventListener('change', () => {
      q.integration = this.integration.select.value;
      this.changed();
    });
    this.tokenField = el('div', { class: 'ts-token' }, this.token.element);
    this.loginFields = el('div', { class: 'ts-login actor' }, this.user.element, this.role.field, this.integration.field);
    const form = el('form', { class: 'inputs', 'aria-label': 'Troubleshoot' }, this.code.element, this.about.field, this.tokenField, this.loginFields);
    form.addEventListener('submit', (e) => e.preventDefault());
    this.results = el('div', { class: 'ts-results', 'aria-live': 'polite', 'aria-busy': 'false' });
    this.element = el('div', { class: 'troubleshoot' }, form, this.results);
  }

  update(model: ModelSummary | null): void {
    this.model = model;
    const q = this.host.state.troubleshoot;
    this.code.setOptions((model?.errorCodes ?? []).map((c) => ({ value: c.code, label: c.code, detail: c.where })));
    this.code.setValue(q.error);
    this.token.setOptions(
      (model?.tokens ?? []).map((t) => ({
        value: t.name,
        label: t.name,
        detail: [t.user && t.role ? `${t.user} as ${t.role}` : '', t.integration ?? ''].filter(Boolean).join(' · '),
      })),
    );
    this.user.setOptions((model?.users ?? []).map((u) => ({ value: u.name, label: u.name, detail: u.inactive ? 'inactive' : u.roles.join(', ') })));
    this.render();
  }

  /** Presets the question (a code lens on a token or integration) and asks it. */
  preset(p: { token?: string; integration?: string }): void {
    const q = this.host.state.troubleshoot;
    if (p.token) Object.assign(q, { about: 'token', token: p.token });
    else if (p.integration) {
      // The integration's tokens are the logins that fail; without one, check the record alone.
      const first = this.model?.tokens.find((t) => t.integration?.toLowerCase() === p.integration!.toLowerCase());
      if (first) Object.assign(q, { about: 'token', token: first.name });
      else Object.assign(q, { about: 'login', user: '', role: '', integration: p.integration });
    }
    this.host.save();
    this.render();
    this.load();
  }

  private changed(): void {
    this.host.save();
    this.render();
    this.load();
  }

  private render(): void {
    const q = this.host.state.troubleshoot;
    this.about.select.value = q.about;
    this.tokenField.hidden = q.about !== 'token';
    this.loginFields.hidden = q.about !== 'login';
    this.token.setValue(q.token);
    this.user.setValue(q.user);
    fillSelect(this.role.select, [{ options: [{ value: '', label: '(any role)' }] }, ...roleGroups(this.model, q.user)], q.role);
    const integrations = (this.model?.integrations ?? []).map((i) => ({ value: i.name, label: i.name }));
    if (q.integration && !integrations.some((i) => i.value === q.integration))
      integrations.push({ value: q.integration, label: `${q.integration} (not declared)` });
    fillSelect(this.integration.select, [{ options: [{ value: '', label: '(the tokens’ own)' }, ...integrations] }], q.integration);
  }

  /** The subject as the server takes it, or a reason it is incomplete. */
  private subject(): TroubleshootSubject | string {
    const q = this.host.state.troubleshoot;
    if (q.about === 'token') return q.token ? { token: q.token } : 'Pick the token that failed.';
    if (q.about === 'login') {
      if (!q.user && !q.integration) return 'Pick the user and role, or the integration.';
      if (q.user && !q.role) return 'Pick the role the token is for.';
      return { ...(q.user ? { user: q.user, role: q.role } : {}), ...(q.integration ? { integration: q.integration } : {}) };
    }
    return {};
  }

  load(): void {
    this.stale = false;
    const q = this.host.state.troubleshoot;
    const subject = this.subject();
    const hint = !this.model
      ? 'No role file to check.'
      : !q.error
        ? 'Pick or type the error NetSuite showed (Login Audit Trail, Detail column).'
        : typeof subject === 'string'
          ? subject
          : '';
    if (hint) {
      this.pending = -1;
      replace(this.results, el('p', { class: 'hint' }, hint));
      return;
    }
    this.pending = this.host.nextId();
    this.results.setAttribute('aria-busy', 'true');
    post({ type: 'troubleshoot', requestId: this.pending, error: q.error, subject: subject as TroubleshootSubject });
  }

  onResult(requestId: number, r: TroubleshootReport): void {
    if (requestId !== this.pending) return;
    this.results.setAttribute('aria-busy', 'false');
    const present = r.causes.filter((c) => c.status === 'present').length;
    const summary = `${present} of ${r.causes.length} ${r.causes.length === 1 ? 'cause' : 'causes'} present in the account`;
    const heading = el('h2', { id: 'ts-heading', tabindex: -1 }, el('code', {}, r.error), `: ${summary}`);
    const problem = r.problem
      ? el(
          'figure',
          { class: 'citation ts-problem' },
          el('blockquote', {}, r.problem),
          el('figcaption', {}, el('cite', {}, r.source.title), ' ', el('span', { class: 'url' }, r.source.url)),
        )
      : el('p', { class: 'hint' }, `NetSuite's table row for this code could not be read; the causes below are inferred (${r.inferredFrom ?? ''}).`);
    const where = el('p', { class: 'hint' }, 'Shown as ', ...r.spellings.flatMap((s, i) => [i ? '; ' : '', el('code', {}, s.code), ` (${s.where})`]), '.');
    replace(this.results, heading, where, problem, el('ol', { class: 'ts-causes' }, ...r.causes.map((c, i) => this.cause(c, i))));
    this.host.status(`${r.error}: ${summary}.`);
  }

  private cause(c: TroubleshootCause, i: number): HTMLLIElement {
    const s = STATUS[c.status];
    const id = `ts-cause-${i}`;
    const evidence = c.evidence.length
      ? el(
          'ul',
          { class: 'ts-evidence', 'aria-label': 'Lines' },
          ...c.evidence.map((e) => {
            const link = el('button', { type: 'button', class: 'link', title: 'Show this line in the editor' }, `${this.host.fileLabel(e.file)}:${e.line}`);
            link.addEventListener('click', () => post({ type: 'revealLine', uri: e.file, line: e.line }));
            return el('li', {}, link, ' ', el('code', {}, e.text));
          }),
        )
      : null;
    const remedy =
      c.status === 'absent'
        ? null
        : el(
            'div',
            { class: 'ts-remedy' },
            el('h4', {}, 'What to do'),
            ...c.remedy.text.split('\n').map((l) => el('p', {}, l)),
            c.remedy.uiPath ? el('p', { class: 'hint' }, icon('location'), ' ', c.remedy.uiPath) : null,
            c.remedy.url ? el('p', { class: 'hint url' }, c.remedy.quoted ? 'NetSuite’s words: ' : 'See: ', c.remedy.url) : null,
          );
    const citations = el(
      'details',
      { class: 'ts-citations' },
      el('summary', {}, `Cited: ${c.citations.length} ${c.citations.length === 1 ? 'quote' : 'quotes'}`),
      ...citationBlocks(c.citations),
    );
    return el(
      'li',
      { class: `ts-cause ${c.status}`, 'aria-labelledby': id },
      el(
        'h3',
        { id },
        el('span', { class: `ts-status ${c.status}`, title: s.hint }, icon(s.icon), el('span', { class: 'word' }, s.word)),
        el('span', { class: 'visually-hidden' }, ': '),
        ' ',
        c.cause,
        c.basis === 'inferred' ? el('span', { class: 'badge basis-inferred', title: c.inferredFrom ?? 'Derived from the sources' }, 'inferred') : null,
      ),
      evidence,
      el('ul', { class: 'ts-facts' }, ...c.facts.map((f) => el('li', {}, f))),
      remedy,
      citations,
    );
  }

  onError(requestId: number, message: string): void {
    if (requestId !== this.pending) return;
    this.results.setAttribute('aria-busy', 'false');
    replace(this.results, el('p', { class: 'flag error', role: 'alert' }, icon('error'), message));
  }
}

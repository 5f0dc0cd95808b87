/**
 * The Simulate tab: who, in which role, does what; the server's answer below, asked again
 * whenever an input or the file changes.
 */
import type { DecisionRequest, ModelSummary, SimulateResult } from '../../shared/protocol/wire';
import type { SimulatorState } from '../../shared/protocol/webview';
import { announce, renderAnswer } from './answer';
import { post } from './api';
import { Combobox } from './combobox';
import { el, fillSelect, icon, replace } from './dom';
import { ActionFields, selectField } from './fields';
import { findUser, holds, roleGroups } from './lookup';

export interface SimulateHost {
  state: SimulatorState;
  save(): void;
  nextId(): number;
  /** Says something to screen readers (and shows it) in the panel's status line. */
  status(text: string): void;
}

export class SimulateView {
  readonly element: HTMLElement;
  private readonly user: Combobox;
  private readonly role = selectField('Acting role');
  private readonly fields: ActionFields;
  private readonly gone: HTMLParagraphElement;
  private readonly answer: HTMLDivElement;
  private model: ModelSummary | null = null;
  private pending = -1;
  private focusAnswer = false;
  private last: DecisionRequest | undefined;

  constructor(private readonly host: SimulateHost) {
    const s = host.state.simulate;
    this.user = new Combobox('User', (name) => {
      s.user = name;
      s.role = findUser(this.model, name)?.roles[0] ?? s.role;
      this.changed();
    });
    this.role.select.addEventListener('change', () => {
      s.role = this.role.select.value;
      this.changed();
    });
    this.fields = new ActionFields(s, () => this.changed());
    this.gone = el('p', { class: 'flag', role: 'alert', hidden: true });
    const inputs = el(
      'form',
      { class: 'inputs', 'aria-label': 'Question' },
      el('div', { class: 'actor' }, this.user.element, this.role.field),
      this.fields.element,
    );
    inputs.addEventListener('submit', (e) => e.preventDefault());
    this.answer = el('div', { class: 'answer', 'aria-busy': 'false' });
    this.element = el('div', { class: 'simulate' }, inputs, this.gone, this.answer);
  }

  /** Refills the pickers from a new model, keeping the selection; then asks again. */
  update(model: ModelSummary | null): void {
    this.model = model;
    const s = this.host.state.simulate;
    if (!s.user && model?.users.length) {
      const first = model.users.find((u) => !u.inactive) ?? model.users[0];
      s.user = first.name;
      s.role = first.roles[0] ?? '';
    }
    this.user.setOptions((model?.users ?? []).map((u) => ({ value: u.name, label: u.name, detail: u.inactive ? 'inactive' : u.roles.join(', ') })));
    this.user.setValue(s.user);
    this.renderInputs();
    this.ask();
  }

  /** Sets the question from outside (a matrix cell, a code lens preset) and asks it. */
  setQuestion(q: Partial<SimulatorState['simulate']>, focusAnswer: boolean): void {
    Object.assign(this.host.state.simulate, q);
    this.focusAnswer = focusAnswer;
    this.update(this.model);
  }

  private changed(): void {
    this.renderInputs();
    this.host.save();
    this.ask();
  }

  private renderInputs(): void {
    const s = this.host.state.simulate;
    // The selection is kept when its user disappears, so undoing the edit brings the answer back.
    this.gone.hidden = !this.model || !s.user || !!findUser(this.model, s.user);
    replace(this.gone, icon('warning'), `The user ${s.user} is no longer defined in this file. Pick another user, or undo the edit.`);
    const groups = roleGroups(this.model, s.user);
    if (s.role && !groups.some((g) => g.options.some((o) => o.value === s.role)))
      groups.push({ options: [{ value: s.role, label: `${s.role} (not defined)` }] });
    fillSelect(this.role.select, groups, s.role);
    const held = !s.role || !this.model || holds(this.model, s.user, s.role);
    replace(
      this.role.hint,
      held ? '' : icon('warning'),
      held ? 'The role the user acts in.' : `Not held by ${s.user}: the answer shows what happens if they try.`,
    );
    this.role.hint.classList.toggle('flag', !held);
    this.fields.update(this.model);
  }

  /** The question as the server takes it, or undefined while it is incomplete. */
  request(): DecisionRequest | undefined {
    const s = this.host.state.simulate;
    if (!this.model || !s.user || !s.role || !this.fields.complete()) return undefined;
    return { user: s.user, role: s.role, action: s.action, ...this.fields.requestExtras() };
  }

  private ask(): void {
    const request = this.request();
    if (!request) {
      this.pending = -1;
      replace(this.answer, el('p', { class: 'hint' }, this.model ? 'Pick a user and a role to see the answer.' : 'No role file to simulate.'));
      return;
    }
    this.pending = this.host.nextId();
    this.last = request;
    this.answer.setAttribute('aria-busy', 'true');
    post({ type: 'simulate', requestId: this.pending, request });
  }

  onResult(requestId: number, result: SimulateResult): void {
    if (requestId !== this.pending) return; // an older question, already replaced
    this.answer.setAttribute('aria-busy', 'false');
    const request = this.last!;
    replace(
      this.answer,
      renderAnswer(result, {
        apply: (changes, text) => {
          post({ type: 'applySuggestion', changes });
          this.host.status(`Applying: ${text}`);
        },
        useChannel: (channel) => this.setQuestion({ channel }, true),
        saveExpect: () => post({ type: 'saveExpect', request }),
      }),
    );
    this.host.status(announce(result));
    if (this.focusAnswer) (this.answer.querySelector('#verdict') as HTMLElement | null)?.focus();
    this.focusAnswer = false;
  }

  onError(requestId: number, message: string): void {
    if (requestId !== this.pending) return;
    this.answer.setAttribute('aria-busy', 'false');
    replace(this.answer, el('p', { class: 'flag error', role: 'alert' }, icon('error'), message));
  }
}

/** The Who can tab: an action (and target) → every (user, role) the server allows, with why. */
import type { ModelSummary, WhoCanResult } from '../../shared/protocol/wire';
import type { SimulatorState } from '../../shared/protocol/webview';
import { citationBlock, citationBlocks } from './answer';
import { post } from './api';
import { el, icon, replace } from './dom';
import { ACTION_LABELS, ActionFields } from './fields';

export interface WhoCanHost {
  state: SimulatorState;
  save(): void;
  nextId(): number;
}

export class WhoCanView {
  readonly element: HTMLElement;
  private readonly fields: ActionFields;
  private readonly results: HTMLDivElement;
  private pending = -1;
  /** Set when the file changed since the last answer. */
  stale = true;

  constructor(private readonly host: WhoCanHost) {
    this.fields = new ActionFields(host.state.whoCan, () => {
      host.save();
      this.load();
    });
    const form = el('form', { class: 'inputs', 'aria-label': 'Who can' }, this.fields.element);
    form.addEventListener('submit', (e) => e.preventDefault());
    this.results = el('div', { class: 'who-results', 'aria-live': 'polite' });
    this.element = el('div', { class: 'whocan' }, form, this.results);
  }

  update(model: ModelSummary | null): void {
    this.fields.update(model);
  }

  load(): void {
    this.stale = false;
    if (!this.fields.complete()) {
      this.pending = -1;
      replace(this.results, el('p', { class: 'hint' }, 'Pick the role of the token’s user.'));
      return;
    }
    this.pending = this.host.nextId();
    this.results.setAttribute('aria-busy', 'true');
    post({ type: 'whoCan', requestId: this.pending, action: this.host.state.whoCan.action, ...this.fields.requestExtras() });
  }

  onResult(requestId: number, r: WhoCanResult): void {
    if (requestId !== this.pending) return;
    this.results.setAttribute('aria-busy', 'false');
    const label = ACTION_LABELS[r.action];
    const through = this.host.state.whoCan.integration;
    const what = `${label.charAt(0).toLowerCase()}${label.slice(1)}${r.target ? ` for ${r.target.user} as ${r.target.role}` : ''}${through ? ` through ${through}` : ''}`;
    const heading = el(
      'h2',
      {},
      r.actors.length ? `${r.actors.length} (user, role) ${r.actors.length === 1 ? 'pair' : 'pairs'} can ${what}` : `Nobody can ${what}`,
    );
    const list = el(
      'ul',
      { class: 'who-list' },
      ...r.actors.map((a) => {
        const [first, ...more] = a.citations;
        return el(
          'li',
          {},
          el('p', { class: 'who' }, icon('pass-filled', 'allow-icon'), el('span', { class: 'user' }, a.user), ' as ', el('span', { class: 'role' }, a.role)),
          first ? citationBlock(first) : null,
          more.length
            ? el(
                'details',
                {},
                el('summary', {}, `${more.length} more ${more.length === 1 ? 'citation' : 'citations'}`),
                ...citationBlocks(more, new Set(first ? [first.rule] : [])),
              )
            : null,
        );
      }),
    );
    replace(this.results, heading, r.actors.length ? list : null);
  }

  onError(requestId: number, message: string): void {
    if (requestId !== this.pending) return;
    this.results.setAttribute('aria-busy', 'false');
    replace(this.results, el('p', { class: 'flag error', role: 'alert' }, icon('error'), message));
  }
}

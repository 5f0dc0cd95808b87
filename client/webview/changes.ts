/**
 * The Changes tab: who gains or loses token access since git HEAD, unsaved edits included, as
 * `nsroles diff` prints it: pairs grouped by action, each with the settling rule, the reason and
 * the changed lines (links that reveal them; a removed line opens HEAD's text). The host reads
 * HEAD and the server decides; this view only asks and shows.
 */
import type { AccessChange, AccessDelta, ModelSummary, SourceLine } from '../../shared/protocol/wire';
import { ACTIONS } from '../../shared/protocol/vocabulary';
import { summaryLine, targetText } from '../../shared/accessText';
import { post } from './api';
import { el, icon, replace } from './dom';
import { ACTION_LABELS } from './fields';

export interface ChangesHost {
  nextId(): number;
  status(text: string): void;
  /** The workspace-relative label of a file of the account, for line links. */
  fileLabel(uri: string): string;
}

const KIND = {
  granted: { word: 'Granted', icon: 'add', hint: 'Allowed now, denied at HEAD.' },
  revoked: { word: 'Revoked', icon: 'remove', hint: 'Denied now, allowed at HEAD.' },
} as const;

export class ChangesView {
  readonly element: HTMLElement;
  private readonly results: HTMLDivElement;
  private model: ModelSummary | null = null;
  private pending = -1;
  /** Set when the file changed since the last answer. */
  stale = true;

  constructor(private readonly host: ChangesHost) {
    const intro = el(
      'p',
      { class: 'hint' },
      'Who gains or loses token access compared with the last commit (git HEAD), unsaved edits included. Updated as you type.',
    );
    this.results = el('div', { class: 'ch-results', 'aria-live': 'polite', 'aria-busy': 'false' });
    this.element = el('div', { class: 'changes' }, intro, this.results);
  }

  update(model: ModelSummary | null): void {
    this.model = model;
  }

  load(): void {
    this.stale = false;
    if (!this.model) {
      this.pending = -1;
      replace(this.results, el('p', { class: 'hint' }, 'No role file to compare.'));
      return;
    }
    // The last answer stays on screen while the next one is decided: no flicker as you type.
    this.pending = this.host.nextId();
    this.results.setAttribute('aria-busy', 'true');
    post({ type: 'accessDelta', requestId: this.pending });
  }

  onResult(requestId: number, base: string, d: AccessDelta): void {
    if (requestId !== this.pending) return;
    this.results.setAttribute('aria-busy', 'false');
    const summary = `${summaryLine(d)} since ${base}`;
    const heading = el('h2', { id: 'ch-heading' }, summary);
    if (!d.granted.length && !d.revoked.length) {
      replace(this.results, heading, el('p', { class: 'hint' }, `Nobody gains or loses access since ${base}.`));
      this.host.status(`${summary}.`);
      return;
    }
    const all = [...d.granted.map((c) => ({ c, kind: 'granted' as const })), ...d.revoked.map((c) => ({ c, kind: 'revoked' as const }))];
    const groups = ACTIONS.filter((a) => all.some((x) => x.c.action === a)).map((action) => {
      const id = `ch-action-${action}`;
      const items = all.filter((x) => x.c.action === action);
      return el(
        'section',
        { class: 'ch-group', 'aria-labelledby': id },
        el('h3', { id }, ACTION_LABELS[action], ' ', el('code', {}, action), el('span', { class: 'hint' }, ` (${items.length})`)),
        el('ul', { class: 'ch-pairs' }, ...items.map(({ c, kind }) => this.pair(c, kind, base))),
      );
    });
    replace(this.results, heading, ...groups);
    this.host.status(`${summary}.`);
  }

  private pair(c: AccessChange, kind: keyof typeof KIND, base: string): HTMLLIElement {
    const k = KIND[kind];
    const target = targetText(c);
    return el(
      'li',
      { class: `ch-pair ${kind}` },
      el(
        'p',
        { class: 'ch-who' },
        el('span', { class: `ch-kind ${kind}`, title: k.hint }, icon(k.icon), el('span', { class: 'word' }, k.word)),
        ' ',
        el('strong', {}, c.user),
        ' as ',
        el('strong', {}, c.role),
        target ? ` (${target})` : null,
        ' ',
        el('span', { class: 'badge', title: 'The rule that settles it now' }, c.rule),
      ),
      el('p', { class: 'ch-because' }, c.because),
      c.changes.length
        ? el('ul', { class: 'ch-lines', 'aria-label': 'Changed lines' }, ...c.changes.map((l) => this.line(l, base)))
        : el('p', { class: 'hint' }, 'No single changed line decides it.'),
    );
  }

  private line(l: SourceLine, base: string): HTMLLIElement {
    const where = `${this.host.fileLabel(l.file)}:${l.line}`;
    const link = el(
      'button',
      { type: 'button', class: 'link', title: l.base ? `Show this line as it is at ${base}` : 'Show this line in the editor' },
      l.base ? `${where} (${base}, removed)` : where,
    );
    link.addEventListener('click', () => post({ type: 'revealLine', uri: l.file, line: l.line, ...(l.base ? { base: true } : {}) }));
    return el('li', { class: l.base ? 'removed' : 'added' }, link, ' ', el('code', {}, l.text));
  }

  onError(requestId: number, message: string): void {
    if (requestId !== this.pending) return;
    this.results.setAttribute('aria-busy', 'false');
    replace(this.results, el('p', { class: 'flag error', role: 'alert' }, icon('error'), message));
  }
}

/**
 * The Matrix tab: one row per (user, held role), one column per action, each cell the server's
 * answer. A row's token actions expand to every other (user, role) target on demand.
 */
import type { Action } from '../../shared/protocol/vocabulary';
import type { MatrixRow, TargetCount } from '../../shared/protocol/wire';
import type { SimulatorState } from '../../shared/protocol/webview';
import { countLabel, isOwnToken, matrixRowMatches } from '../../shared/matrixText';
import { verdictBadge } from './answer';
import { post } from './api';
import { el, icon, replace, uid } from './dom';

/**
 * The columns: a token action is split into the actor's own token and tokens for other users
 * (a Token Admin issues only the latter), the logins are one column each.
 */
const COLUMNS: { action: Action; others: boolean; label: string }[] = [
  { action: 'issue-token', others: false, label: 'Issue own token' },
  { action: 'issue-token', others: true, label: 'Issue for others' },
  { action: 'revoke-token', others: false, label: 'Revoke own token' },
  { action: 'revoke-token', others: true, label: 'Revoke for others' },
  { action: 'restlet-login', others: false, label: 'Log in to a RESTlet' },
  { action: 'web-services-login', others: false, label: 'Log in to web services' },
];

export interface MatrixHost {
  state: SimulatorState;
  save(): void;
  nextId(): number;
  /** Opens a cell's full answer in the Simulate tab. */
  openAnswer(q: { user: string; role: string; action: Action; target: MatrixRow['target'] }): void;
}

const key = (user: string, role: string) => JSON.stringify([user, role]);

interface Actor {
  user: string;
  role: string;
  own: Map<Action, MatrixRow>;
  /** Token actions for other targets, by target key. */
  targets: Map<string, { target: { user: string; role: string }; cells: Map<Action, MatrixRow> }>;
}

function group(rows: MatrixRow[]): Actor[] {
  const actors = new Map<string, Actor>();
  for (const r of rows) {
    const k = key(r.user, r.role);
    let a = actors.get(k);
    if (!a) actors.set(k, (a = { user: r.user, role: r.role, own: new Map(), targets: new Map() }));
    if (isOwnToken(r)) {
      a.own.set(r.action, r);
      continue;
    }
    const tk = key(r.target!.user, r.target!.role);
    if (!a.targets.has(tk)) a.targets.set(tk, { target: r.target!, cells: new Map() });
    a.targets.get(tk)!.cells.set(r.action, r);
  }
  return [...actors.values()];
}

export class MatrixView {
  readonly element: HTMLElement;
  private readonly filter: HTMLInputElement;
  private readonly summary: HTMLParagraphElement;
  private readonly body: HTMLTableSectionElement;
  private rows: MatrixRow[] = [];
  private counts = new Map<string, TargetCount>();
  private expanded = false;
  private pending = -1;
  /** Set when the file changed since the last load. */
  stale = true;

  constructor(private readonly host: MatrixHost) {
    const fid = uid('filter');
    this.filter = el('input', { id: fid, type: 'search', placeholder: 'user or role', autocomplete: 'off', value: host.state.matrix.filter });
    this.filter.addEventListener('input', () => {
      host.state.matrix.filter = this.filter.value;
      host.save();
      this.render();
    });
    const csv = el('button', { type: 'button', class: 'secondary' }, icon('export'), 'Export CSV');
    const md = el('button', { type: 'button', class: 'secondary' }, icon('markdown'), 'Export Markdown');
    csv.addEventListener('click', () => this.export('csv'));
    md.addEventListener('click', () => this.export('markdown'));
    this.summary = el('p', { class: 'hint', 'aria-live': 'polite' });
    this.body = el('tbody');
    const head = el('tr', {}, el('th', { scope: 'col' }, 'User as role'), ...COLUMNS.map((c) => el('th', { scope: 'col' }, c.label)));
    const table = el(
      'table',
      { class: 'matrix' },
      el('caption', { class: 'visually-hidden' }, 'What each user can do in each role they hold. Activate a cell for its full answer.'),
      el('thead', {}, head),
      this.body,
    );
    const toolbar = el(
      'div',
      { class: 'toolbar' },
      el('div', { class: 'field grow' }, el('label', { for: fid }, 'Filter'), this.filter),
      el('div', { class: 'buttons' }, csv, md),
    );
    // The wrapper scrolls sideways in a narrow panel; focusable so the keyboard can scroll it too.
    const legend = el(
      'p',
      { class: 'legend hint' },
      icon('pass-filled', 'allow-icon'),
      ' allowed ',
      icon('error', 'deny-icon'),
      ' denied · select a cell for its full answer',
    );
    this.element = el(
      'div',
      { class: 'matrix-tab' },
      toolbar,
      this.summary,
      legend,
      el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Decision matrix' }, table),
    );
  }

  /** Asks the server for the matrix, with targets when any row is expanded. */
  load(): void {
    this.stale = false;
    this.expanded = this.host.state.matrix.expanded.length > 0;
    this.pending = this.host.nextId();
    this.body.setAttribute('aria-busy', 'true');
    post({ type: 'matrix', requestId: this.pending, expandTargets: this.expanded });
  }

  onResult(requestId: number, rows: MatrixRow[], counts: TargetCount[] = []): void {
    if (requestId !== this.pending) return;
    this.body.setAttribute('aria-busy', 'false');
    this.rows = rows;
    this.counts = new Map(counts.map((c) => [JSON.stringify([c.user, c.role, c.action]), c]));
    this.render();
  }

  onError(requestId: number, message: string): void {
    if (requestId !== this.pending) return;
    this.body.setAttribute('aria-busy', 'false');
    replace(this.body, el('tr', {}, el('td', { colspan: COLUMNS.length + 1, class: 'error' }, message)));
  }

  private export(format: 'csv' | 'markdown'): void {
    post({ type: 'exportMatrix', format, filter: this.host.state.matrix.filter, expandTargets: this.host.state.matrix.expanded.length > 0 });
  }

  private toggle(a: Actor, open = false): void {
    const list = this.host.state.matrix.expanded;
    const k = key(a.user, a.role);
    const i = list.indexOf(k);
    if (i >= 0 && open) return;
    if (i >= 0) list.splice(i, 1);
    else list.push(k);
    this.host.save();
    // Targets are fetched once, the first time any row asks for them.
    if (i < 0 && !this.expanded) this.load();
    else this.render();
  }

  private cell(r: MatrixRow | undefined, label: string): HTMLTableCellElement {
    if (!r) return el('td', { class: 'na' }, el('span', { class: 'visually-hidden' }, 'not applicable'));
    const b = el(
      'button',
      {
        type: 'button',
        class: `cell ${r.decision}`,
        'aria-label': `${label}: ${r.decision === 'allow' ? 'allowed' : 'denied'}`,
        title: `${r.rule}: open the full answer`,
      },
      verdictBadge(r.decision, true),
    );
    b.addEventListener('click', () => this.host.openAnswer({ user: r.user, role: r.role, action: r.action, target: isOwnToken(r) ? null : r.target }));
    return el('td', {}, b);
  }

  /** Tokens for others: how many other (user, role) pairs; activating it lists them. */
  private countCell(a: Actor, action: Action, label: string): HTMLTableCellElement {
    const c = this.counts.get(JSON.stringify([a.user, a.role, action]));
    if (!c) return this.cell(undefined, '');
    const decision = c.allowed > 0 ? 'allow' : 'deny';
    const b = el(
      'button',
      {
        type: 'button',
        class: `cell count ${decision}`,
        'aria-label': `${label}: allowed for ${countLabel(c)}`,
        title: 'List the other users and roles',
      },
      verdictBadge(decision, true),
      el('span', { class: 'count-label' }, countLabel(c)),
    );
    b.addEventListener('click', () => this.toggle(a, true));
    return el('td', {}, b);
  }

  private render(): void {
    const actors = group(this.rows);
    const shown = actors.filter((a) => matrixRowMatches(a, this.host.state.matrix.filter));
    replace(this.summary, this.rows.length ? `${shown.length} of ${actors.length} (user, role) pairs` : '');
    const out: HTMLTableRowElement[] = [];
    for (const a of shown) {
      const open = this.host.state.matrix.expanded.includes(key(a.user, a.role));
      const toggle = el(
        'button',
        { type: 'button', class: 'icon-button', 'aria-expanded': String(open), 'aria-label': `Token targets for ${a.user} as ${a.role}` },
        icon(open ? 'chevron-down' : 'chevron-right'),
      );
      toggle.addEventListener('click', () => this.toggle(a));
      const who = `${a.user} as ${a.role}`;
      out.push(
        el(
          'tr',
          { class: 'actor-row' },
          el(
            'th',
            { scope: 'row' },
            el(
              'div',
              { class: 'row-head' },
              toggle,
              el('span', { class: 'who' }, el('span', { class: 'user' }, a.user), el('span', { class: 'role' }, a.role)),
            ),
          ),
          ...COLUMNS.map((c) => (c.others ? this.countCell(a, c.action, `${who}, ${c.label}`) : this.cell(a.own.get(c.action), `${who}, ${c.label}`))),
        ),
      );
      if (!open) continue;
      if (this.expanded && !a.targets.size)
        out.push(el('tr', { class: 'target-row' }, el('td', { colspan: COLUMNS.length + 1, class: 'hint' }, 'No other (user, role) to hold a token.')));
      for (const t of a.targets.values()) {
        const label = `${who}, for ${t.target.user} as ${t.target.role}`;
        out.push(
          el(
            'tr',
            { class: 'target-row' },
            el(
              'th',
              { scope: 'row' },
              el(
                'span',
                { class: 'who' },
                el('span', { class: 'for' }, icon('arrow-small-right'), 'for ', t.target.user),
                el('span', { class: 'role' }, t.target.role),
              ),
            ),
            ...COLUMNS.map((c) => (c.others ? this.cell(t.cells.get(c.action), `${label}, ${c.label}`) : this.cell(undefined, ''))),
          ),
        );
      }
    }
    replace(this.body, ...out);
  }
}

/**
 * The Matrix tab: one row per (user, held role), one column per action, each cell the server's
 * answer. A row's token actions expand to every other (user, role) target on demand, fetched
 * for the expanded rows only. Rows are shown a page at a time: an account of a few thousand
 * users is thousands of rows, and one expanded row adds one per other (user, role).
 */
import type { Action } from '../../shared/protocol/vocabulary';
import type { MatrixRow, TargetCount } from '../../shared/protocol/wire';
import type { SimulatorState } from '../../shared/protocol/webview';
import { countLabel, isOwnToken, MATRIX_PAGE_ROWS, matrixRowMatches } from '../../shared/matrixText';
import { MAX_EXPANDED_ROWS, MAX_MESSAGE_BYTES } from '../../shared/protocol/schemas';
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

const PAGE_ROWS = MATRIX_PAGE_ROWS;

/** One row of the table, built only when its page is shown. */
type Line = { kind: 'actor'; a: Actor; open: boolean } | { kind: 'none' } | { kind: 'target'; a: Actor; t: TargetCells };
type TargetCells = Actor['targets'] extends Map<string, infer T> ? T : never;

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
  private counts = new Map<string, TargetCount>();
  private readonly pager: HTMLElement;
  private readonly pageLabel: HTMLSpanElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private actors: Actor[] = [];
  private hasRows = false;
  /** The rows whose other targets the last answer holds (keys). */
  private fetched = new Set<string>();
  private pending = -1;
  /** The first table row shown (a multiple of PAGE_ROWS). */
  private first = 0;
  /** Set when the file changed since the last load. */
  stale = true;

  constructor(private readonly host: MatrixHost) {
    const fid = uid('filter');
    this.filter = el('input', { id: fid, type: 'search', placeholder: 'user or role', autocomplete: 'off', value: host.state.matrix.filter });
    this.filter.addEventListener('input', () => {
      host.state.matrix.filter = this.filter.value;
      host.save();
      this.first = 0;
      this.render();
    });
    const csv = el('button', { type: 'button', class: 'secondary' }, icon('export'), 'Export CSV');
    const md = el('button', { type: 'button', class: 'secondary' }, icon('markdown'), 'Export Markdown');
    csv.addEventListener('click', () => this.export('csv'));
    md.addEventListener('click', () => this.export('markdown'));
    this.summary = el('p', { class: 'hint', 'aria-live': 'polite' });
    this.prev = el('button', { type: 'button', class: 'secondary' }, icon('chevron-left'), 'Previous');
    this.next = el('button', { type: 'button', class: 'secondary' }, 'Next', icon('chevron-right'));
    this.pageLabel = el('span', { class: 'hint' });
    this.prev.addEventListener('click', () => this.turn(-1));
    this.next.addEventListener('click', () => this.turn(1));
    this.pager = el('div', { class: 'pager', role: 'group', 'aria-label': 'Matrix pages', hidden: true }, this.prev, this.pageLabel, this.next);
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
      this.pager,
    );
  }

  /** Asks the server for the matrix, with every other target for the expanded rows. */
  load(): void {
    this.stale = false;
    const list = this.host.state.matrix.expanded;
    // A state saved by an older version may hold more: the newest expanded rows stay open.
    if (list.length > MAX_EXPANDED_ROWS) list.splice(0, list.length - MAX_EXPANDED_ROWS);
    const targetsFor = list.flatMap((k) => {
      const p: unknown = JSON.parse(k);
      return Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string' ? [{ user: p[0], role: p[1] }] : [];
    });
    // Very long names could make the message larger than the host accepts: close the oldest rows.
    while (targetsFor.length && JSON.stringify(targetsFor).length > MAX_MESSAGE_BYTES / 2) {
      targetsFor.shift();
      list.shift();
    }
    this.pending = this.host.nextId();
    this.fetched = new Set(targetsFor.map((t) => key(t.user, t.role)));
    this.body.setAttribute('aria-busy', 'true');
    post({ type: 'matrix', requestId: this.pending, expandTargets: targetsFor.length > 0, ...(targetsFor.length && { targetsFor }) });
  }

  onResult(requestId: number, rows: MatrixRow[], counts: TargetCount[] = []): void {
    if (requestId !== this.pending) return;
    this.body.setAttribute('aria-busy', 'false');
    this.actors = group(rows);
    this.hasRows = rows.length > 0;
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
    else {
      list.push(k);
      // Each expanded row is a few thousand cells in a large account: the oldest one closes.
      if (list.length > MAX_EXPANDED_ROWS) list.shift();
    }
    this.host.save();
    // A row's targets are fetched when it opens, with those of the other open rows.
    if (i < 0 && !this.fetched.has(k)) this.load();
    else this.render();
  }

  private turn(by: number): void {
    this.first = Math.max(0, this.first + by * PAGE_ROWS);
    this.render();
    (by < 0 ? this.prev : this.next).focus();
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

  /** The table's rows in order, as descriptions: cheap for every row, built as DOM for one page. */
  private lines(): { lines: Line[]; shown: number } {
    const shown = this.actors.filter((a) => matrixRowMatches(a, this.host.state.matrix.filter));
    const expanded = new Set(this.host.state.matrix.expanded);
    const lines: Line[] = [];
    for (const a of shown) {
      const k = key(a.user, a.role);
      const open = expanded.has(k);
      lines.push({ kind: 'actor', a, open });
      if (!open || !this.fetched.has(k)) continue;
      if (!a.targets.size) lines.push({ kind: 'none' });
      for (const t of a.targets.values()) lines.push({ kind: 'target', a, t });
    }
    return { lines, shown: shown.length };
  }

  private render(): void {
    const { lines, shown } = this.lines();
    replace(this.summary, this.hasRows ? `${shown} of ${this.actors.length} (user, role) pairs` : '');
    if (this.first >= lines.length) this.first = Math.max(0, Math.floor((lines.length - 1) / PAGE_ROWS) * PAGE_ROWS);
    const end = Math.min(lines.length, this.first + PAGE_ROWS);
    this.pager.hidden = lines.length <= PAGE_ROWS;
    replace(this.pageLabel, `Rows ${lines.length ? this.first + 1 : 0}–${end} of ${lines.length}`);
    this.prev.disabled = this.first === 0;
    this.next.disabled = end >= lines.length;
    replace(this.body, ...lines.slice(this.first, end).map((l) => this.row(l)));
  }

  private row(l: Line): HTMLTableRowElement {
    if (l.kind === 'none')
      return el('tr', { class: 'target-row' }, el('td', { colspan: COLUMNS.length + 1, class: 'hint' }, 'No other (user, role) to hold a token.'));
    const { a } = l;
    const who = `${a.user} as ${a.role}`;
    if (l.kind === 'target') {
      const t = l.t;
      const label = `${who}, for ${t.target.user} as ${t.target.role}`;
      return el(
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
      );
    }
    const toggle = el(
      'button',
      { type: 'button', class: 'icon-button', 'aria-expanded': String(l.open), 'aria-label': `Token targets for ${a.user} as ${a.role}` },
      icon(l.open ? 'chevron-down' : 'chevron-right'),
    );
    toggle.addEventListener('click', () => this.toggle(a));
    return el(
      'tr',
      { class: 'actor-row' },
      el(
        'th',
        { scope: 'row' },
        el('div', { class: 'row-head' }, toggle, el('span', { class: 'who' }, el('span', { class: 'user' }, a.user), el('span', { class: 'role' }, a.role))),
      ),
      ...COLUMNS.map((c) => (c.others ? this.countCell(a, c.action, `${who}, ${c.label}`) : this.cell(a.own.get(c.action), `${who}, ${c.label}`))),
    );
  }
}

/** The ARIA tabs pattern: arrow keys, Home and End move between tabs and select them. */
import type { IconName } from './icons';
import { el, icon } from './dom';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  icon: IconName;
  panel: HTMLElement;
}

export class Tabs<T extends string> {
  readonly list: HTMLDivElement;
  readonly panels: HTMLElement[];
  private readonly buttons: HTMLButtonElement[];

  constructor(
    private readonly specs: TabSpec<T>[],
    private readonly onSelect: (id: T) => void,
  ) {
    this.buttons = specs.map((s) => {
      const b = el('button', { type: 'button', role: 'tab', id: `tab-${s.id}`, 'aria-controls': `panel-${s.id}` }, icon(s.icon), s.label);
      b.addEventListener('click', () => this.select(s.id));
      b.addEventListener('keydown', (e) => this.key(e));
      return b;
    });
    this.list = el('div', { role: 'tablist', 'aria-label': 'Simulator views', class: 'tabs' }, ...this.buttons);
    this.panels = specs.map((s) => el('section', { role: 'tabpanel', id: `panel-${s.id}`, 'aria-labelledby': `tab-${s.id}`, class: 'tabpanel' }, s.panel));
  }

  select(id: T, focus = false): void {
    this.specs.forEach((s, i) => {
      const on = s.id === id;
      this.buttons[i].setAttribute('aria-selected', String(on));
      this.buttons[i].tabIndex = on ? 0 : -1;
      this.panels[i].hidden = !on;
      if (on && focus) this.buttons[i].focus();
    });
    this.onSelect(id);
  }

  private key(e: KeyboardEvent): void {
    const i = this.buttons.indexOf(e.currentTarget as HTMLButtonElement);
    const n = this.buttons.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    this.select(this.specs[to].id, true);
  }
}

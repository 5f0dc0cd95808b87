/**
 * A searchable picker: the ARIA 1.2 combobox pattern (an input that filters a listbox).
 * Typing filters; Arrow keys move; Enter or a click picks; Escape closes and restores.
 */
import { el, icon, replace, uid } from './dom';

export interface ComboOption {
  value: string;
  label: string;
  /** Shown after the label, dimmed (e.g. "inactive"). */
  detail?: string;
}

export class Combobox {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private options: ComboOption[] = [];
  private shown: ComboOption[] = [];
  private active = -1;
  private value = '';

  constructor(
    label: string,
    private readonly onPick: (value: string) => void,
  ) {
    const id = uid('combo');
    this.input = el('input', {
      id,
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
      autocomplete: 'off',
      spellcheck: 'false',
    });
    this.list = el('ul', { id: `${id}-list`, role: 'listbox', 'aria-label': label, class: 'combo-list', hidden: true });
    this.element = el(
      'div',
      { class: 'field combo' },
      el('label', { for: id }, label),
      el('div', { class: 'combo-box' }, this.input, icon('search', 'combo-icon')),
      this.list,
    );
    this.input.addEventListener('input', () => this.open(this.input.value));
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => this.commitTyped());
    this.input.addEventListener('click', () => (this.list.hidden ? this.open('') : this.close()));
    // mousedown would blur the input before the click lands; keep focus and pick on click.
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
  }

  setOptions(options: ComboOption[]): void {
    this.options = options;
    if (!this.list.hidden) this.open(this.input.value);
  }

  setValue(value: string): void {
    this.value = value;
    // Someone searching (focus in the box, its list open) keeps what they typed: a refresh of
    // the account sets the value again, and replaced their text mid-word.
    if (document.activeElement === this.input && !this.list.hidden) return;
    this.input.value = value;
  }

  private open(query: string): void {
    const q = query.trim().toLowerCase();
    this.shown = this.options.filter((o) => !q || o.label.toLowerCase().includes(q) || (o.detail ?? '').toLowerCase().includes(q));
    this.active = this.shown.findIndex((o) => o.value === this.value);
    if (this.active < 0 && q && this.shown.length) this.active = 0;
    replace(
      this.list,
      ...this.shown.map((o, i) => {
        const li = el(
          'li',
          { id: `${this.input.id}-opt-${i}`, role: 'option', 'aria-selected': String(o.value === this.value) },
          o.label,
          o.detail ? el('span', { class: 'detail' }, ` ${o.detail}`) : null,
        );
        li.addEventListener('click', () => this.pick(o.value));
        return li;
      }),
    );
    if (!this.shown.length) this.list.appendChild(el('li', { class: 'empty', role: 'presentation' }, 'No match'));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private highlight(): void {
    this.list.querySelectorAll('[role=option]').forEach((li, i) => li.classList.toggle('active', i === this.active));
    if (this.active < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const id = `${this.input.id}-opt-${this.active}`;
    this.input.setAttribute('aria-activedescendant', id);
    document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
  }

  private key(e: KeyboardEvent): void {
    const closed = this.list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (closed) return this.open('');
      if (!this.shown.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.shown.length) % this.shown.length;
      this.highlight();
    } else if (e.key === 'Enter' && !closed) {
      e.preventDefault();
      const o = this.shown[this.active];
      if (o) this.pick(o.value);
      else this.commitTyped();
    } else if (e.key === 'Escape' && !closed) {
      e.preventDefault();
      this.input.value = this.value;
      this.close();
    }
  }

  private pick(value: string): void {
    this.close();
    this.setValue(value);
    this.onPick(value);
  }

  /** A typed name that matches an option exactly is taken; anything else falls back. */
  private commitTyped(): void {
    const typed = this.input.value.trim().toLowerCase();
    const match = this.options.find((o) => o.value.toLowerCase() === typed);
    this.close();
    if (match && match.value !== this.value) this.pick(match.value);
    else this.input.value = this.value;
  }
}

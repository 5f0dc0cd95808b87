import type { IconName } from './icons';
/**
 * Tiny DOM helpers. Every string becomes a text node, never markup: names come from the
 * role file, and this is the one place that keeps them plain text.
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element; `true` attributes are set empty, `false`/undefined ones are left out. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, ...children);
  return e;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** A decorative codicon; the words beside it carry the meaning for screen readers. */
export function icon(name: IconName, extra = ''): HTMLSpanElement {
  return el('span', { class: `codicon codicon-${name} ${extra}`.trim(), 'aria-hidden': 'true' });
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A `<select>` whose options (and optional groups) are given as plain data. */
export interface OptionGroup {
  label?: string;
  options: { value: string; label: string }[];
}

export function fillSelect(select: HTMLSelectElement, groups: OptionGroup[], value: string): void {
  select.replaceChildren();
  for (const g of groups) {
    const parent = g.label ? el('optgroup', { label: g.label }) : select;
    for (const o of g.options) parent.appendChild(el('option', { value: o.value }, o.label));
    if (parent !== select) select.appendChild(parent);
  }
  select.value = value;
}

let nextId = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

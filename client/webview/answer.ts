/**
 * The answer to one question, as the server gave it: the verdict (icon and word, never colour
 * alone), the cited rules verbatim, the numbered trace, and the changes that would flip it.
 */
import type { Channel } from '../../shared/protocol/vocabulary';
import type { Citation, ModelChange } from '../../shared/protocol/wire';
import type { SimulateResult } from '../../shared/protocol/wire';
import { el, icon } from './dom';

export interface AnswerActions {
  /** Writes changes to the role files (through the host's WorkspaceEdit). */
  apply(changes: ModelChange[], text: string): void;
  /** Asks the same question through another channel: a change to the question, not the file. */
  useChannel(channel: Channel): void;
  saveExpect(): void;
}

/** The verdict as icon + word; `compact` for matrix cells and lists. */
export function verdictBadge(decision: 'allow' | 'deny', compact = false): HTMLSpanElement {
  const allow = decision === 'allow';
  const word = allow ? (compact ? 'Allow' : 'ALLOW') : compact ? 'Deny' : 'DENY';
  return el(
    'span',
    { class: `verdict-badge ${decision}${compact ? ' compact' : ''}` },
    icon(allow ? 'pass-filled' : 'error'),
    el('span', { class: 'word' }, word),
  );
}

/** Only NetSuite's help pages are linked: a citation's URL is data, checked before it becomes a link. */
function isNetSuitePage(url: unknown): url is string {
  return (
    typeof url === 'string' &&
    /^https:\/\/(docs\.oracle\.com|oracle\.hydrogen\.sagittarius\.connect\.product\.adaptavist\.com)\/en\/cloud\/saas\/netsuite\/ns-online-help\/[A-Za-z0-9_]+\.html$/.test(
      url,
    )
  );
}

/**
 * One citation as a quote block: the source's own words, its title (linked to the page), basis
 * and rule id, and what an inferred rule rests on unless `explained` (said under an earlier quote).
 */
export function citationBlock(c: Citation, explained = false): HTMLElement {
  return el(
    'figure',
    { class: 'citation' },
    el('blockquote', {}, c.quote),
    el(
      'figcaption',
      {},
      el('cite', {}, isNetSuitePage(c.url) ? el('a', { href: c.url, title: c.url }, c.source) : c.source),
      ' ',
      el('span', { class: `badge basis-${c.basis}`, title: c.basis === 'documented' ? 'Stated in the source' : 'Derived from the source' }, c.basis),
      ' ',
      el('code', { class: 'rule-id' }, c.rule),
      c.inferredFrom && !explained ? el('p', { class: 'inference' }, `Inferred: ${c.inferredFrom}`) : null,
    ),
  );
}

/** Citations as quote blocks, each inferred rule's basis said under its first quote; `said` holds the rules already explained. */
export function citationBlocks(list: readonly Citation[], said = new Set<string>()): HTMLElement[] {
  return list.map((c) => {
    const explained = said.has(c.rule);
    said.add(c.rule);
    return citationBlock(c, explained);
  });
}

function describe(r: SimulateResult): string {
  const d = r.decision;
  const own = d.target && d.target.user === d.actor.user && d.target.role === d.actor.role;
  const target = !d.target ? '' : own ? ' (own token)' : ` for ${d.target.user} as ${d.target.role}`;
  const via = d.channel ? ` via ${d.channel}` : '';
  return `${d.actor.user} as ${d.actor.role}: ${d.action}${target}${via}`;
}

/** The sentence a screen reader hears when a new answer arrives. */
export function announce(r: SimulateResult): string {
  return `${r.decision.decision === 'allow' ? 'Allowed' : 'Denied'}. ${describe(r)}.`;
}

export function renderAnswer(r: SimulateResult, actions: AnswerActions): HTMLElement {
  const d = r.decision;
  const heading = el(
    'h2',
    { id: 'verdict', class: `verdict ${d.decision}`, tabindex: -1 },
    verdictBadge(d.decision),
    el('span', { class: 'visually-hidden' }, ': '),
    el('span', { class: 'verdict-text' }, describe(r)),
  );
  const save = el('button', { type: 'button', class: 'secondary', 'aria-describedby': 'expect-line' }, icon('save'), 'Save as expect line');
  save.addEventListener('click', () => actions.saveExpect());
  const record = el('div', { class: 'expect' }, el('code', { id: 'expect-line' }, r.expectLine), save);
  const flag = r.roleHeld
    ? null
    : el('p', { class: 'flag', role: 'note' }, icon('warning'), `${d.actor.user} does not hold the role ${d.actor.role}; this is what happens if they try.`);

  const citations = el(
    'section',
    { 'aria-labelledby': 'h-citations' },
    el('h3', { id: 'h-citations' }, 'Why: the cited rules'),
    ...citationBlocks(d.citations),
  );
  const trace = el(
    'section',
    { 'aria-labelledby': 'h-trace' },
    el('h3', { id: 'h-trace' }, 'Reasoning'),
    el('ol', { class: 'trace' }, ...d.trace.map((t) => el('li', {}, t))),
  );
  const changes = el('section', { 'aria-labelledby': 'h-changes' }, el('h3', { id: 'h-changes' }, 'What would change this'));
  if (!d.suggestions.length) changes.appendChild(el('p', { class: 'hint' }, 'No single change to the file flips this answer.'));
  const list = el('ul', { class: 'suggestions' });
  d.suggestions.forEach((s, i) => {
    const id = `suggestion-${i}`;
    const fileChanges = s.changes.filter((c) => c.kind !== 'use-channel');
    const channel = s.changes.find((c) => c.kind === 'use-channel');
    const apply = fileChanges.length
      ? el('button', { type: 'button', 'aria-describedby': id }, icon('edit'), 'Apply')
      : el('button', { type: 'button', class: 'secondary', 'aria-describedby': id }, icon('arrow-swap'), 'Try it');
    apply.addEventListener('click', () => {
      if (channel?.kind === 'use-channel') actions.useChannel(channel.channel);
      if (fileChanges.length) actions.apply(fileChanges, s.text);
    });
    list.appendChild(
      el(
        'li',
        {},
        el('div', { class: 'suggestion-text' }, el('span', { id }, s.text), el('span', { class: 'result' }, ' → ', verdictBadge(s.result, true))),
        apply,
      ),
    );
  });
  if (d.suggestions.length) changes.appendChild(list);
  return el('div', { class: 'answer-body' }, heading, flag, record, citations, trace, changes);
}

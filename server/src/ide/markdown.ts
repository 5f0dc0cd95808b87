import type { Citation, Quote } from '../engine';

/** Escapes every ASCII punctuation character, so a name never turns into markup or a link. */
export function md(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c);
}

/** A verbatim quote as a block quote, attributed to its source document. */
export function quoteBlock(q: Quote | Citation, basis?: string): string {
  const b = basis ?? ('basis' in q ? q.basis : undefined);
  const text = 'text' in q ? q.text : q.quote;
  // The URL is one of the catalogue's own NetSuite addresses, never user text.
  const source = q.url ? `[${md(q.source)}](${q.url})` : md(q.source);
  return `> ${md(text)}\n>\n> — *${source}*${b === 'inferred' ? ' (inferred)' : ''}`;
}

/** A list of names as escaped, comma-separated text. */
export function names(list: string[], max = 8): string {
  const shown = list.slice(0, max).map(md).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

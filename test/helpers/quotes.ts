import * as assert from 'node:assert/strict';
import { ruleById } from '../../server/src/engine';

/** The catalogue's verbatim quote of `rule` that contains `fragment`: what the UI must show. */
export function quoteOf(rule: string, fragment: string): string {
  const quote = ruleById(rule)
    ?.quotes.map((q) => q.text)
    .find((t) => t.includes(fragment));
  assert.ok(quote, `the catalogue has no quote of ${rule} containing "${fragment}"`);
  return quote;
}

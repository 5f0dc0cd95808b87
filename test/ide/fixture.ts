/**
 * Cursor fixtures for the ide/ layer, as rust-analyzer's and yaml-language-server's tests write
 * them: the text of a role file with `$0` where the cursor is and `⟦…⟧` around each range the
 * answer must name. The functions under test are the real ide/ functions on a real account.
 */
import { strict as assert } from 'assert';
import { analysisOf, type Analysis } from '../../server/src/ide/analysis';
import { load } from '../helpers/memory';

export const FILE = '/main.nsroles';

export interface Fixture {
  /** The text without markers. */
  text: string;
  /** Where `$0` was. */
  offset: number;
  /** The `⟦…⟧` ranges, in order, as offsets in `text`. */
  ranges: { start: number; end: number }[];
  analysis: Analysis;
}

/** Parses the markers, loads the text as /main.nsroles (plus `extra` files) and analyses it. */
export function fixture(src: string, extra: Record<string, string> = {}): Fixture {
  let text = '';
  let offset = -1;
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    if (src.startsWith('$0', i)) {
      assert.equal(offset, -1, 'one $0 per fixture');
      offset = text.length;
      i++;
    } else if (src[i] === '⟦') open.push(text.length);
    else if (src[i] === '⟧') ranges.push({ start: open.pop()!, end: text.length });
    else text += src[i];
  }
  assert.equal(open.length, 0, 'unbalanced ⟦ ⟧');
  ranges.sort((a, b) => a.start - b.start);
  return { text, offset, ranges, analysis: analysisOf(FILE, load(text, extra)) };
}

/** The text of each range, for messages that read as the fixture does. */
export function slices(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/**
 * `narrow`: a long completion list cut to what was typed. The editor filters a list by the text
 * from a proposal's replace start to the cursor, keeping proposals that hold its characters in
 * order; a cut list must keep every proposal that filter would show while there is room.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { complete, type CompletionEntry } from '../../server/src/ide/completion';
import { narrow } from '../../server/src/ide/narrow';
import { fixture } from './fixture';

const inOrder = (key: string, typed: string) => {
  let j = 0;
  for (const ch of key) if (ch === typed[j]) j++;
  return j === typed.length;
};

describe('ide: narrowing a long completion list', () => {
  const entry = (label: string, i: number, start: number): CompletionEntry => ({
    label,
    kind: 'role',
    insertText: label,
    replace: { start, end: start },
    sortText: String(i).padStart(4, '0'),
  });

  it('keeps a list of at most the limit whole, and says so', () => {
    const list = ['a', 'b', 'c'].map((l, i) => entry(l, i, 0));
    const r = narrow(list, 'xyz', 2, 3);
    assert.equal(r.entries, list);
    assert.equal(r.incomplete, false);
  });

  it('a cut list: only matches, every proposal starting with the typed text while there is room, better matches first, in the list’s order', () => {
    const label = fc.stringMatching(/^[a-d ]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 60 }),
        fc.stringMatching(/^[A-Da-d]{0,3}$/),
        fc.integer({ min: 1, max: 20 }),
        (labels, typed, limit) => {
          const text = `role ${typed}`;
          const list = labels.map((l, i) => entry(l, i, 5));
          const r = narrow(list, text, text.length, limit);
          if (list.length <= limit) return assert.equal(r.entries, list);
          const t = typed.toLowerCase();
          assert.equal(r.incomplete, true);
          assert.ok(r.entries.length <= limit);
          for (const e of r.entries) assert.ok(inOrder(e.label, t), `${e.label} does not match ${t}`);
          const kept = new Set(r.entries);
          const prefixed = list.filter((e) => e.label.startsWith(t));
          if (prefixed.length <= limit) for (const e of prefixed) assert.ok(kept.has(e), `${e.label} left out for ${t}`);
          const matching = list.filter((e) => inOrder(e.label, t));
          assert.equal(r.entries.length, Math.min(limit, matching.length));
          // A proposal left out never matches better than one kept.
          const rank = (e: CompletionEntry) => (e.label.startsWith(t) ? 0 : e.label.includes(t) ? 1 : 2);
          const worstKept = Math.max(...r.entries.map(rank));
          for (const e of matching) if (!kept.has(e)) assert.ok(rank(e) >= worstKept, `${e.label} ranks above a kept one`);
          const at = r.entries.map((e) => list.indexOf(e));
          assert.deepEqual(
            at,
            [...at].sort((a, b) => a - b),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ties keep the sort order: with nothing typed, the first proposals by sort text', () => {
    const list = ['d', 'c', 'b', 'a'].map((l, i) => ({ ...entry(l, i, 0), sortText: l }));
    assert.deepEqual(
      narrow(list, '', 0, 2).entries.map((e) => e.label),
      ['b', 'a'],
    );
  });

  it('matches the filter text (a quoted name with its quote) when there is one', () => {
    const list = ['Sales Rep', 'Super Admin', 'Admin'].map((l, i) => ({ ...entry(l, i, 0), filterText: `"${l}"` }));
    assert.deepEqual(
      narrow(list, '"Sa', 3, 2).entries.map((e) => e.label),
      ['Sales Rep', 'Super Admin'],
    );
    assert.deepEqual(
      narrow(list, '"Sal', 4, 1).entries.map((e) => e.label),
      ['Sales Rep'],
    );
  });

  it('complete: a long users list is cut to the limit, each kept user described by its roles, and says it is cut', () => {
    const users = ['ana', 'ben', 'bob', 'cy', 'dee'].map((u, i) => `user "${u}" { role "R${i % 2}" }`).join('\n');
    const src = `role "R0" {}\nrole "R1" {}\n${users}\nexpect "b$0`;
    const f = fixture(src);
    const r = complete(f.analysis, f.offset, { snippets: false, limit: 2 });
    assert.equal(r.incomplete, true);
    assert.deepEqual(
      r.entries.map((e) => [e.label, e.detail]),
      [
        ['ben', 'R1'],
        ['bob', 'R0'],
      ],
    );
    const whole = complete(f.analysis, f.offset, { snippets: false });
    assert.equal(whole.incomplete, false);
    assert.deepEqual(
      whole.entries.map((e) => e.detail),
      ['R0', 'R1', 'R0', 'R1', 'R0'],
    );
  });
});

/**
 * Properties of the formatter (fast-check): on random role files, reflowed examples and mutated
 * examples, formatting is idempotent, keeps every comment, and changes neither the model nor
 * the findings. Range formatting agrees with formatting the whole file.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { applyEdits, type AccountModel, formatDocument, formatRange, lintAccount, type LoadedAccount, loadAccount, parse } from '../../server/src/engine';
import { memoryHost } from '../helpers/memory';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';
import { accountText, reflow, reflowText, SHARED } from '../properties/accounts';
import { EXAMPLES, mutatedExample } from '../properties/parser';

const SEED = 8_2024;

function loadText(text: string): LoadedAccount {
  return loadAccount('/main.nsroles', memoryHost({ '/main.nsroles': text, '/shared.nsroles': SHARED }));
}

const LOC_KEYS = new Set(['loc', 'nameLoc', 'refLoc', 'levelLoc']);

/** Everything the model says, without where it says it. */
function shape(m: AccountModel): unknown {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !LOC_KEYS.has(k))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return strip({ ...m, files: undefined });
}

/** Each finding with the code it marks, blanks and `;` left out (the only things formatting may change). */
function findings(text: string, loaded: LoadedAccount): string[] {
  const norm = (s: string) => s.replace(/[\s;]+/g, '');
  return lintAccount(loaded)
    .map((f) => {
      const own = f.loc.file === '/main.nsroles' ? text : SHARED;
      const related = (f.related ?? []).map((r) => r.message).join(' / ');
      return `${f.rule} ${f.severity} ${f.message} [${norm(own.slice(f.loc.span.start, f.loc.span.end))}] ${related} ${JSON.stringify(f.data ?? null)}`;
    })
    .sort();
}

function comments(text: string): string[] {
  return parse(text).comments.map((c) => c.text.trimEnd());
}

function show(text: string): string {
  return JSON.stringify(text.length > 2000 ? text.slice(0, 2000) + '…' : text);
}

/** Checks one text; returns whether the formatter formatted it (rather than declining). */
function checkFormat(text: string): boolean {
  const out = formatDocument(text);
  if (out === undefined) return false;
  assert.equal(formatDocument(out), out, `formatting twice differs from once for ${show(text)}\nfirst: ${show(out)}`);
  assert.deepEqual(comments(out), comments(text), `comments changed for ${show(text)}`);
  assert.deepEqual(parse(out).errors, [], `the formatted text does not parse: ${show(out)}`);
  const before = loadText(text);
  const after = loadText(out);
  assert.deepEqual(shape(after.model), shape(before.model), `the model changed for ${show(text)}\nformatted: ${show(out)}`);
  assert.deepEqual(findings(out, after), findings(text, before), `the findings changed for ${show(text)}\nformatted: ${show(out)}`);
  if (text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(out), 'a CRLF file got LF line ends');
  else assert.ok(!out.includes('\r\n'), 'an LF file got CRLF line ends');
  return true;
}

describe('formatter properties (fast-check)', function () {
  this.timeout(fuzzTimeout(30_000));
  const formatted = { n: 0, of: 0 };
  const count = (ok: boolean) => {
    formatted.of++;
    if (ok) formatted.n++;
  };
  after(() => console.log(`      formatted ${formatted.n} of ${formatted.of} texts; declined the rest (syntax errors or a moved ignore comment)`));

  it('random role files: idempotent, every comment kept, same model and findings', () => {
    let declined = 0;
    fc.assert(
      fc.property(accountText, (text) => {
        const ok = checkFormat(text);
        count(ok);
        if (!ok) declined++;
      }),
      fuzz(250, SEED),
    );
    // The generator writes valid files: the formatter must not decline them all.
    assert.ok(declined < 5, `declined ${declined} valid files`);
  });

  it('random role files and the examples, reflowed (blanks, indentation, lines joined with ;): the same', () => {
    const base = fc.oneof(
      accountText,
      fc.constantFrom(...Object.values(EXAMPLES)),
      fc.constantFrom(...Object.values(EXAMPLES)).map((t) => t.replace(/\n/g, '\r\n')),
    );
    fc.assert(
      fc.property(base, fc.array(reflow, { minLength: 1, maxLength: 25 }), (text, changes) => {
        count(checkFormat(reflowText(text, changes)));
        // Blanks, indentation and `;` do not count, so the canonical form stays; blank lines do (one is kept).
        const moved = reflowText(
          text,
          changes.filter((c) => c.kind !== 'blank'),
        );
        assert.equal(formatDocument(moved), formatDocument(text), `the layout changed the canonical form:\n${show(text)}\n${show(moved)}`);
      }),
      fuzz(200, SEED + 1),
    );
  });

  it('mutated examples (mostly broken): declines, or formats with all of the above', () => {
    fc.assert(
      fc.property(mutatedExample, ({ text }) => count(checkFormat(text))),
      fuzz(300, SEED + 2),
    );
  });

  it('range formatting: the result has the same model, and formats to the same canonical text', () => {
    fc.assert(
      fc.property(accountText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 400));
        const edits = formatRange(text, start, end);
        if (!edits) return;
        for (const e of edits) assert.ok(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length, 'edit outside the text');
        const out = applyEdits(text, edits);
        assert.deepEqual(parse(out).errors, [], `range formatting broke the file: ${show(out)}`);
        assert.deepEqual(comments(out), comments(text));
        assert.deepEqual(shape(loadText(out).model), shape(loadText(text).model));
        assert.equal(formatDocument(out), formatDocument(text), `range then whole differs from whole:\n${show(text)}\n${show(out)}`);
      }),
      fuzz(200, SEED + 3),
    );
  });
});

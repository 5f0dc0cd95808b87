/**
 * Reading ahead: a parse done in pieces (`StepParse`, `ParseCache.readAhead`) must give exactly
 * the tree `parse(text)` gives, wherever the pieces end, and a cache that read a file ahead must
 * answer `get` as one that did not.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse, ParseCache, StepParse, type SyntaxTree } from '../../server/src/engine';
import { treeShape } from '../helpers/trees';
import { fuzz } from '../helpers/fuzz';
import { accountText } from '../properties/accounts';
import { arbitraryText, mutatedExample } from '../properties/parser';

const SEED = 626262;

/** A stop rule from a list of answers, asked in turn (then "go on"). */
function answers(list: boolean[]): () => boolean {
  let i = 0;
  return () => list[i++] ?? false;
}

/** Reads `text` in pieces, each ended by `stops`, and returns the tree and the pieces' ends. */
function inPieces(text: string, stops: boolean[][]): { tree: SyntaxTree; ends: number[] } {
  const p = new StepParse(text, '/ws/a.nsroles');
  const ends: number[] = [];
  for (const s of stops) {
    if (p.step(answers(s))) break;
    ends.push(p.read);
  }
  return { tree: p.tree(), ends };
}

const pieces = fc.array(fc.array(fc.boolean(), { maxLength: 12 }), { maxLength: 8 });

describe('reading ahead: a parse in pieces', () => {
  it('gives the tree of one parse, wherever the pieces end (generated accounts, mutated examples, any text)', () => {
    const check = (text: string, stops: boolean[][]) => {
      const { tree, ends } = inPieces(text, stops);
      assert.deepStrictEqual(treeShape(tree), treeShape(parse(text, '/ws/a.nsroles')), `pieces ending at ${ends.join(', ')}`);
    };
    fc.assert(
      fc.property(accountText, pieces, (text, stops) => check(text, stops)),
      fuzz(300, SEED),
    );
    fc.assert(
      fc.property(mutatedExample, pieces, ({ text }, stops) => check(text, stops)),
      fuzz(400, SEED),
    );
    fc.assert(
      fc.property(arbitraryText, pieces, (text, stops) => check(text, stops)),
      fuzz(400, SEED),
    );
  });

  it('stops only before a top-level statement, and always reads at least one', () => {
    // What comes before the first statement does not count as one.
    const lead = new StepParse('\uFEFF# c\n\n}\nrole "A" {}\nrole "B" {}\n');
    lead.step(() => true);
    assert.equal(lead.read, lead.text.indexOf('role "B"'));

    const text = 'role "A" {\n  permission ADMI_LOGIN_OAUTH\n}\n# two\nuser "u" { role "A" }\nuser "v" {\n  role "A"\n';
    const p = new StepParse(text);
    assert.equal(
      p.step(() => true),
      false,
    );
    assert.equal(p.read, text.indexOf('user "u"'), 'the first statement read, the comment after it too');
    assert.equal(
      p.step(() => true),
      false,
    );
    assert.equal(p.read, text.indexOf('user "v"'));
    // The last statement's block is never closed: it ends the text, and the read.
    assert.equal(
      p.step(() => true),
      true,
    );
    assert.equal(p.read, text.length);
    assert.deepStrictEqual(treeShape(p.tree()), treeShape(parse(text)));
  });

  it('the parse cache goes on from a read ahead, and a read ahead of another text is dropped', () => {
    const text = 'role "A" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "A" }\nuser "v" { role "B" }\n';
    const cache = new ParseCache();
    assert.equal(cache.readAhead('/ws/a.nsroles', text, answers([false, true])), false, 'stopped after two statements');
    assert.deepStrictEqual(treeShape(cache.get('/ws/a.nsroles', text)), treeShape(parse(text, '/ws/a.nsroles')));
    assert.equal(cache.get('/ws/a.nsroles', text), cache.get('/ws/a.nsroles', text), 'kept as a whole tree');
    assert.equal(
      cache.readAhead('/ws/a.nsroles', text, () => true),
      true,
      'already read',
    );

    // Read ahead from the disk, then opened with other text (unsaved changes): the other text's tree.
    const edited = text.replace('"B"', '"A"');
    cache.readAhead('/ws/b.nsroles', text, () => true);
    assert.deepStrictEqual(treeShape(cache.get('/ws/b.nsroles', edited)), treeShape(parse(edited, '/ws/b.nsroles')));

    // A file deleted while read ahead leaves nothing behind: its next text is read afresh.
    cache.readAhead('/ws/c.nsroles', text, () => true);
    cache.delete('/ws/c.nsroles');
    assert.deepStrictEqual(treeShape(cache.get('/ws/c.nsroles', edited)), treeShape(parse(edited, '/ws/c.nsroles')));
  });

  it('drops what was read ahead of one file, or of all, when told: the next read starts again', () => {
    const text = 'user "u" { role "A" }\nuser "v" { role "A" }\nuser "w" { role "A" }\n';
    const cache = new ParseCache();
    cache.readAhead('/ws/a.nsroles', text, () => true);
    cache.readAhead('/ws/b.nsroles', text, () => true);
    assert.equal(cache.readAheadOf('/ws/a.nsroles'), text.indexOf('user "v"'));
    cache.dropReadAhead('/ws/a.nsroles');
    assert.equal(cache.readAheadOf('/ws/a.nsroles'), undefined);
    assert.equal(cache.readAheadOf('/ws/b.nsroles'), text.indexOf('user "v"'));
    cache.dropReadAhead();
    assert.equal(cache.readAheadOf('/ws/b.nsroles'), undefined);
    // Read again from the start, and the tree is still the one parse gives.
    cache.readAhead('/ws/a.nsroles', text, () => true);
    assert.equal(cache.readAheadOf('/ws/a.nsroles'), text.indexOf('user "v"'));
    assert.deepStrictEqual(treeShape(cache.get('/ws/a.nsroles', text)), treeShape(parse(text, '/ws/a.nsroles')));
    assert.equal(cache.readAheadOf('/ws/a.nsroles'), undefined, 'taken by get');
  });

  it('reads a file in full in one call when never told to stop, and keeps it', () => {
    const text = 'user "u" { role "A" }\nuser "v" { role "A" }\n';
    const cache = new ParseCache();
    assert.equal(
      cache.readAhead('/ws/a.nsroles', text, () => false),
      true,
    );
    const tree = cache.get('/ws/a.nsroles', text);
    assert.equal(tree.statements.length, 2);
    assert.equal(cache.get('/ws/a.nsroles', text), tree);
  });
});

/**
 * Incremental parsing: `reparse(old, text)` must give exactly the tree `parse(text)` gives,
 * for any edit of any text, and keep giving it over a sequence of edits (each reusing the last tree).
 */
import { strict as assert } from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import fc from 'fast-check';
import { LineIndex, lintAccount, loadAccount, parse, ParseCache, reparse } from '../../server/src/engine';
import { bindFile } from '../../server/src/engine/bind';
import { emptyModel } from '../../server/src/engine/model';
import { lineStarts, treeShape } from '../helpers/trees';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';
import { memoryHost, plain } from '../helpers/memory';
import { accountText } from '../properties/accounts';
import { arbitraryText, EXAMPLES, mutatedExample } from '../properties/parser';

const SEED = 515151;

/** One edit: replace `remove` characters at `at` (wrapped into the text) with `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const INSERTS = [
  'x',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '"',
  '{',
  '}',
  ';',
  '#',
  '# c\n',
  'role "R" {',
  'user "u" { role "R" }\n',
  '}\n',
  'permission ',
  '\\',
  'é',
  '😀',
  '\uFEFF',
];
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }, fc.integer({ min: 4, max: 80 })),
  insert: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.constant('') }, fc.string({ maxLength: 6 })),
});

function apply(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** Applies the edits one after another, reparsing each time, and checks every tree against a fresh parse. */
function checkSequence(start: string, edits: Edit[]): void {
  let text = start;
  let tree = parse(text);
  for (const e of edits) {
    const next = apply(text, e);
    tree = reparse(tree, next);
    assert.deepStrictEqual(treeShape(tree), treeShape(parse(next)), `after editing ${JSON.stringify(text)} into ${JSON.stringify(next)}`);
    text = next;
  }
}

describe('incremental parsing (reparse)', function () {
  // `npm run fuzz` runs these properties long, from a random seed (test/helpers/fuzz.ts).
  this.timeout(fuzzTimeout(60_000));

  it('equals a fresh parse after edits of mutated examples', () => {
    fc.assert(
      fc.property(mutatedExample, fc.array(edit, { minLength: 1, maxLength: 6 }), ({ text }, edits) => checkSequence(text, edits)),
      fuzz(600, SEED),
    );
  });

  it('equals a fresh parse after edits of generated accounts and of arbitrary text', () => {
    fc.assert(
      fc.property(accountText, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => checkSequence(text, edits)),
      fuzz(400, SEED),
    );
    fc.assert(
      fc.property(arbitraryText, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => checkSequence(text, edits)),
      fuzz(600, SEED),
    );
  });

  it('handles the edits that move block boundaries', () => {
    const base = 'role "A" {\n  permission ADMI_LOGIN_OAUTH\n}\n# note\nuser "u" { role "A" }\nexpect "u" as "A" can restlet-login\n';
    const cases: [string, string][] = [
      ['}\n# note', '\n# note'], // the role's block no longer closes: it runs into the user declaration
      ['user "u" {', 'user "u"'], // the next declaration stops being one
      ['\n}', '\n}}'], // an unmatched brace at the top level
      ['# note', '"# note'], // an unterminated string swallows the comment
      ['expect', 'role "B" {'], // a block opened at the end that never closes
      ['role "A" {', ''], // the first line goes
    ];
    // A byte order mark removed, added back, and typed after (the first line starts after it).
    const bom = `\uFEFF${base}`;
    checkSequence(bom, [{ at: 0, remove: 1, insert: '' }]);
    checkSequence(base, [{ at: 0, remove: 0, insert: '\uFEFF' }]);
    checkSequence(bom, [{ at: 1, remove: 4, insert: 'user' }]);
    checkSequence(bom, [{ at: 0, remove: 5, insert: 'user' }]);
    for (const [from, to] of cases) {
      assert.ok(base.includes(from), from);
      checkSequence(base, [{ at: base.indexOf(from), remove: from.length, insert: to }]);
      // And back again, from the edited tree.
      const edited = base.replace(from, to);
      checkSequence(edited, [{ at: edited.indexOf(to), remove: to.length, insert: from }]);
    }
  });

  it('keeps the statements before the edit, moves the ones after it, and reads only the edited one', () => {
    const text = EXAMPLES['acme/account.nsroles'];
    const old = parse(text);
    const at = text.indexOf('user "');
    const edited = text.slice(0, at + 6) + 'x' + text.slice(at + 6);
    const owner = old.statements.findIndex((s) => s.span.start <= at && at < s.span.end);
    assert.ok(owner > 0 && owner < old.statements.length - 1, 'the edit falls inside a statement with others on both sides');
    const before = old.statements.slice(0, owner);
    const after = old.statements.slice(owner + 1);
    const afterStarts = after.map((s) => s.span.start);
    const tree = reparse(old, edited);
    assert.deepStrictEqual(treeShape(tree), treeShape(parse(edited)));
    for (let i = 0; i < before.length; i++) assert.equal(tree.statements[i], before[i], 'the same object before the edit');
    assert.notEqual(tree.statements[owner], old.statements[owner], 'the edited statement is read again');
    for (let i = 0; i < after.length; i++) {
      assert.equal(tree.statements[owner + 1 + i], after[i], 'the same object after the edit');
      assert.equal(after[i].span.start, afterStarts[i] + 1, 'moved by the inserted character');
    }
  });

  it('after a run of unclosed blocks, reads again only the last one before the edit', () => {
    const roles = Array.from({ length: 200 }, (_, i) => `role "r${i}" {\n  permission ADMI_LOGIN_OAUTH\n`).join('');
    const text = roles + 'user "u" { role "r1" }\n';
    const old = parse(text);
    const kept = old.statements.slice(0, 199);
    const at = text.indexOf('user "u"') + 6;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const tree = reparse(old, edited);
    assert.deepStrictEqual(treeShape(tree), treeShape(parse(edited)));
    kept.forEach((s, i) => assert.equal(tree.statements[i], s, `role ${i} is the same object`));
  });

  it('the parse cache reparses an edited file and returns the same tree for the same text', () => {
    const cache = new ParseCache();
    const text = EXAMPLES['acme/roles.nsroles'];
    const first = cache.get('/r.nsroles', text);
    assert.equal(cache.get('/r.nsroles', text), first);
    const edited = text.replace('role "', 'role "Z');
    const second = cache.get('/r.nsroles', edited);
    assert.deepStrictEqual(treeShape(second), treeShape(parse(edited, '/r.nsroles')));
    assert.ok(
      second.statements.some((s) => first.statements.includes(s)),
      'statements are shared with the previous tree',
    );
  });

  it('an account loaded and linted through the cache after edits equals a fresh load: bound entries are reused and moved', () => {
    const roles = EXAMPLES['acme/roles.nsroles'];
    fc.assert(
      fc.property(mutatedExample, fc.array(edit, { minLength: 1, maxLength: 5 }), ({ text }, edits) => {
        const cache = new ParseCache();
        let current = text;
        const host = memoryHost({ '/roles.nsroles': roles, '/main.nsroles': current });
        const read = (f: string) => (f === '/main.nsroles' ? current : host.read(f));
        loadAccount('/main.nsroles', { ...host, read }, { cache });
        for (const e of edits) {
          current = apply(current, e);
          const cached = loadAccount('/main.nsroles', { ...host, read }, { cache });
          const fresh = loadAccount('/main.nsroles', { ...host, read }, { cache: new ParseCache() });
          assert.deepStrictEqual(plain(cached.model), plain(fresh.model));
          assert.deepStrictEqual(plain(lintAccount(cached)), plain(lintAccount(fresh)));
        }
      }),
      fuzz(300, SEED, 3),
    );
  });

  it('reuses the model entry of an unchanged statement', () => {
    const cache = new ParseCache();
    const text = 'role "A" { permission ADMI_LOGIN_OAUTH }\nuser "u" { role "A" }\nuser "v" { role "A" }\n';
    const host = (t: string) => memoryHost({ '/m.nsroles': t });
    const first = loadAccount('/m.nsroles', host(text), { cache }).model;
    const second = loadAccount('/m.nsroles', host(text.replace('"u"', '"uu"')), { cache }).model;
    assert.equal(second.roles[0], first.roles[0], 'the role before the edit');
    assert.notEqual(second.users[0], first.users[0], 'the edited user is bound again');
    assert.equal(second.users[0].name, 'uu');
    assert.equal(second.users[1], first.users[1], 'the user after the edit');
    assert.equal(second.users[1].loc.span.start, text.indexOf('user "v"') + 1, 'and its location moved');
  });

  it("a statement and its arguments are the model's locations, in their file, and move with an edit", () => {
    const cache = new ParseCache();
    const text = 'user "u" { role "A" }\nuser "v" { role "A" }\n';
    const host = (t: string) => memoryHost({ '/m.nsroles': t });
    const first = loadAccount('/m.nsroles', host(text), { cache });
    const [stmt] = first.trees.get('/m.nsroles')!.statements.slice(1);
    const v = first.model.users[1];
    assert.equal(v.loc, stmt, 'the declaration is located by its statement itself');
    assert.equal(v.nameLoc, stmt.args[0], 'its name by the argument itself');
    assert.equal(v.roles[0].loc, stmt.block!.statements[0].args[0]);
    assert.deepEqual([v.loc.file, v.nameLoc.file, v.roles[0].loc.file], ['/m.nsroles', '/m.nsroles', '/m.nsroles']);
    loadAccount('/m.nsroles', host(text.replace('"u"', '"uu"')), { cache });
    assert.equal(v.nameLoc.span.start, text.indexOf('"v"') + 1, 'the location moved with the edit');
  });

  it("a reparse names the statements it reads again after the old tree's file", () => {
    const text = 'user "u" { role "A" }\nuser "v" { role "A" }\n';
    const tree = reparse(parse(text, '/f.nsroles'), text.replace('"u"', '"uu"'));
    assert.deepEqual(
      tree.statements.flatMap((s) => [s.file, ...s.args.map((a) => a.file)]),
      ['/f.nsroles', '/f.nsroles', '/f.nsroles', '/f.nsroles'],
    );
  });

  it('a tree parsed without its file name still binds to locations in the file it is bound for', () => {
    const model = emptyModel();
    bindFile('/x.nsroles', parse('user "u" { role "A" }\n'), model, (p) => p);
    const [u] = model.users;
    assert.equal(u.nameLoc.file, '/x.nsroles');
    assert.equal(u.roles[0].loc.file, '/x.nsroles');
    assert.deepEqual([u.nameLoc.span.start, u.nameLoc.span.end], [5, 8]);
  });

  it('a tree kept across edits keeps no earlier version of the text alive', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // 2 MB of users, with long names: V8 slices of 13+ characters would pin their whole text.
    const one = (i: number) => `user "someone.with.a.long.name${i}@example.com" { role "A role with a long name ${i % 50}" }\n`;
    let text = '# \u2014 two-byte text\n' + Array.from({ length: 20_000 }, (_, i) => one(i)).join('');
    const cache = new ParseCache();
    cache.get('/big.nsroles', text);
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    for (let k = 1; k <= 12; k++) {
      // Edit a different user each time: each edited version leaves statements read from it.
      const at = text.indexOf('user "', Math.floor((text.length * k) / 13));
      text = text.slice(0, at + 6) + 'x' + text.slice(at + 6);
      cache.get('/big.nsroles', text);
    }
    const grown = heap() - before;
    const size = text.length * 2;
    assert.ok(grown < size, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over 12 edits of a ${(size / 1e6).toFixed(1)} MB text`);
  });

  it('a byte order mark is no column: positions and offsets count from the first character after it', () => {
    const lines = new LineIndex('\uFEFFrole "A"\nuser "u"\n');
    assert.deepEqual(lines.position(0), { line: 0, character: 0 });
    assert.deepEqual(lines.position(1), { line: 0, character: 0 });
    assert.deepEqual(lines.position(5), { line: 0, character: 4 });
    assert.deepEqual(lines.position(10), { line: 1, character: 0 });
    assert.equal(lines.offset({ line: 0, character: 0 }), 1);
    assert.equal(lines.offset({ line: 0, character: 4 }), 5);
    assert.equal(lines.offset({ line: 1, character: 1 }), 11);
    assert.equal(lines.lineStart(0), 1);
    for (let o = 1; o <= lines.text.length; o++) assert.equal(lines.offset(lines.position(o)), o);
    // Without one, nothing changes.
    const plain = new LineIndex('role "A"\n');
    assert.deepEqual(plain.position(4), { line: 0, character: 4 });
    assert.equal(plain.offset({ line: 0, character: 0 }), 0);
  });

  it('the line index of an edit equals a fresh one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ', '😀', '\uFEFF'), maxLength: 60 }), edit, (text, e) => {
        const next = apply(text, e);
        const at = text.length ? e.at % (text.length + 1) : 0;
        const removed = Math.min(e.remove, text.length - at);
        const got = new LineIndex(text).edited(next, at, at + removed, at + e.insert.length);
        assert.deepStrictEqual(lineStarts(got), lineStarts(new LineIndex(next)), JSON.stringify({ text, next }));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

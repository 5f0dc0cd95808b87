/**
 * Properties through the real server (fast-check, dist/server.js over stdio): a random sequence
 * of incremental edits gives the diagnostics of the final text opened fresh; a quick fix picked
 * at random is a valid workspace edit (no overlapping ranges), adds no syntax error and removes
 * its diagnostic.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, Range, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-protocol/node';
import { fuzz, fuzzTimeout } from '../helpers/fuzz';
import { accountText } from '../properties/accounts';
import { EXAMPLES } from '../properties/parser';
import { positionAt, TestServer } from './harness';

const SEED = 77_001;

// What an editor types and pastes: language pieces, line breaks of every kind, astral characters.
const PIECES = [
  'role',
  'user "',
  '"',
  '{',
  '}',
  ';',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '#',
  '# nsroles-ignore TBA-LOGIN\n',
  'permission ADMI_LOGIN_OAUTH',
  'expect "a" as "b" can restlet-login',
  '😀',
  'é',
  '\\"',
  'inactive',
  '\t',
];
const typed = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.constant(''));

interface Edit {
  at: number;
  length: number;
  text: string;
  /** Sent in the same didChange as the previous edit. */
  batch: boolean;
  /** Wait for the diagnostics of this version before the next edit. */
  settle: boolean;
  /** Replace the whole text (a change without a range). */
  whole: boolean;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat(12), fc.nat(200)),
  text: fc.oneof(
    typed,
    fc.array(typed, { maxLength: 5 }).map((a) => a.join('')),
  ),
  batch: fc.boolean(),
  settle: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 5, arbitrary: fc.constant(false) }),
  whole: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 15, arbitrary: fc.constant(false) }),
});

const startText = fc.oneof(accountText, fc.constantFrom(...Object.values(EXAMPLES)), fc.constant(''));

/** The diagnostics with this document's URI taken out, for comparing two documents. */
function normal(p: PublishDiagnosticsParams): string {
  return JSON.stringify(p.diagnostics).split(JSON.stringify(p.uri).slice(1, -1)).join('<doc>');
}

function overlapping(edits: TextEdit[]): boolean {
  const key = (r: Range) => [r.start.line, r.start.character, r.end.line, r.end.character];
  const before = (a: number[], b: number[]) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
  const sorted = [...edits].sort((x, y) => (before(key(x.range), key(y.range)) ? -1 : 1));
  return sorted.some((e, i) => i > 0 && !before(key(sorted[i - 1].range).slice(2), key(e.range).slice(0, 2)));
}

describe('server properties (fast-check, through dist/server.js)', function () {
  this.timeout(fuzzTimeout(60_000));
  let s: TestServer;
  let n = 0;
  before(async () => {
    s = await TestServer.start();
  });
  after(() => s.stop());

  it('incremental edits give the same diagnostics as opening the final text fresh', async () => {
    await fc.assert(
      fc.asyncProperty(startText, fc.array(edit, { minLength: 1, maxLength: 30 }), async (text, edits) => {
        const uri = `untitled:edited-${n}`;
        const fresh = `untitled:fresh-${n++}`;
        await s.open(uri, text);
        let pending: TextDocumentContentChangeEvent[] = [];
        let current = text;
        const flush = async () => {
          if (pending.length) await s.change(uri, pending);
          pending = [];
          current = s.text(uri);
        };
        for (const e of edits) {
          if (!e.batch) await flush();
          if (e.whole) {
            pending.push({ text: e.text });
            current = e.text;
          } else {
            // Offsets are taken in the text as it will be when this change applies.
            const start = current.length ? e.at % (current.length + 1) : 0;
            const end = Math.min(current.length, start + e.length);
            pending.push({ range: { start: positionAt(current, start), end: positionAt(current, end) }, text: e.text });
            current = current.slice(0, start) + e.text + current.slice(end);
          }
          if (e.settle) {
            await flush();
            await s.diagnostics(uri);
          }
        }
        await flush();
        const edited = await s.diagnostics(uri);
        await s.open(fresh, s.text(uri));
        const opened = await s.diagnostics(fresh);
        assert.equal(
          normal(edited),
          normal(opened),
          `diagnostics differ after edits of ${JSON.stringify(text.slice(0, 200))}…, final text ${JSON.stringify(s.text(uri))}`,
        );
        await s.close(uri);
        await s.close(fresh);
      }),
      fuzz(60, SEED, 5),
    );
  });

  it('a quick fix picked at random: a valid edit, no new syntax error, its diagnostic gone', async () => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(accountText, fc.nat(), fc.nat(), async (text, pickDiag, pickAction) => {
        const uri = `untitled:fix-${n++}`;
        await s.open(uri, text);
        const before = (await s.diagnostics(uri)).diagnostics;
        if (!before.length) return s.close(uri);
        const diag = before[pickDiag % before.length];
        const actions: CodeAction[] = (await s.codeActions(uri, diag.range, [diag], ['quickfix'])).filter((a) => a.edit);
        if (!actions.length) return s.close(uri);
        const action = actions[pickAction % actions.length];
        // Actions for the range fix whatever lies there: judge the action by the diagnostic it names.
        const target = action.diagnostics?.[0] ?? diag;
        const what = `'${action.title}' for ${target.code} "${target.message}" in ${JSON.stringify(text)}`;
        const changes = action.edit!.changes ?? {};
        assert.deepEqual(Object.keys(changes), [uri], `${what}: edits another document`);
        assert.ok(!overlapping(changes[uri]), `${what}: overlapping edits ${JSON.stringify(changes[uri])}`);
        await s.apply(action.edit!);
        const after = (await s.diagnostics(uri)).diagnostics;
        const syntax = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'NSR-SYNTAX').length;
        assert.ok(syntax(after) <= syntax(before), `${what}: adds a syntax error:\n${s.text(uri)}`);
        const same = (d: Diagnostic) => d.code === target.code && d.message === target.message;
        const fixAll = !action.diagnostics?.length;
        if (syntax(before) === 0 && !fixAll)
          assert.ok(after.filter(same).length < before.filter(same).length, `${what}: the diagnostic is still there:\n${s.text(uri)}`);
        if (fixAll) {
          const rule = /^Fix all (\S+) problems/.exec(action.title)?.[1];
          assert.ok(rule, `${what}: a fix-all action that names no rule`);
          assert.ok(after.filter((d) => d.code === rule).length < before.filter((d) => d.code === rule).length, `${what}: fixed nothing`);
        }
        applied++;
        await s.close(uri);
      }),
      fuzz(80, SEED + 1, 5),
    );
    assert.ok(applied > 10, `only ${applied} quick fixes were applied`);
  });
});

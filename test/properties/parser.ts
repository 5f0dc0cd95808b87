/**
 * Parser properties shared by test/engine/properties.test.ts (fixed seed, bounded) and
 * test/fuzz.ts (random seed, long): arbitrary and mutated texts, and the checks each must pass.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { type Block, type LoadedAccount, lintAccount, loadAccount, parse, type Span, type Statement, type SyntaxTree } from '../../server/src/engine';
import { memoryHost } from '../helpers/memory';

const EXAMPLES_DIR = path.join(__dirname, '../../examples');

/** Every example account file, by path relative to examples/. */
export const EXAMPLES: Record<string, string> = Object.fromEntries(
  ['acme/account.nsroles', 'acme/roles.nsroles', 'mistakes/mistakes.nsroles'].map((f) => [f, fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')]),
);

// ------------------------------------------------------------------ inputs

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces of the language and of what breaks lexers, so random text reaches deep parser paths. */
const FRAGMENTS = [
  'account',
  'role',
  'user',
  'integration',
  'token',
  'include',
  'expect',
  'permission',
  'administrator',
  'id',
  'two-factor',
  'required',
  'not-required',
  'web-services-only',
  'inactive',
  'state',
  'enabled',
  'disabled',
  'blocked',
  'waiting-for-approval',
  'token-based-authentication',
  'created-by',
  'revoked',
  'as',
  'can',
  'cannot',
  'for',
  'via',
  'issue-token',
  'revoke-token',
  'restlet-login',
  'web-services-login',
  'access-tokens-page',
  'settings-portlet',
  'issuetoken-endpoint',
  'full',
  'none',
  'view',
  'ADMI_LOGIN_OAUTH',
  'ADMI_MANAGE_OAUTH_TOKENS',
  'ADMI_MANAGE_OWN_OAUTH_TOKENS',
  'customrole_x',
  '"Role A"',
  '"bob@acme.com"',
  '"',
  '\\',
  '\\"',
  '"\\\\"',
  '{',
  '}',
  ';',
  '#',
  '# nsroles-ignore TBA-LOGIN',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0000',
  '\uFEFF',
  'é',
  '😀',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  'ß',
  'İ',
  '\u200B',
];
const fragment = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) });
// Separators often enough that fragments form statements rather than one long word.
const separated = fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', ';', ' { ', ' }\n') });

/** Arbitrary strings: code units (lone surrogates), full code points, and language-shaped soup. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 400, size: 'large' }),
  fc.string({ unit: 'binary', maxLength: 400, size: 'large' }),
  fc.array(separated, { maxLength: 200, size: 'large' }).map((parts) => parts.join('')),
);

/** One huge line, or very many lines, or deep nesting: 10^4–10^6 characters. */
export const hugeText: fc.Arbitrary<string> = fc
  .record({
    unit: fc.constantFrom('x', '"', '{', '}', 'role "A" { ', 'ADMI_LOGIN_OAUTH ', '\uD800', '😀', ';', '\\', 'a\n', '#'),
    count: fc.integer({ min: 10_000, max: 300_000 }),
    prefix: fc.constantFrom('', 'role "', 'role "A" { permission ', 'expect "a" as "b" can '),
  })
  .map(({ unit, count, prefix }) => prefix + unit.repeat(Math.ceil(count / unit.length)));

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'delete-line' | 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'insert-line'; line: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fragment, fc.string({ unit: codeUnit, maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(fragment, codeUnit) }),
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert-line' as const), line: fc.nat(), text: fc.array(fragment, { maxLength: 8 }).map((p) => p.join(' ')) }),
);

/** Applies mutations in order; positions wrap around the current text, so every one applies. */
export function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = 'at' in m ? (t.length === 0 ? 0 : m.at % (t.length + 1)) : 0;
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else if (m.kind === 'replace') t = t.slice(0, at) + m.text + t.slice(at + 1);
    else {
      // Splitting on \n alone keeps \r in the lines, so CRLF files stay CRLF-ish and CRs move about.
      const lines = t.split('\n');
      const i = m.line % lines.length;
      if (m.kind === 'delete-line') lines.splice(i, 1);
      else if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
      else if (m.kind === 'insert-line') lines.splice(i, 0, m.text);
      else if (m.kind === 'swap-lines') {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      t = lines.join('\n');
    }
  }
  return t;
}

/** An example file (by name) with random mutations; also in CRLF sometimes. */
export const mutatedExample: fc.Arbitrary<{ file: string; text: string }> = fc
  .record({ file: fc.constantFrom(...Object.keys(EXAMPLES)), crlf: fc.boolean(), mutations: fc.array(mutation, { minLength: 1, maxLength: 12 }) })
  .map(({ file, crlf, mutations }) => {
    const base = crlf ? EXAMPLES[file].replace(/\n/g, '\r\n') : EXAMPLES[file];
    return { file, text: mutate(base, mutations) };
  });

// ------------------------------------------------------------------ checks

function fail(text: string, what: string): never {
  const shown = text.length > 300 ? `${JSON.stringify(text.slice(0, 300))}… (${text.length} chars)` : JSON.stringify(text);
  throw new Error(`${what}\n  in ${shown}`);
}

/** An offset between the two halves of a surrogate pair: an editor cannot put a cursor there. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkSpan(text: string, s: Span, what: string, within?: Span): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
    fail(text, `${what} ${JSON.stringify(s)} is not a range inside the text (length ${text.length})`);
  }
  if (splitsPair(text, s.start) || splitsPair(text, s.end)) fail(text, `${what} ${JSON.stringify(s)} cuts a surrogate pair in half`);
  if (within && (s.start < within.start || s.end > within.end)) fail(text, `${what} ${JSON.stringify(s)} lies outside its parent ${JSON.stringify(within)}`);
}

function checkBlock(text: string, b: Block, parent: Span): void {
  checkSpan(text, b.open, 'block open', parent);
  if (b.close) checkSpan(text, b.close, 'block close', parent);
  for (const s of b.statements) checkStatement(text, s, parent);
}

function checkStatement(text: string, s: Statement, parent?: Span): void {
  checkSpan(text, s.span, `statement '${s.keyword}'`, parent);
  checkSpan(text, s.keywordSpan, `keyword '${s.keyword}'`, s.span);
  if (text.slice(s.keywordSpan.start, s.keywordSpan.end) !== s.keyword) fail(text, `keyword '${s.keyword}' is not the text at its span`);
  for (const a of s.args) checkSpan(text, a.span, `argument '${a.value}' of '${s.keyword}'`, s.span);
  if (s.block) checkBlock(text, s.block, s.span);
}

/** Parses `text` and checks every range in the tree; returns the tree. */
export function checkParse(text: string): SyntaxTree {
  let tree: SyntaxTree;
  try {
    tree = parse(text);
  } catch (e) {
    fail(text, `parse threw: ${(e as Error).stack}`);
  }
  checkTree(text, tree);
  return tree;
}

/** Checks every range in a tree parsed from `text`. */
export function checkTree(text: string, tree: SyntaxTree): void {
  for (const e of tree.errors) checkSpan(text, e.span, `error '${e.message}'`);
  for (const c of tree.comments) {
    checkSpan(text, c.span, 'comment');
    if (text[c.span.start] !== '#') fail(text, `comment at ${c.span.start} does not start with #`);
  }
  let previous = 0;
  for (const s of tree.statements) {
    checkStatement(text, s);
    if (s.span.start < previous) fail(text, `top-level statement '${s.keyword}' overlaps the one before`);
    previous = s.span.end;
  }
}

/** Loads `text` as `file` (with the other examples beside it for includes), lints it, and checks every finding's range. */
export function checkLoadAndLint(file: string, text: string): void {
  const files: Record<string, string> = {};
  for (const [f, t] of Object.entries(EXAMPLES)) files[`/${f}`] = t;
  files[`/${file}`] = text;
  let loaded: LoadedAccount;
  try {
    loaded = loadAccount(`/${file}`, memoryHost(files));
    for (const f of lintAccount(loaded)) {
      const own = files[f.loc.file];
      if (own === undefined) fail(text, `finding ${f.rule} points at a file never read: ${f.loc.file}`);
      checkSpan(own, f.loc.span, `finding ${f.rule}`);
    }
  } catch (e) {
    fail(text, `load or lint threw: ${(e as Error).stack}`);
  }
}

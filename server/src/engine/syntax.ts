import { LineIndex, type Location, type Span } from './text';
import { Lexer, type TokenKind } from './lexer';

/**
 * An argument or a statement: its own span, so a location holding it moves with it when
 * `reparse` shifts the tree (a large file has hundreds of thousands of arguments, and a span
 * object for each was a third of the tree). Parsed with its file's name, it is its own location
 * too (`file` and `span`): the binder then makes no location object for it, which was 183,000
 * objects at 100k lines.
 */
export abstract class SyntaxNode implements Span, Location {
  constructor(
    public start: number,
    public end: number,
    /** The file parsed, or '' when the parser was not told. */
    readonly file: string,
  ) {}

  get span(): Span {
    return this;
  }

  /**
   * Written as data, it is the span it stands for. Locations are never written as data (the
   * server and the CLI send lines and characters), so one that is a node needs no other form.
   */
  toJSON(): Span {
    return { start: this.start, end: this.end };
  }
}

/** A word or a quoted string after a statement's keyword. */
export class Arg extends SyntaxNode {
  constructor(
    readonly kind: 'word' | 'string',
    /** The word, or the string's unescaped contents. */
    readonly value: string,
    start: number,
    end: number,
    file: string,
  ) {
    super(start, end, file);
  }
}

/** One line of the language: `keyword arg* [{ statement* }]`. */
export class Statement extends SyntaxNode {
  constructor(
    readonly keyword: string,
    readonly args: Arg[],
    /** From the keyword to the last argument or the closing brace. */
    start: number,
    end: number,
    readonly block: Block | undefined,
    file: string,
  ) {
    super(start, end, file);
  }

  /**
   * A new object on each call, which `reparse` does not move: only problems (rebound on every
   * edit) and requests keep one. A keyword is a word, whose value is its source text.
   */
  get keywordSpan(): Span {
    return { start: this.start, end: this.start + this.keyword.length };
  }

  /** Moves the statement, and everything in it, by `delta` characters. */
  shift(delta: number): void {
    this.start += delta;
    this.end += delta;
    for (const a of this.args) shiftSpan(a, delta);
    this.block?.shift(delta);
  }
}

/**
 * A statement's `{ … }`. A brace is one character, so the block keeps the offsets of its two
 * braces and makes their spans when asked: two span objects per block were 44,000 at 100k lines.
 */
export class Block {
  statements: Statement[] = [];
  /** Where the `}` is, or -1 while none has been read. */
  private closeAt = -1;

  constructor(private openAt: number) {}

  get open(): Span {
    return { start: this.openAt, end: this.openAt + 1 };
  }

  /** Missing when the block was never closed (a syntax error says so). */
  get close(): Span | undefined {
    return this.closeAt < 0 ? undefined : { start: this.closeAt, end: this.closeAt + 1 };
  }

  /** Where the block's content starts: just after its `{` (no span made, for loops over every block). */
  get contentStart(): number {
    return this.openAt + 1;
  }

  /** Where its `}` is, if it was closed (no span made). */
  get closeOffset(): number | undefined {
    return this.closeAt < 0 ? undefined : this.closeAt;
  }

  /** Records the `}` read at `offset`. */
  closeWith(offset: number): void {
    this.closeAt = offset;
  }

  shift(delta: number): void {
    this.openAt += delta;
    if (this.closeAt >= 0) this.closeAt += delta;
    for (const n of this.statements) n.shift(delta);
  }

  /** Written as data, as the braces' spans. */
  toJSON(): { open: Span; close?: Span; statements: Statement[] } {
    const close = this.close;
    return close ? { open: this.open, close, statements: this.statements } : { open: this.open, statements: this.statements };
  }
}

export interface SyntaxError {
  message: string;
  span: Span;
}

export interface Comment {
  text: string;
  span: Span;
}

/** The result of parsing one file: always a tree, plus every syntax error found. */
export interface SyntaxTree {
  text: string;
  statements: Statement[];
  comments: Comment[];
  errors: SyntaxError[];
  lines: LineIndex;
}

// Keywords that only start top-level declarations: meeting one inside a block means a `}` is missing.
const TOP_ONLY = new Set(['account', 'include', 'expect']);
const MAY_NEST_AS_PROPERTY = new Set(['role', 'user', 'token', 'integration']);

/**
 * Parses a role file. The grammar is line-oriented, so a hand-written parser recovers
 * better than a generated one: every error ends at the next line, `;` or `}`, and a block
 * left open is closed where the next declaration starts.
 */
export function parse(text: string, file = ''): SyntaxTree {
  const comments: Comment[] = [];
  const p = new Parser(new Lexer(text), comments, file);
  const statements = p.statements(undefined);
  return { text, statements, comments, errors: p.errors, lines: new LineIndex(text) };
}

/**
 * A parse done a piece at a time, for idle moments: `step` reads top-level statements until told
 * to stop, and `tree` is then exactly `parse(text, file)`. The grammar is line-oriented and a
 * top-level statement's start is a clean place to stop (as `reparse` rejoins there), so the
 * pieces make the same tree as one read.
 */
export class StepParse {
  private readonly statements: Statement[] = [];
  private readonly comments: Comment[] = [];
  private readonly errors: SyntaxError[] = [];
  /** Where the next piece starts; the text's length once all of it is read. */
  private at = 0;

  constructor(
    readonly text: string,
    readonly file = '',
  ) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** How much of the text is read, in characters. */
  get read(): number {
    return this.at;
  }

  /** Reads at least one statement, then on until `stop()` (asked before each next one) or the end; true when all is read. */
  step(stop: () => boolean = () => false): boolean {
    if (this.done) return true;
    let stoppedAt = -1;
    let started = false;
    const p = new Parser(new Lexer(this.text, this.at), this.comments, this.file);
    // Asked before each top-level statement: the first of a step is always read.
    const read = p.statements(undefined, (offset) => {
      if (!started || !stop()) return ((started = true), false);
      stoppedAt = offset;
      return true;
    });
    for (const s of read) this.statements.push(s);
    for (const e of p.errors) this.errors.push(e);
    this.at = stoppedAt >= 0 ? stoppedAt : this.text.length;
    return this.done;
  }

  /**
   * The whole tree: reads what is left first. `text`, equal to the text read, is the string the
   * tree keeps (so a caller's copy of it is the only one kept).
   */
  tree(text = this.text): SyntaxTree {
    this.step();
    return { text, statements: this.statements, comments: this.comments, errors: this.errors, lines: new LineIndex(text) };
  }
}

/**
 * Parses `text`, an edit of `old.text`, re-reading only the top-level statements the edit
 * touches: the result equals `parse(text)`. Statements after the edit are taken from `old`
 * and their spans moved in place, so `old` (and anything holding its spans) describes the
 * new text from then on; a model bound from those statements moves with them. Typing in a
 * 100k-line file then costs the statement typed in, not the file. `file` is the file's name, as
 * `parse` takes it (by default, that of `old`'s statements).
 */
export function reparse(old: SyntaxTree, text: string, file = old.statements[0]?.file ?? ''): SyntaxTree {
  const before = old.text;
  if (before === text) return old;
  const prefix = commonPrefix(before, text);
  const suffix = commonSuffix(before, text, Math.min(before.length, text.length) - prefix);
  const delta = text.length - before.length;
  const oldStmts = old.statements;

  // The grammar is line-oriented: a statement that ends on an earlier line than the edit and
  // closed its block cannot change. An unclosed block ends where the next declaration starts,
  // which the edit may change, so the one just before the edit is read again (an earlier one
  // ends at a declaration that starts before the edit's line).
  // At most `prefix`: the first line's start skips a byte order mark, which an edit may remove.
  const editLine = Math.min(prefix, old.lines.lineStart(old.lines.position(prefix).line));
  let k = firstEndingAtOrAfter(oldStmts, editLine);
  if (k > 0 && oldStmts[k - 1].block && oldStmts[k - 1].block!.closeOffset === undefined) k--;
  // A clean top-level start: the kept statement's successor, or the edited line's start.
  const from = k < oldStmts.length ? Math.min(oldStmts[k].span.start, editLine) : editLine;

  // Rejoin the old tree at the first old top-level statement after the edit that the new
  // read reaches at the same (shifted) place: from there on both read the same text.
  const editEnd = text.length - suffix;
  let j = k;
  let rejoin = -1;
  const stopAt = (offset: number): boolean => {
    if (offset < editEnd) return false;
    const was = offset - delta;
    while (j < oldStmts.length && oldStmts[j].span.start < was) j++;
    if (j < oldStmts.length && oldStmts[j].span.start === was) {
      rejoin = j;
      return true;
    }
    return false;
  };
  const read: Comment[] = [];
  const p = new Parser(new Lexer(text, from), read, file);
  const middle = p.statements(undefined, stopAt);
  const errors = old.errors.filter((e) => e.span.start < from).concat(p.errors);
  const statements = oldStmts.slice(0, k).concat(middle);
  // Lookahead for a declaration stops at its '{', so no comment past the rejoin point was read.
  const comments = old.comments.filter((c) => c.span.start < from).concat(read);
  if (rejoin >= 0) {
    const oldFrom = oldStmts[rejoin].span.start;
    for (let i = rejoin; i < oldStmts.length; i++) {
      if (delta) oldStmts[i].shift(delta);
      statements.push(oldStmts[i]);
    }
    for (const e of old.errors) if (e.span.start >= oldFrom) errors.push(delta ? shiftSpanOf(e, delta) : e);
    for (const c of old.comments) if (c.span.start >= oldFrom) comments.push(delta ? shiftSpanOf(c, delta) : c);
  }
  return { text, statements, comments, errors, lines: old.lines.edited(text, prefix, before.length - suffix, editEnd) };
}

function firstEndingAtOrAfter(stmts: Statement[], offset: number): number {
  let lo = 0;
  let hi = stmts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stmts[mid].span.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of the common start; substring comparison runs at memory speed, a char loop does not. */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.substring(lo, mid) === b.substring(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common end, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.substring(a.length - mid, a.length - lo) === b.substring(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function shiftSpan(s: Span, delta: number): void {
  s.start += delta;
  s.end += delta;
}

function shiftSpanOf<T extends { span: Span }>(x: T, delta: number): T {
  shiftSpan(x.span, delta);
  return x;
}

class Parser {
  readonly errors: SyntaxError[] = [];
  /** False once the text is used up; otherwise the lexer's fields are the current token. */
  private more = true;
  /**
   * Arguments of the statement being read, before they are copied to an array of their own size.
   * Made long enough for any usual statement: a store past its end threw away the optimized
   * parser the first time a statement had more arguments than any before it.
   */
  private readonly argBuf: (Arg | undefined)[] = Array.from({ length: 16 }, () => undefined);

  /** Comments are set aside in `comments`, in order; the parser never sees them. */
  constructor(
    private readonly lx: Lexer,
    private readonly comments: Comment[],
    /** Given to every node, so nodes are their own locations. */
    private readonly file: string,
  ) {
    this.advance();
  }

  private advance(): void {
    const lx = this.lx;
    while ((this.more = lx.scan()) && lx.kind === 'comment') this.comments.push({ text: lx.value, span: { start: lx.start, end: lx.end } });
  }

  private error(message: string, start: number, end: number): void {
    this.errors.push({ message, span: { start, end } });
  }

  /**
   * Reads statements until EOF, or until the `}` of the enclosing block. At the top level,
   * `stopAt` may end the read before a statement starts (where `reparse` rejoins the old tree).
   */
  statements(block: Block | undefined, stopAt?: (offset: number) => boolean): Statement[] {
    const out: Statement[] = [];
    const lx = this.lx;
    for (;;) {
      if (!this.more) {
        if (block) this.error("This block is never closed: add '}'", block.open.start, block.open.end);
        return out;
      }
      const k = lx.kind;
      if (k === 'newline' || k === 'semi') {
        this.advance();
        continue;
      }
      if (k === 'rbrace') {
        const { start, end } = lx;
        this.advance();
        if (block) {
          block.closeWith(start);
          return out;
        }
        this.error("Unmatched '}': no block is open here", start, end);
        continue;
      }
      if (k !== 'word') {
        this.error(lx.error ?? `Expected a keyword, found ${describe(lx)}`, lx.start, lx.end);
        this.skipLine();
        continue;
      }
      if (stopAt?.(lx.start)) return out;
      if (block && this.startsDeclaration()) {
        this.error("This block is never closed: add '}' before the next declaration", block.open.start, block.open.end);
        return out;
      }
      out.push(this.statement(block !== undefined));
    }
  }

  /** Whether the current word starts a top-level declaration. */
  private startsDeclaration(): boolean {
    const w = this.lx.value;
    if (TOP_ONLY.has(w)) return true;
    if (!MAY_NEST_AS_PROPERTY.has(w)) return false;
    return this.lx.braceAhead();
  }

  private statement(nested: boolean): Statement {
    const lx = this.lx;
    const keyword = lx.value;
    const start = lx.start;
    let end = lx.end;
    this.advance();
    const buf = this.argBuf;
    let n = 0;
    while (this.more && (lx.kind === 'word' || lx.kind === 'string')) {
      if (lx.error) this.error(lx.error, lx.start, lx.end);
      buf[n++] = new Arg(lx.kind, lx.value, lx.start, lx.end, this.file);
      end = lx.end;
      this.advance();
    }
    const args = buf.slice(0, n) as Arg[];
    if (this.more && lx.kind === 'lbrace') {
      const open = lx.start;
      this.advance();
      if (nested) {
        this.error('Blocks cannot be nested here', open, open + 1);
        this.skipLine();
        return new Statement(keyword, args, start, end, undefined, this.file);
      }
      const block = new Block(open);
      block.statements = this.statements(block).slice();
      const closeAt = block.closeOffset;
      const close = closeAt !== undefined ? closeAt + 1 : this.lastEnd(block);
      return new Statement(keyword, args, start, close, block, this.file);
    }
    if (this.more && lx.kind !== 'newline' && lx.kind !== 'semi' && lx.kind !== 'rbrace') {
      this.error(lx.error ?? `Unexpected ${describe(lx)}: put one statement per line or separate them with ';'`, lx.start, lx.end);
      this.skipLine();
    }
    return new Statement(keyword, args, start, end, undefined, this.file);
  }

  private lastEnd(block: Block): number {
    const last = block.statements[block.statements.length - 1];
    return last ? last.span.end : block.contentStart;
  }

  /** Skips to the end of the line (or `;`), leaving a `}` for the block to consume. */
  private skipLine(): void {
    const lx = this.lx;
    while (this.more) {
      if (lx.kind === 'newline' || lx.kind === 'semi' || lx.kind === 'rbrace') return;
      this.advance();
    }
  }
}

function describe(t: { kind: TokenKind; value: string }): string {
  switch (t.kind) {
    case 'string':
      return 'a string';
    case 'lbrace':
      return "'{'";
    case 'rbrace':
      return "'}'";
    case 'semi':
      return "';'";
    case 'word':
      return `'${t.value}'`;
    case 'bad':
    case 'comment':
    case 'newline':
      return `'${t.value.slice(0, 20)}'`;
  }
}

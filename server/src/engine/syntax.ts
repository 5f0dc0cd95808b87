import { LineIndex, Span } from './text';
import { Lexer, Token } from './lexer';

/** A word or a quoted string after a statement's keyword. */
export interface Arg {
  kind: 'word' | 'string';
  /** The word, or the string's unescaped contents. */
  value: string;
  span: Span;
}

/** One line of the language: `keyword arg* [{ statement* }]`. */
export interface Statement {
  keyword: string;
  keywordSpan: Span;
  args: Arg[];
  block?: Block;
  /** From the keyword to the last argument or the closing brace. */
  span: Span;
}

export interface Block {
  open: Span;
  /** Missing when the block was never closed (a syntax error says so). */
  close?: Span;
  statements: Statement[];
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
export function parse(text: string): SyntaxTree {
  const comments: Comment[] = [];
  const p = new Parser(new TokenStream(new Lexer(text), comments));
  const statements = p.statements(undefined);
  return { text, statements, comments, errors: p.errors, lines: new LineIndex(text) };
}

/** The lexer's tokens without comments (set aside in order), with lookahead to the end of a line. */
class TokenStream {
  // Reused for every line (emptied by resetting `size`, not by allocating or truncating).
  private readonly window: Token[] = [];
  private size = 0;
  private head = 0;

  constructor(
    private readonly lexer: Lexer,
    private readonly comments: Comment[],
  ) {}

  /** The token `k` places after the current one. */
  at(k: number): Token | undefined {
    while (this.size - this.head <= k) {
      const t = this.lexer.next();
      if (!t) return undefined;
      if (t.kind === 'comment') this.comments.push({ text: t.value, span: t.span });
      else this.window[this.size++] = t;
    }
    return this.window[this.head + k];
  }

  advance(): void {
    this.head++;
    // The window only ever holds the rest of a line: start it over whenever it is used up.
    if (this.head >= this.size) this.size = this.head = 0;
  }
}

class Parser {
  readonly errors: SyntaxError[] = [];

  constructor(private readonly tokens: TokenStream) {}

  private peek(): Token | undefined {
    return this.tokens.at(0);
  }

  /** The current token, consumed. */
  private take(): Token {
    const t = this.tokens.at(0)!;
    this.tokens.advance();
    return t;
  }

  private error(message: string, span: Span): void {
    this.errors.push({ message, span });
  }

  /** Reads statements until EOF, or until the `}` of the enclosing block. */
  statements(block: Block | undefined): Statement[] {
    const out: Statement[] = [];
    for (;;) {
      const t = this.peek();
      if (!t) {
        if (block) this.error("This block is never closed: add '}'", block.open);
        return out;
      }
      if (t.kind === 'newline' || t.kind === 'semi') {
        this.tokens.advance();
        continue;
      }
      if (t.kind === 'rbrace') {
        this.tokens.advance();
        if (block) {
          block.close = t.span;
          return out;
        }
        this.error("Unmatched '}': no block is open here", t.span);
        continue;
      }
      if (t.kind !== 'word') {
        this.error(t.error ?? `Expected a keyword, found ${describe(t)}`, t.span);
        this.skipLine();
        continue;
      }
      if (block && this.startsDeclaration(t)) {
        this.error("This block is never closed: add '}' before the next declaration", block.open);
        return out;
      }
      out.push(this.statement(block !== undefined));
    }
  }

  private startsDeclaration(t: Token): boolean {
    if (TOP_ONLY.has(t.value)) return true;
    if (!MAY_NEST_AS_PROPERTY.has(t.value)) return false;
    for (let i = 1; ; i++) {
      const k = this.tokens.at(i)?.kind;
      if (k === undefined) return false;
      if (k === 'lbrace') return true;
      if (k === 'newline' || k === 'semi' || k === 'rbrace') return false;
    }
  }

  private statement(nested: boolean): Statement {
    const kw = this.take();
    const args: Arg[] = [];
    let end = kw.span.end;
    for (let t = this.peek(); t && (t.kind === 'word' || t.kind === 'string'); t = this.peek()) {
      if (t.error) this.error(t.error, t.span);
      args.push({ kind: t.kind, value: t.value, span: t.span });
      end = t.span.end;
      this.tokens.advance();
    }
    const stmt: Statement = { keyword: kw.value, keywordSpan: kw.span, args, span: { start: kw.span.start, end } };
    const next = this.peek();
    if (next?.kind === 'lbrace') {
      this.tokens.advance();
      if (nested) {
        this.error('Blocks cannot be nested here', next.span);
        this.skipLine();
        return stmt;
      }
      const block: Block = { open: next.span, statements: [] };
      block.statements = this.statements(block);
      stmt.block = block;
      stmt.span = { start: kw.span.start, end: block.close?.end ?? this.lastEnd(block) };
      return stmt;
    }
    if (next && next.kind !== 'newline' && next.kind !== 'semi' && next.kind !== 'rbrace') {
      this.error(next.error ?? `Unexpected ${describe(next)}: put one statement per line or separate them with ';'`, next.span);
      this.skipLine();
    }
    return stmt;
  }

  private lastEnd(block: Block): number {
    const last = block.statements[block.statements.length - 1];
    return last ? last.span.end : block.open.end;
  }

  /** Skips to the end of the line (or `;`), leaving a `}` for the block to consume. */
  private skipLine(): void {
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.kind === 'newline' || t.kind === 'semi' || t.kind === 'rbrace') return;
      this.tokens.advance();
    }
  }
}

function describe(t: Token): string {
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
    default:
      return `'${t.value.slice(0, 20)}'`;
  }
}

/** True if `offset` lies within the statement's keyword and arguments (not its block). */
export function statementHead(s: Statement): Span {
  const last = s.args[s.args.length - 1];
  return { start: s.keywordSpan.start, end: last ? last.span.end : s.keywordSpan.end };
}

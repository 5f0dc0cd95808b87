import { type Span, unicodeEscape } from './text';

export type TokenKind = 'word' | 'string' | 'lbrace' | 'rbrace' | 'semi' | 'newline' | 'comment' | 'bad';

export interface Token {
  kind: TokenKind;
  span: Span;
  /** Source text for words and comments; the unescaped value for strings. */
  value: string;
  /** Set on a string with no closing quote, and on a bad character. */
  error?: string;
}

// Words cover keywords, permission IDs, SDF script ids and levels: letters, digits, `_ - . @`.
// One definition: the lexer reads a word's rest with WORD (the regular expression engine and
// string searches are native code, faster than a character loop in JavaScript) and tests single
// characters with a table made from it.
const WORD = /[a-zA-Z0-9_\-.@]+/y;
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (new RegExp(WORD.source).test(String.fromCharCode(c)) ? 1 : 0));

function isWordChar(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}

/**
 * The string as a compact copy of its own. A slice of 13 or more characters is, in V8, a view
 * that keeps the whole text it was cut from alive: trees outlive their text (reparse reuses
 * statements across edits), so each edited version of a large file would stay in memory. The
 * JSON round trip gives a flat string, one byte per character when it can be, even when the
 * text is stored two bytes per character (one em dash in a comment does that).
 */
function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

// Words repeat (keywords, levels, permission IDs): one copy of each keeps a large tree smaller.
// Bounded, so odd input cannot grow it without limit.
const words = new Map<string, string>();

/**
 * Makes the lexer give these words as the strings passed: pass string literals of the source,
 * which V8 keeps once in its string table. The engine then compares keywords, actions and
 * channels with its own literals by identity; a copy cut from the text compares by content,
 * and optimized code that had only seen literals was thrown away when the first copy came
 * (a cold 100k-line open deoptimized the decision code that way).
 */
export function knownWords(list: Iterable<string>): void {
  for (const w of list) words.set(w, w);
}
function intern(w: string): string {
  const hit = words.get(w);
  if (hit !== undefined) return hit;
  const copy = own(w);
  if (words.size < 4096 && w.length <= 40) words.set(copy, copy);
  return copy;
}

// Quoted names repeat too: a 100k-line account writes 96,000 strings of 13 or more characters
// with 21,000 distinct values (a user's name in its tokens and expect lines, a role's in every
// user holding it). One copy of each saves the copying, and the tree's memory. Cleared when
// full, so it only ever holds the names of recent parses.
const strings = new Map<string, string>();
function internString(s: string): string {
  if (s.length < 13) return s;
  const hit = strings.get(s);
  if (hit !== undefined) return hit;
  const copy = own(s);
  if (s.length <= 200) {
    if (strings.size >= 50_000) strings.clear();
    strings.set(copy, copy);
  }
  return copy;
}

/** Control characters as `\u0000`, so a message never carries a NUL or an escape sequence to a terminal. */
function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, unicodeEscape);
}

/** Splits text into tokens. Never throws: anything it cannot read becomes a `bad` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lexer = new Lexer(text);
  for (let t = lexer.next(); t; t = lexer.next()) tokens.push(t);
  return tokens;
}

/**
 * Reads tokens one at a time. `scan` puts the current token in the lexer's own fields, so the
 * parser allocates only what the tree keeps (a token object per word was a fifth of the memory a
 * first parse of a large file obtained); `next` returns it as a `Token` for other readers.
 */
export class Lexer {
  /** The current token, after `scan` has returned true. */
  kind: TokenKind = 'newline';
  start = 0;
  end = 0;
  value = '';
  error: string | undefined = undefined;
  private i: number;
  /** The first LF at or after the last line end asked for (-1: none left), so no search repeats. */
  private lf = -2;

  /** `start` must be where a token may begin: a line start, or the start of a statement. */
  constructor(
    private readonly text: string,
    start = 0,
  ) {
    this.i = start;
  }

  /** Where the line that `from` is on ends: at its LF, its lone CR, or the end of the text. */
  private lineEnd(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    const end = this.lf < 0 ? this.text.length : this.lf;
    const cr = this.text.slice(from, end).indexOf('\r');
    return cr < 0 ? end : from + cr;
  }

  /** The next token, or undefined at the end of the text. */
  next(): Token | undefined {
    if (!this.scan()) return undefined;
    const span = { start: this.start, end: this.end };
    return this.error === undefined ? { kind: this.kind, span, value: this.value } : { kind: this.kind, span, value: this.value, error: this.error };
  }

  /**
   * True if a `{` comes before the end of the current line (or a `;` or `}`), looking past the
   * current token. Reads ahead without keeping values, then puts everything back.
   */
  braceAhead(): boolean {
    const { kind, start, end, value, error, i } = this;
    let found = false;
    while (this.scan(true)) {
      const k = this.kind;
      if (k === 'lbrace') found = true;
      if (found || k === 'newline' || k === 'semi' || k === 'rbrace') break;
    }
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.value = value;
    this.error = error;
    this.i = i;
    // The cached LF may lie past one nearer to `i` now.
    this.lf = -2;
    return found;
  }

  /**
   * Reads the next token into `kind`, `start`, `end`, `value` and `error`; false at the end of
   * the text. `light` skips the value (a look ahead only needs kinds).
   */
  scan(light = false): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    this.error = undefined;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 0xfeff || c === 12 || c === 11) {
        i++;
        continue;
      }
      this.start = i;
      if (c === 10 || c === 13) {
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        this.kind = 'newline';
        this.value = '\n';
      } else if (c === 35) {
        i = this.lineEnd(i);
        this.kind = 'comment';
        this.value = light ? '' : own(text.slice(this.start, i));
      } else if (c === 34) {
        i = this.readString(i, light);
      } else if (c === 123) {
        this.kind = 'lbrace';
        this.value = '{';
        i++;
      } else if (c === 125) {
        this.kind = 'rbrace';
        this.value = '}';
        i++;
      } else if (c === 59) {
        this.kind = 'semi';
        this.value = ';';
        i++;
      } else if (isWordChar(c)) {
        WORD.lastIndex = i;
        WORD.test(text);
        i = WORD.lastIndex;
        this.kind = 'word';
        this.value = light ? '' : intern(text.slice(this.start, i));
      } else {
        // Group a run of unreadable characters into one token so junk gives one error, not thousands.
        const start = i;
        while (i < n && !isWordChar(text.charCodeAt(i)) && !' \t\r\n#"{};'.includes(text[i])) i++;
        const shown = visible(text.slice(start, Math.min(i, start + 20)));
        this.kind = 'bad';
        this.value = own(text.slice(start, i));
        // U+FFFD is what reading bytes that are not UTF-8 leaves (a UTF-16 file, say).
        this.error = shown.includes('\uFFFD')
          ? `Bytes that are not UTF-8 ('${shown}'): save the file as UTF-8`
          : `Unexpected character${i - start > 1 ? 's' : ''} '${shown}'`;
      }
      this.end = this.i = i;
      return true;
    }
    this.i = i;
    return false;
  }

  /** Reads the string starting at `start` (its quote); returns where it ends. */
  private readString(start: number, light: boolean): number {
    const text = this.text;
    this.kind = 'string';
    // Most strings close on the same line with no escape: one search, one slice.
    const close = text.indexOf('"', start + 1);
    if (close > 0) {
      const value = text.slice(start + 1, close);
      // A line break first: an unclosed string's search ran on to a later line.
      if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\\') < 0) {
        this.value = light ? '' : internString(value);
        return close + 1;
      }
    }
    let i = start + 1;
    // Most strings have no escape: their value is one slice, not a string grown a character at a time.
    let value = '';
    let from = i;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.value = light ? '' : internString(value + text.slice(from, i));
        return i + 1;
      }
      if (c === 10 || c === 13) break;
      if (c === 92 && i + 1 < n && (text[i + 1] === '"' || text[i + 1] === '\\')) {
        value += text.slice(from, i) + text[i + 1];
        i += 2;
        from = i;
        continue;
      }
      i++;
    }
    this.value = light ? '' : own(value + text.slice(from, i));
    this.error = 'Unterminated string: add the closing "';
    return i;
  }
}

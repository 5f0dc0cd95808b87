import { Span } from './text';

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
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 64
  );
}

/** Splits text into tokens. Never throws: anything it cannot read becomes a `bad` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xfeff || c === 12 || c === 11) {
      i++;
    } else if (c === 10 || c === 13) {
      const start = i;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      tokens.push({ kind: 'newline', span: { start, end: i }, value: '\n' });
    } else if (c === 35) {
      const start = i;
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      tokens.push({ kind: 'comment', span: { start, end: i }, value: text.slice(start, i) });
    } else if (c === 34) {
      tokens.push(readString(text, i));
      i = tokens[tokens.length - 1].span.end;
    } else if (c === 123) {
      tokens.push({ kind: 'lbrace', span: { start: i, end: i + 1 }, value: '{' });
      i++;
    } else if (c === 125) {
      tokens.push({ kind: 'rbrace', span: { start: i, end: i + 1 }, value: '}' });
      i++;
    } else if (c === 59) {
      tokens.push({ kind: 'semi', span: { start: i, end: i + 1 }, value: ';' });
      i++;
    } else if (isWordChar(c)) {
      const start = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'word', span: { start, end: i }, value: text.slice(start, i) });
    } else {
      // Group a run of unreadable characters into one token so junk gives one error, not thousands.
      const start = i;
      while (i < n && !isWordChar(text.charCodeAt(i)) && !' \t\r\n#"{};'.includes(text[i])) i++;
      const shown = text.slice(start, Math.min(i, start + 20));
      tokens.push({ kind: 'bad', span: { start, end: i }, value: text.slice(start, i), error: `Unexpected character${i - start > 1 ? 's' : ''} '${shown}'` });
    }
  }
  return tokens;
}

function readString(text: string, start: number): Token {
  let i = start + 1;
  let value = '';
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) return { kind: 'string', span: { start, end: i + 1 }, value };
    if (c === 10 || c === 13) break;
    if (c === 92 && i + 1 < n && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1];
      i += 2;
      continue;
    }
    value += text[i];
    i++;
  }
  return { kind: 'string', span: { start, end: i }, value, error: 'Unterminated string: add the closing "' };
}

import { type Comment, parse, type Statement, type SyntaxTree } from './syntax';
import { tokenize } from './lexer';
import { ignoreComments } from './ignore';
import type { Span } from './text';
import { minimalEdit } from './edits';

/** Replace `span` of the formatted text with `newText`. */
export interface FormatEdit {
  span: Span;
  newText: string;
}

const INDENT = '  ';

/** One output line: code at a depth, with an optional trailing comment. */
interface OutLine {
  depth: number;
  code: string;
  comment?: string;
}

/** A run of whole original lines and the lines they format to. */
interface Chunk {
  firstLine: number;
  lastLine: number;
  lines: OutLine[];
  /** The original had a blank line before this chunk. */
  blankBefore: boolean;
}

/**
 * The canonical text of a role file, or undefined when the file has syntax errors or when
 * formatting would move a statement away from the `# nsroles-ignore` comment above it:
 * a formatter that may change meaning declines rather than guesses.
 */
export function formatDocument(text: string): string | undefined {
  const tree = parse(text);
  if (tree.errors.length) return undefined;
  const chunks = new Formatter(tree).chunks();
  const out = render(chunks, eol(text));
  return out.length && preservesMeaning(tree, out) ? out + eol(text) : out.length ? undefined : '';
}

/** The smallest edit that turns `text` into its canonical form; [] when already canonical. */
export function formatEdits(text: string): FormatEdit[] | undefined {
  const out = formatDocument(text);
  if (out === undefined) return undefined;
  return out === text ? [] : [minimalEdit(text, out)];
}

/**
 * Formats the top-level declarations that overlap [start, end], leaving the rest as written.
 * Returns undefined when the file cannot be formatted safely.
 */
export function formatRange(text: string, start: number, end: number): FormatEdit[] | undefined {
  const tree = parse(text);
  if (tree.errors.length) return undefined;
  const first = tree.lines.position(start).line;
  const last = tree.lines.position(Math.max(start, end - 1)).line;
  const chunks = new Formatter(tree).chunks().filter((c) => c.lastLine >= first && c.firstLine <= last);
  if (!chunks.length) return [];
  const from = tree.lines.lineStart(chunks[0].firstLine);
  const to = lineEnd(text, tree.lines.lineStart(chunks[chunks.length - 1].lastLine));
  const newText = render(
    chunks.map((c, i) => (i === 0 ? { ...c, blankBefore: false } : c)),
    eol(text),
  );
  const result = text.slice(0, from) + newText + text.slice(to);
  if (!preservesMeaning(tree, result)) return undefined;
  return newText === text.slice(from, to) ? [] : [{ span: { start: from, end: to }, newText }];
}

class Formatter {
  private readonly comments: { c: Comment; trailing: boolean; line: number }[];
  /** End offset of each emitted token, with the output line it went to (in source order). */
  private readonly placed: { end: number; line: OutLine }[] = [];
  private next = 0;

  constructor(private readonly tree: SyntaxTree) {
    this.comments = tree.comments.map((c) => {
      const line = tree.lines.position(c.span.start).line;
      const before = tree.text.slice(tree.lines.lineStart(line), c.span.start);
      // A comment after code on its line trails that code; after a lone `;` it stands alone.
      return { c, trailing: before.replace(/;/g, '').trim() !== '', line };
    });
  }

  private line(offset: number): number {
    return this.tree.lines.position(offset).line;
  }

  chunks(): Chunk[] {
    const out: Chunk[] = [];
    let prevEnd = -1;
    const push = (firstLine: number, lastLine: number, lines: OutLine[]) => {
      const prev = out[out.length - 1];
      if (prev && firstLine <= prev.lastLine) {
        // Two declarations share a line: one chunk, so range formatting never splits a line.
        prev.lastLine = Math.max(prev.lastLine, lastLine);
        prev.lines.push(...lines);
        return;
      }
      out.push({ firstLine, lastLine, lines, blankBefore: prevEnd >= 0 && firstLine - prevEnd >= 2 });
    };
    for (const s of this.tree.statements) {
      for (const c of this.ownLineCommentsBefore(s.span.start)) {
        push(c.line, c.line, [{ depth: 0, code: c.c.text.trimEnd() }]);
        prevEnd = c.line;
      }
      const lines = this.statement(s, 0);
      push(this.line(s.span.start), this.line(s.span.end), lines);
      prevEnd = this.line(s.span.end);
    }
    for (const c of this.ownLineCommentsBefore(Infinity)) {
      push(c.line, c.line, [{ depth: 0, code: c.c.text.trimEnd() }]);
      prevEnd = c.line;
    }
    this.attachTrailing();
    return out;
  }

  private ownLineCommentsBefore(offset: number): { c: Comment; line: number }[] {
    const out: { c: Comment; line: number }[] = [];
    while (this.next < this.comments.length && this.comments[this.next].c.span.start < offset) {
      const c = this.comments[this.next++];
      if (!c.trailing) out.push(c);
    }
    return out;
  }

  private head(s: Statement, line: OutLine): string {
    this.place(s.keywordSpan.end, line);
    for (const a of s.args) this.place(a.span.end, line);
    return [s.keyword, ...s.args.map((a) => this.tree.text.slice(a.span.start, a.span.end))].join(' ');
  }

  private place(end: number, line: OutLine): void {
    this.placed.push({ end, line });
  }

  private statement(s: Statement, depth: number): OutLine[] {
    const first: OutLine = { depth, code: '' };
    first.code = this.head(s, first);
    const block = s.block;
    if (!block) return [first];
    this.place(block.open.end, first);
    const close = block.close!;
    if (this.line(block.open.start) === this.line(close.start)) {
      const inner = block.statements.map((x) => this.head(x, first));
      first.code += inner.length ? ` { ${inner.join('; ')} }` : ' {}';
      this.place(close.end, first);
      return [first];
    }
    first.code += ' {';
    const lines = [first];
    let prevEnd = this.line(block.open.start);
    for (const x of block.statements) {
      for (const c of this.ownLineCommentsBefore(x.span.start)) {
        if (c.line - prevEnd >= 2 && lines.length > 1) lines.push(blank());
        lines.push({ depth: depth + 1, code: c.c.text.trimEnd() });
        prevEnd = c.line;
      }
      if (this.line(x.span.start) - prevEnd >= 2 && lines.length > 1) lines.push(blank());
      lines.push(...this.statement(x, depth + 1));
      prevEnd = this.line(x.span.end);
    }
    for (const c of this.ownLineCommentsBefore(close.start)) {
      if (c.line - prevEnd >= 2 && lines.length > 1) lines.push(blank());
      lines.push({ depth: depth + 1, code: c.c.text.trimEnd() });
      prevEnd = c.line;
    }
    const last: OutLine = { depth, code: '}' };
    this.place(close.end, last);
    lines.push(last);
    return lines;
  }

  /** Appends each trailing comment to the output line of the last token before it. */
  private attachTrailing(): void {
    for (const { c, trailing } of this.comments) {
      if (!trailing) continue;
      let lo = 0;
      let hi = this.placed.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.placed[mid].end <= c.span.start) lo = mid;
        else hi = mid - 1;
      }
      const hit = this.placed[lo];
      if (hit && hit.end <= c.span.start) hit.line.comment = c.text.trimEnd();
    }
  }
}

function blank(): OutLine {
  return { depth: -1, code: '' };
}

function render(chunks: Chunk[], nl: string): string {
  const lines: OutLine[] = [];
  for (const c of chunks) {
    if (c.blankBefore && lines.length) lines.push(blank());
    lines.push(...c.lines);
  }
  const width = alignTrailingComments(lines);
  return lines
    .map((l, i) => {
      if (l.depth < 0) return '';
      const code = INDENT.repeat(l.depth) + l.code;
      return l.comment ? `${code.padEnd(width[i])} ${l.comment}` : code;
    })
    .join(nl);
}

/** Consecutive lines with trailing comments align them one space after the widest code. */
function alignTrailingComments(lines: OutLine[]): number[] {
  const width = lines.map(() => 0);
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].comment) {
      i++;
      continue;
    }
    let j = i;
    let max = 0;
    while (j < lines.length && lines[j].comment && lines[j].depth >= 0) {
      max = Math.max(max, INDENT.length * lines[j].depth + lines[j].code.length);
      j++;
    }
    for (let k = i; k < j; k++) width[k] = max;
    i = j;
  }
  return width;
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/**
 * The same words, strings, braces and comments in the same order, still no syntax error,
 * and every ignore comment still above the same tokens: nothing a reader or the engine
 * sees has changed, only whitespace, `;` and line breaks.
 */
function preservesMeaning(before: SyntaxTree, text: string): boolean {
  const after = parse(text);
  if (after.errors.length) return false;
  const sig = (t: string) =>
    tokenize(t)
      .filter((x) => x.kind !== 'newline' && x.kind !== 'semi')
      .map((x) => `${x.kind}:${x.kind === 'comment' ? x.value.trimEnd() : x.value}`);
  const a = sig(before.text);
  const b = sig(text);
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) return false;
  const ta = ignoreTargets(before);
  const tb = ignoreTargets(after);
  return ta.length === tb.length && ta.every((x, i) => x === tb[i]);
}

/** For each ignore comment, the indices of the code tokens on the line below it. */
function ignoreTargets(tree: SyntaxTree): string[] {
  const code = tokenize(tree.text).filter((t) => t.kind !== 'newline' && t.kind !== 'semi' && t.kind !== 'comment');
  return ignoreComments('', tree).map((c) => {
    const idx: number[] = [];
    code.forEach((t, i) => {
      if (tree.lines.position(t.span.start).line === c.line + 1) idx.push(i);
    });
    return idx.join(',');
  });
}

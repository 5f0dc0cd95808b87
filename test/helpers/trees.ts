import type { LineIndex, SyntaxTree } from '../../server/src/engine';

/** Everything a tree says, compared as plain data. */
export function treeShape(t: SyntaxTree): unknown {
  return { text: t.text, statements: t.statements, comments: t.comments, errors: t.errors, lines: lineStarts(t.lines) };
}

/** Where each line starts. */
export function lineStarts(lines: LineIndex): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.lineCount; i++) out.push(lines.lineStart(i));
  return out;
}

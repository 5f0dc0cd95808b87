import type { SyntaxTree } from '../engine';

/** A foldable run of lines (zero-based, inclusive). */
export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'imports' | 'region';
}

/** Blocks, runs of comment lines, of includes and of expect lines. */
export function foldingRanges(tree: SyntaxTree): Fold[] {
  const line = (o: number) => tree.lines.position(o).line;
  const out: Fold[] = [];
  for (const s of tree.statements) {
    const b = s.block;
    if (!b) continue;
    const start = line(s.span.start);
    // Keep the closing brace visible; an unclosed block folds to its last statement.
    const close = b.closeOffset;
    const end = close !== undefined ? line(close) - 1 : line(s.span.end);
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  const runs = (lines: number[], kind: Fold['kind']) => {
    let i = 0;
    while (i < lines.length) {
      let j = i;
      while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
      if (j > i) out.push({ startLine: lines[i], endLine: lines[j], kind });
      i = j + 1;
    }
  };
  const ownLine = tree.comments.filter((c) => tree.text.slice(tree.lines.lineStart(line(c.span.start)), c.span.start).trim() === '');
  runs([...new Set(ownLine.map((c) => line(c.span.start)))], 'comment');
  runs([...new Set(tree.statements.filter((s) => s.keyword === 'include').map((s) => line(s.span.start)))], 'imports');
  runs([...new Set(tree.statements.filter((s) => s.keyword === 'expect').map((s) => line(s.span.start)))], 'region');
  return out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
}

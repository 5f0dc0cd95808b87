/** Where a saved `expect` line goes. Pure, so the rule is tested without VS Code. */

/**
 * The text to append to a role file so that `line` ends up on a line of its own, or
 * undefined when the file already has that exact line (saving twice adds nothing).
 */
export function expectAppendText(fileText: string, line: string, eol: '\n' | '\r\n'): string | undefined {
  const wanted = line.trim();
  if (fileText.split(/\r?\n/).some((l) => l.trim() === wanted)) return undefined;
  const needsBreak = fileText.length > 0 && !fileText.endsWith('\n');
  return `${needsBreak ? eol : ''}${wanted}${eol}`;
}

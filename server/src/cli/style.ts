/** Colours for a terminal; none when output is not a TTY or NO_COLOR is set. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/**
 * Colour codes are written as private-use markers, not as escape sequences: the CLI's exit point
 * escapes every control character the output holds (a role name may carry one) and only then
 * turns these markers into the terminal's codes (`terminalSafe` in output.ts).
 */
export const SGR_MARK = { open: '\uE000', close: '\uE001' };

export function styleFor(stream: NodeJS.WriteStream): Style {
  const on = stream.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  const code = (n: number) => `${SGR_MARK.open}${n}${SGR_MARK.close}`;
  const wrap = (n: number, reset: number) => (s: string) => (on ? `${code(n)}${s}${code(reset)}` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

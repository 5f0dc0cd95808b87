/** Each icon's rule in a codicon stylesheet: name → code point. */
export declare function iconRules(css: string): Map<string, number>;
/** codicon.css without the rules of other icons, and the code points of those kept; throws on a name codicons lacks. */
export declare function trimStylesheet(css: string, names: string[]): { css: string; codePoints: number[] };
/** Writes dist/codicons/ (stylesheet and font) with only the simulator's icons. */
export declare function writeCodicons(): Promise<void>;

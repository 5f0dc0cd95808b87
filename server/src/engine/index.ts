// The engine's public surface: the CLI and the language server import from here only.
export * from './text';
export * from './syntax';
export * from './model';
export * from './load';
export * from './lookup';
export * from './permissions';
export * from './vocabulary';
export * from './citations';
export * from './facts';
export * from './decide';
export * from './suggest';
export * from './finding';
export * from './lint';
export * from './ignore';
export * from './fuzzy';
export { BLOCK_KEYWORDS, TOP_KEYWORDS } from './bind';
export { RULES, ruleById } from './rules';
export * from './matrix';

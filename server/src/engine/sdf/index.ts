// SuiteCloud (SDF) role objects: parse, lint, editor context and conversion. Pure like the rest of the engine.
export * from './xml';
export * from './role';
export * from './lint';
export * from './context';
export * from './export';
export * from './vocabulary';
export * from './changes';

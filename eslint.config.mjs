// ESLint checks what review alone let slip: the layers (ARCHITECTURE.md), exhaustive switches over
// our unions, awaited promises, type-only imports, and files small enough to read.
import tseslint from 'typescript-eslint';

/** Imports a layer may not make, as no-restricted-imports patterns, each with the reason. */
const zone = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const EDITOR_AND_PROTOCOL = ['vscode', 'vscode-*', 'vscode-*/*'];
const IO = ['fs', 'fs/*', 'node:*', 'child_process', 'worker_threads', 'net', 'http', 'https'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'test/fixtures/**',
      'test-results/**',
      'bench/data/**',
      'bench/stage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Type-only imports say so (`import type`, or `type` inline beside values), so a bundle never
      // pulls a module in for its types alone.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: zone([
      {
        group: [...EDITOR_AND_PROTOCOL, ...IO],
        message: 'The engine is pure: no editor, no LSP library, no I/O (the host reads files through engine/load.ts).',
      },
      {
        group: ['**/ide/**', '**/features/**', '**/cli/**', '**/cli', '**/server', '**/workspace', '**/convert', '**/client/**'],
        message: 'The engine imports nothing above it.',
      },
      {
        regex: '(^|/)shared/(?!protocol/(vocabulary|wire)$)',
        message: 'The engine takes only the vocabulary and the wire types from shared/.',
      },
    ]),
  },
  {
    files: ['server/src/ide/**/*.ts'],
    rules: zone([
      {
        group: ['**/features/**', '**/cli/**', '**/server', '**/convert', '**/workspace'],
        message: 'ide/ answers editor questions from the engine; it does not know the LSP handlers, the CLI or the workspace.',
      },
      { group: [...EDITOR_AND_PROTOCOL, ...IO], message: 'ide/ works in offsets and plain records: no editor, no LSP library, no I/O.' },
    ]),
  },
  {
    files: ['shared/**/*.ts'],
    rules: zone([
      { group: ['**/server/**', '**/client/**'], message: 'shared/ is what crosses a boundary: it depends on nothing of ours.' },
      // Only the typed method table (shared/protocol/lsp.ts) needs vscode-languageserver-protocol.
      {
        group: [
          'vscode',
          'vscode-languageclient',
          'vscode-languageclient/*',
          'vscode-languageserver',
          'vscode-languageserver/*',
          'vscode-jsonrpc',
          'vscode-jsonrpc/*',
          ...IO,
        ],
        message: 'shared/ depends on no editor, server library or I/O.',
      },
    ]),
  },
  {
    files: ['client/webview/**/*.ts'],
    rules: zone([
      {
        group: ['**/server/**', '**/client/src', '**/client/src/**', '../src', '../src/**'],
        message: 'The webview is a browser page: it imports only client/webview/ and shared/.',
      },
      {
        group: ['**/shared/protocol/lsp', ...EDITOR_AND_PROTOCOL, ...IO, 'path', 'crypto', 'os'],
        message: 'The webview is a browser page: no editor, LSP or Node module.',
      },
    ]),
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      ...zone([{ group: ['**/server/**'], message: 'The extension host talks to the server over the protocol (shared/), never by import.' }]),
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.property.name='MarkdownString'], NewExpression[callee.name='MarkdownString']",
          message: 'Text from role files must never reach a MarkdownString in the host: see client/src/trust.ts.',
        },
        {
          selector: 'Property[key.name=/^(isTrusted|supportHtml|enableCommandUris)$/]:not([value.value=false])',
          message: 'Nothing the host renders is trusted Markdown or HTML: see client/src/trust.ts.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(isTrusted|supportHtml)$/]',
          message: 'Nothing the host renders is trusted Markdown or HTML: see client/src/trust.ts.',
        },
      ],
    },
  },
  // Tests, benchmarks and scripts hold tables of cases and may reach into any layer.
  { files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'], rules: { 'max-lines': 'off' } },
);

/**
 * Engine and language-service data → LSP types. The only module that knows both: everything
 * below it speaks offsets and plain records, everything above it speaks the protocol.
 */
import {
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  CompletionItemKind,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  DiagnosticSeverity,
  DiagnosticTag,
  type DocumentSymbol,
  type FoldingRange,
  FoldingRangeKind,
  type Hover,
  InsertTextFormat,
  type Location as LspLocation,
  MarkupKind,
  type Position,
  type Range,
  SymbolKind,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { FileEdit, Finding, LineIndex, Location, Severity, Span } from './engine';
import type { CompletionEntry } from './ide/completion';
import type { Fix } from './ide/fixes';
import type { Fold } from './ide/folding';
import type { HoverInfo } from './ide/hover';
import type { Lens } from './ide/lenses';
import type { SymbolKind as NodeKind, SymbolNode } from './ide/symbols';

/** What conversion needs to know about files: their lines and their URIs. */
export interface Files {
  lines(file: string): LineIndex;
  uriOf(file: string): string;
}

/** `files` with each file's line index looked up once (for converting many findings in one go). */
export function withCachedLines(files: Files): Files {
  const seen = new Map<string, LineIndex>();
  return {
    lines(file) {
      let l = seen.get(file);
      if (!l) seen.set(file, (l = files.lines(file)));
      return l;
    },
    uriOf: (file) => files.uriOf(file),
  };
}

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

export function toOffset(lines: LineIndex, p: Position): number {
  return lines.offset(p);
}

export function toLocation(files: Files, loc: Location): LspLocation {
  return { uri: files.uriOf(loc.file), range: toRange(files.lines(loc.file), loc.span) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Sent on every keystroke for every finding of the file, so only what the editor shows: no
 * `data` (quick fixes are found again from the server's own findings at the diagnostic's range,
 * never from what a client sends back), and no rule link on failing expect lines, whose page is
 * the generic NSR-EXPECT-FAILED one (the deciding rule and its quote are in the line's hover).
 * With a thousand failing lines those two were a fifth of the payload.
 */
export function toDiagnostic(files: Files, f: Finding, href: (rule: string) => string | undefined): Diagnostic {
  const d: Diagnostic = {
    range: toRange(files.lines(f.loc.file), f.loc.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'nsroles',
    message: f.message,
  };
  const link = f.rule === 'NSR-EXPECT-FAILED' ? undefined : href(f.rule);
  if (link) d.codeDescription = { href: link };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: toLocation(files, r.loc), message: r.message }));
  }
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function toWorkspaceEdit(files: Files, edits: FileEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) {
    const uri = files.uriOf(e.file);
    (changes[uri] ??= []).push({ range: toRange(files.lines(e.file), e.span), newText: e.newText });
  }
  return { changes };
}

export function toTextEdits(lines: LineIndex, edits: { span: Span; newText: string }[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText }));
}

export function toHover(lines: LineIndex, h: HoverInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(lines, h.span) };
}

export const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  role: CompletionItemKind.Class,
  user: CompletionItemKind.Variable,
  integration: CompletionItemKind.Interface,
  permission: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  action: CompletionItemKind.Function,
  channel: CompletionItemKind.EnumMember,
  file: CompletionItemKind.File,
  rule: CompletionItemKind.Reference,
};

/** With `inListRange`, the list's itemDefaults.editRange is the item's range: only its text is sent. */
export function toCompletionItem(lines: LineIndex, c: CompletionEntry, inListRange = false): CompletionItem {
  const item: CompletionItem = { label: c.label, kind: COMPLETION_KIND[c.kind] };
  if (!inListRange) item.textEdit = { range: toRange(lines, c.replace), newText: c.insertText };
  else if (c.insertText !== c.label) item.textEditText = c.insertText;
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  if (c.filterText) item.filterText = c.filterText;
  if (c.sortText) item.sortText = c.sortText;
  if (c.permission) item.data = { permission: c.permission.id, ...(c.permission.sdf ? { sdf: true } : {}) };
  return item;
}

const SYMBOL_KIND: Record<NodeKind, SymbolKind> = {
  account: SymbolKind.Namespace,
  role: SymbolKind.Class,
  user: SymbolKind.Object,
  integration: SymbolKind.Interface,
  token: SymbolKind.Key,
  expect: SymbolKind.Event,
  include: SymbolKind.File,
  permission: SymbolKind.Property,
  'role-ref': SymbolKind.Field,
};

export function toSymbolKind(kind: NodeKind): SymbolKind {
  return SYMBOL_KIND[kind];
}

export function toDocumentSymbol(lines: LineIndex, n: SymbolNode): DocumentSymbol {
  const s: DocumentSymbol = {
    name: n.name,
    kind: SYMBOL_KIND[n.kind],
    range: toRange(lines, n.span),
    selectionRange: toRange(lines, n.selection),
    children: n.children.map((c) => toDocumentSymbol(lines, c)),
  };
  if (n.detail) s.detail = n.detail;
  return s;
}

const FOLD_KIND = { comment: FoldingRangeKind.Comment, imports: FoldingRangeKind.Imports, region: FoldingRangeKind.Region };

export function toFoldingRange(f: Fold): FoldingRange {
  return f.kind ? { startLine: f.startLine, endLine: f.endLine, kind: FOLD_KIND[f.kind] } : { startLine: f.startLine, endLine: f.endLine };
}

export function toCodeLens(lines: LineIndex, l: Lens): CodeLens {
  const range = toRange(lines, { start: l.span.start, end: l.span.start });
  return { range, command: { title: l.title, command: l.command, ...(l.args ? { arguments: l.args } : {}) } };
}

export function toCodeAction(files: Files, fix: Fix, kind: string, diagnostics: Diagnostic[]): CodeAction {
  const a: CodeAction = { title: fix.title, kind, edit: toWorkspaceEdit(files, fix.edits) };
  if (diagnostics.length) a.diagnostics = diagnostics;
  if (fix.preferred) a.isPreferred = true;
  return a;
}

import { type CodeAction, CodeActionKind, type CodeActionParams, type ExecuteCommandParams, type WorkspaceEdit } from 'vscode-languageserver/node';
import { type Finding, lintAccount, loadAccount, minimalEdit, ParseCache, type SeveritySetting } from '../engine';
import { toCodeAction, toDiagnostic } from '../convert';
import { type Analysis, analysisOf } from '../ide/analysis';
import { autoFixable, fixAllText, fixesFor, type Relint } from '../ide/fixes';
import type { Settings } from '../settings';
import type { Workspace } from '../workspace';
import type { Diagnostics } from './diagnostics';

/** Applies every safe fix in the file (also on save, with editor.codeActionsOnSave). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nsroles`;

/** Runs a fix-all for a client that cannot resolve code actions: the server applies the edit. */
export const FIX_ALL_COMMAND = 'nsroles.server.fixAll';

/** What codeAction/resolve (or the fix-all command) needs to compute a fix-all edit later. */
interface FixAllData {
  uri: string;
  rule?: string;
  /** The command's: the document version the action was offered for. */
  version?: number;
}

/** How a fix-all edit reaches the client: resolved on demand, else by a command, else not at all. */
export type FixAllWay = 'resolve' | 'command' | 'none';

/**
 * Quick fixes for the findings in range, "fix all of this kind" where a rule fires twice or
 * more, and the file-wide fix-all. A fix-all edit costs a lint per fix (seconds on a large broken
 * file), and editors ask for code actions on every cursor move, so it is never computed here:
 * clients that can resolve code actions get it on resolve, others run a command that applies it.
 */
export function onCodeAction(ws: Workspace, diagnostics: Diagnostics, settings: Settings, way: () => FixAllWay) {
  return async (p: CodeActionParams): Promise<CodeAction[]> => {
    const uri = p.textDocument.uri;
    const doc = ws.documents.get(uri);
    if (!doc) return [];
    const severities = await settings.severities(uri);
    const wants = (kind: string) => !p.context.only || p.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const found = diagnostics.findings(uri, severities);
    const href = (r: string) => settings.ruleHref(r);
    const out: CodeAction[] = [];
    const later = (title: string, kind: string, rule?: string): CodeAction | undefined => {
      const w = way();
      if (w === 'resolve') return { title, kind, data: { uri, ...(rule && { rule }) } satisfies FixAllData };
      const args: FixAllData = { uri, ...(rule && { rule }), version: doc.version };
      return w === 'command' ? { title, kind, command: { title, command: FIX_ALL_COMMAND, arguments: [args] } } : undefined;
    };
    if (wants(CodeActionKind.QuickFix)) {
      const start = doc.offsetAt(p.range.start);
      const end = doc.offsetAt(p.range.end);
      const fixAllOffered = new Set<string>();
      for (const { f, a } of found) {
        if (f.loc.span.start > end || f.loc.span.end < start) continue;
        const diag = toDiagnostic(ws, f, href);
        for (const fix of fixesFor(a, f)) out.push(toCodeAction(ws, fix, CodeActionKind.QuickFix, [diag]));
        if (fixAllOffered.has(f.rule) || countFixable(found, f.rule) < 2) continue;
        fixAllOffered.add(f.rule);
        const action = later(`Fix all ${f.rule} problems in this file`, CodeActionKind.QuickFix, f.rule);
        if (action) out.push(action);
      }
    }
    if (wants(FIX_ALL_KIND) && found.some(({ f, a }) => autoFixable(a, f))) {
      const action = later(FIX_ALL_TITLE, FIX_ALL_KIND);
      if (action) out.push(action);
    }
    return out;
  };
}

const FIX_ALL_TITLE = 'Fix all safely fixable nsroles problems';

/**
 * workspace/executeCommand for FIX_ALL_COMMAND: computes the fix-all on the document as it was
 * offered and asks the client to apply it. The arguments come from the client: anything else,
 * or a document that changed since, does nothing.
 */
export function onFixAllCommand(ws: Workspace, settings: Settings, applyEdit: (label: string, edit: WorkspaceEdit) => Promise<unknown>) {
  return async (p: ExecuteCommandParams): Promise<null> => {
    const a = p.arguments?.[0] as Partial<FixAllData> | undefined;
    if (p.command !== FIX_ALL_COMMAND || typeof a?.uri !== 'string' || typeof a.version !== 'number') return null;
    if (a.rule !== undefined && typeof a.rule !== 'string') return null;
    const doc = ws.documents.get(a.uri);
    if (!doc || doc.version !== a.version) return null;
    const title = a.rule ? `Fix all ${a.rule} problems in this file` : FIX_ALL_TITLE;
    const done = fixAll(ws, doc.uri, doc.getText(), relinter(ws, doc.uri, await settings.severities(doc.uri)), title, FIX_ALL_KIND, a.rule);
    if (done?.edit) await applyEdit(title, done.edit);
    return null;
  };
}

/** codeAction/resolve: the edit of a deferred fix-all, on the document's current text. */
export function onCodeActionResolve(ws: Workspace, settings: Settings) {
  return async (action: CodeAction): Promise<CodeAction> => {
    const data = action.data as Partial<FixAllData> | undefined;
    const doc = typeof data?.uri === 'string' ? ws.documents.get(data.uri) : undefined;
    if (!doc || action.edit) return action;
    const rule = typeof data!.rule === 'string' ? data!.rule : undefined;
    const relint = relinter(ws, doc.uri, await settings.severities(doc.uri));
    const done = fixAll(ws, doc.uri, doc.getText(), relint, action.title, action.kind ?? FIX_ALL_KIND, rule);
    return { ...action, edit: done?.edit ?? { changes: {} } };
  };
}

function countFixable(found: { f: Finding; a: Analysis }[], rule: string): number {
  return found.filter(({ f, a }) => f.rule === rule && autoFixable(a, f)).length;
}

function fixAll(ws: Workspace, uri: string, text: string, relint: Relint, title: string, kind: string, only?: string): CodeAction | undefined {
  const file = ws.fileOf(uri);
  const fixed = fixAllText(file, text, relint, only);
  if (fixed === text) return undefined;
  const e = minimalEdit(text, fixed);
  return toCodeAction(ws, { title, edits: [{ file, ...e }] }, kind, []);
}

/** Lints the document's first account with another text in place of the document. */
function relinter(ws: Workspace, uri: string, severities: Record<string, SeveritySetting>): Relint {
  const file = ws.fileOf(uri);
  const entry = ws.entriesFor(file)[0] ?? file;
  const cache = new ParseCache();
  // The account as the editor reads it, role objects included: without them every `role
  // customrole_x` was unknown, and its did-you-mean fix moved users onto other roles.
  const sdf = ws.roleObjectsFor(entry);
  return (text) => {
    const host = { read: (f: string) => (f === file ? text : ws.read(f)), resolve: ws.host.resolve };
    const loaded = loadAccount(entry, host, { cache, sdf });
    return { analysis: analysisOf(file, loaded), findings: lintAccount(loaded, { severities }) };
  };
}

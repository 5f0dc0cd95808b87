import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver/node';
import { type Finding, lintAccount, loadAccount, minimalEdit, ParseCache, type SeveritySetting } from '../engine';
import { toCodeAction, toDiagnostic } from '../convert';
import { type Analysis, analysisOf } from '../ide/analysis';
import { autoFixable, fixAllText, fixesFor, type Relint } from '../ide/fixes';
import type { Settings } from '../settings';
import type { Workspace } from '../workspace';
import type { Diagnostics } from './diagnostics';

/** Applies every safe fix in the file (also on save, with editor.codeActionsOnSave). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nsroles`;

/** What codeAction/resolve needs to compute a fix-all edit later. */
interface FixAllData {
  uri: string;
  rule?: string;
}

/**
 * Quick fixes for the findings in range, "fix all of this kind" where a rule fires twice or
 * more, and the file-wide fix-all. Fix-all edits cost a lint per fix, so clients that can
 * resolve code actions get them on resolve only.
 */
export function onCodeAction(ws: Workspace, diagnostics: Diagnostics, settings: Settings, lazy: () => boolean) {
  return async (p: CodeActionParams): Promise<CodeAction[]> => {
    const uri = p.textDocument.uri;
    const doc = ws.documents.get(uri);
    if (!doc) return [];
    const severities = await settings.severities(uri);
    const wants = (kind: string) => !p.context.only || p.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const found = diagnostics.findings(uri, severities);
    const href = (r: string) => settings.ruleHref(r);
    const relint = relinter(ws, doc.uri, severities);
    const out: CodeAction[] = [];
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
        const title = `Fix all ${f.rule} problems in this file`;
        const action = lazy()
          ? deferred(title, CodeActionKind.QuickFix, { uri, rule: f.rule })
          : fixAll(ws, uri, doc.getText(), relint, title, CodeActionKind.QuickFix, f.rule);
        if (action) out.push(action);
      }
    }
    if (wants(FIX_ALL_KIND) && found.some(({ f, a }) => autoFixable(a, f))) {
      const action = lazy() ? deferred(FIX_ALL_TITLE, FIX_ALL_KIND, { uri }) : fixAll(ws, uri, doc.getText(), relint, FIX_ALL_TITLE, FIX_ALL_KIND);
      if (action) out.push(action);
    }
    return out;
  };
}

const FIX_ALL_TITLE = 'Fix all safely fixable nsroles problems';

function deferred(title: string, kind: string, data: FixAllData): CodeAction {
  return { title, kind, data };
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
  return (text) => {
    const host = { read: (f: string) => (f === file ? text : ws.read(f)), resolve: ws.host.resolve };
    const loaded = loadAccount(entry, host, { cache });
    return { analysis: analysisOf(file, loaded), findings: lintAccount(loaded, { severities }) };
  };
}

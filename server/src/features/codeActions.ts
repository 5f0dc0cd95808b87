import { CodeAction, CodeActionKind, CodeActionParams } from 'vscode-languageserver/node';
import { Finding, lintAccount, loadAccount, minimalEdit, ParseCache, SeveritySetting } from '../engine';
import { toCodeAction, toDiagnostic } from '../convert';
import { Analysis, analysisOf } from '../ide/analysis';
import { fixAllText, fixesFor, Relint } from '../ide/fixes';
import { Settings } from '../settings';
import { Workspace } from '../workspace';
import { Diagnostics } from './diagnostics';

/** Applies every safe fix in the file (also on save, with editor.codeActionsOnSave). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nsroles`;

export function onCodeAction(ws: Workspace, diagnostics: Diagnostics, settings: Settings) {
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
        const action = fixAll(ws, doc.uri, doc.getText(), relint, `Fix all ${f.rule} problems in this file`, CodeActionKind.QuickFix, f.rule);
        if (action) out.push(action);
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const action = fixAll(ws, doc.uri, doc.getText(), relint, 'Fix all safely fixable nsroles problems', FIX_ALL_KIND);
      if (action) out.push(action);
    }
    return out;
  };
}

function countFixable(found: { f: Finding; a: Analysis }[], rule: string): number {
  return found.filter(({ f, a }) => f.rule === rule && fixesFor(a, f).some((x) => x.auto)).length;
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

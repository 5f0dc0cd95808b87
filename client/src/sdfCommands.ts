import * as vscode from 'vscode';
import type { LanguageClient, RequestType } from 'vscode-languageclient/node';
import type { RequestParam } from 'vscode-jsonrpc';
import type { GenerateFromSdfParams } from '../../shared/protocol/wire';
import { ExportSdfRoleRequest, GenerateFromSdfRequest } from '../../shared/protocol/lsp';
import { NSROLES_LANGUAGE } from './documents';
import { exportMessage, exportPlan, GENERATE_MODES, generateMessage, generateScope, proposedRoleFileName } from './sdf';

/** "Generate .nsroles from SDF roles": the server writes the text; it opens as an untitled role file. */
export async function generateFromSdf(client: LanguageClient): Promise<void> {
  const pick = await vscode.window.showQuickPick(
    GENERATE_MODES.map((m) => ({ ...m })),
    { title: 'Generate .nsroles from SDF roles', placeHolder: 'How should the roles be carried over?' },
  );
  if (!pick) return;
  const active = vscode.window.activeTextEditor?.document.uri;
  const params: GenerateFromSdfParams = { uri: generateScope(active && { uri: active.toString(), scheme: active.scheme }), mode: pick.mode };
  const r = await request(client, GenerateFromSdfRequest, params);
  if (!r) return;
  const message = generateMessage(r);
  if (r.text) {
    // Run from the simulator's button: open beside the panel, which then follows the new file.
    const fromPanel = vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview;
    await vscode.window.showTextDocument(await openGenerated(r.text, r.folder), fromPanel ? { viewColumn: vscode.ViewColumn.Beside } : undefined);
  }
  if (message) void vscode.window.showInformationMessage(message);
}

/**
 * The generated text as an untitled role file. With the project folder it carries a proposed
 * path (roles.nsroles beside src/): Save proposes that name, and the language server reads the
 * project's role objects for it, so its roles resolve before it is saved.
 */
async function openGenerated(text: string, folder: string | undefined): Promise<vscode.TextDocument> {
  const dir = folder ? vscode.Uri.parse(folder) : undefined;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  const names = new Set<string>();
  if (dir) {
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(dir)) names.add(name);
    } catch {
      // An unreadable folder: no proposed path.
    }
  }
  const name = dir && proposedRoleFileName((n) => names.has(n) || open.has(vscode.Uri.joinPath(dir, n).path));
  if (!dir || !name) return vscode.workspace.openTextDocument({ language: NSROLES_LANGUAGE, content: text });
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, name).with({ scheme: 'untitled' }));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  return document;
}

/** "Export role as SDF XML": the role at the cursor, as a new customrole_*.xml or an untitled XML document. */
export async function exportSdfRole(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== NSROLES_LANGUAGE) {
    void vscode.window.showWarningMessage('Open a .nsroles file and put the cursor on a role to export it.');
    return;
  }
  const position = editor.selection.active;
  const r = await request(client, ExportSdfRoleRequest, {
    uri: editor.document.uri.toString(),
    position: { line: position.line, character: position.character },
  });
  if (!r) return;
  if (!r.ok) {
    void vscode.window.showWarningMessage(r.error);
    return;
  }
  const plan = exportPlan(r);
  let document: vscode.TextDocument;
  if (plan.kind === 'new-file') {
    // An unsaved document with the file's path: saving creates it there.
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(plan.target).with({ scheme: 'untitled' }));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), r.xml);
    await vscode.workspace.applyEdit(edit);
  } else {
    document = await vscode.workspace.openTextDocument({ language: 'xml', content: r.xml });
  }
  await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(exportMessage(r, plan));
}

async function request<P, R>(client: LanguageClient, type: RequestType<P, R, void>, params: P): Promise<R | undefined> {
  try {
    // RequestParam<P> is P for these params (none is null); TypeScript cannot see that for a generic P.
    return await client.sendRequest(type, params as RequestParam<P>);
  } catch (error) {
    void vscode.window.showErrorMessage(`NetSuite TBA: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

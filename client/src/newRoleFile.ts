import * as vscode from 'vscode';
import { NSROLES_LANGUAGE } from './documents';
import { NEW_ROLE_FILE_TEMPLATE } from './template';

/** Opens an untitled role file with the starter account; the server lints it like any other. */
export async function openNewRoleFile(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: NSROLES_LANGUAGE, content: NEW_ROLE_FILE_TEMPLATE });
  await vscode.window.showTextDocument(document);
}

/**
 * What the workspace holds: role files, SuiteCloud role objects. File names cannot tell a
 * role object (NetSuite exports customrole1000.xml), so the root element of each
 * Objects/*.xml (src/Objects or a root Objects folder) decides, read from its first bytes.
 */
import * as vscode from 'vscode';
import { isRoleObject } from './sdf';

const EXCLUDE = '**/node_modules/**';

export async function workspaceHasRoleFiles(): Promise<boolean> {
  return (await vscode.workspace.findFiles('**/*.nsroles', EXCLUDE, 1)).length > 0;
}

/** A role object among the first SuiteCloud object files. */
export async function workspaceHasRoleObjects(): Promise<boolean> {
  // src/Objects (the Node CLI's projects) or Objects at a project's root (the Java CLI and IDEs).
  for (const uri of await vscode.workspace.findFiles('**/Objects/*.xml', EXCLUDE, 500)) {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (isRoleObject(new TextDecoder().decode(bytes.subarray(0, 4096)))) return true;
    } catch {
      // Unreadable: not a role object we can use.
    }
  }
  return false;
}

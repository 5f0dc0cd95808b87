import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as v from 'valibot';
import { type Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { SdfRoleFile } from '../engine';
import type { ExportSdfRoleResult, GenerateFromSdfResult } from '../../../shared/protocol/wire';
import { ExportSdfRoleRequest, GenerateFromSdfRequest } from '../../../shared/protocol/lsp';
import { exportRoleAt, generateFromSdf } from '../ide/sdfConvert';
import type { Workspace } from '../workspace';
import { checkSchema, ExportSdfRoleParamsSchema, GenerateFromSdfParamsSchema } from '../../../shared/protocol/schemas';

/** `nsroles/generateFromSdf` and `nsroles/exportSdfRole`: the logic behind the two SDF commands. */
export function registerSdfRequests(connection: Connection, ws: Workspace): void {
  connection.onRequest(GenerateFromSdfRequest, (params: unknown): GenerateFromSdfResult => {
    const p = valid(GenerateFromSdfParamsSchema, params);
    const r = generateFromSdf(roleObjects(ws, p.uri), p.mode);
    // Saved there, the file sees the same role objects; an untitled file with that path does too.
    const first = r.roles.find((x) => path.isAbsolute(x.file))?.file;
    const folder = first && (ws.sdf.projectOf(path.dirname(first)) ?? path.dirname(first));
    return {
      text: r.text,
      roles: r.roles.map(({ role, file }) => ({ name: role.name, ...(role.id ? { scriptid: role.id.value } : {}), uri: ws.uriOf(file) })),
      skipped: r.skipped.map((f) => ws.uriOf(f)),
      ...(folder ? { folder: pathToFileURL(folder).href } : {}),
    };
  });
  connection.onRequest(ExportSdfRoleRequest, (params: unknown): ExportSdfRoleResult => {
    const p = valid(ExportSdfRoleParamsSchema, params);
    if (ws.kindOf(p.uri) !== 'nsroles') return { ok: false, error: 'Put the cursor on a role in a .nsroles file.' };
    const a = ws.analysis(p.uri);
    if (!a) throw new ResponseError(LSPErrorCodes.RequestFailed, `Cannot read ${p.uri}`);
    const r = exportRoleAt(a, ws.lines(a.file).offset(p.position));
    if (!r.ok) return r;
    const out: ExportSdfRoleResult = { ok: true, role: r.role ?? r.scriptid, scriptid: r.scriptid, fileName: r.fileName, xml: r.xml, warnings: r.warnings };
    const root = path.isAbsolute(a.file) ? ws.sdf.projectOf(path.dirname(a.file)) : undefined;
    if (root) {
      const target = path.join(root, 'src', 'Objects', r.fileName);
      out.target = pathToFileURL(target).href;
      out.targetExists = fs.existsSync(target);
    }
    return out;
  });
}

function valid<S extends v.GenericSchema>(schema: S, params: unknown): v.InferOutput<S> {
  const c = checkSchema(schema, params);
  if (!c.ok) throw new ResponseError(ErrorCodes.InvalidParams, `Invalid ${c.reason}`);
  return c.value;
}

/** The role objects of the SuiteCloud project around `uri`; outside a project, of every workspace folder (else of its folder). */
function roleObjects(ws: Workspace, uri: string | undefined): SdfRoleFile[] {
  const openText = (f: string) => ws.document(f)?.getText();
  const p = uri === undefined ? undefined : ws.fileOf(uri);
  const dir = p && path.isAbsolute(p) ? (isDir(p) ? p : path.dirname(p)) : undefined;
  const project = dir && ws.sdf.projectOf(dir);
  const roots = project ? [project] : ws.folderPaths().length ? ws.folderPaths() : dir ? [dir] : [];
  return roots.flatMap((d) => ws.sdf.under(d, openText));
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

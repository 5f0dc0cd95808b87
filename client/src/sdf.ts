/**
 * The SDF commands' decisions, as plain functions of the server's answers (no VS Code here, so
 * they are unit-tested); client/src/sdfCommands.ts carries them out.
 */
import type { ExportSdfRoleResult, GenerateFromSdfResult } from '../../shared/protocol/wire';
import { inFileCabinet } from '../../shared/protocol/vocabulary';

/**
 * Whether an XML text is a SuiteCloud role object: its root element is `<role`. NetSuite names
 * exported roles by scriptid (customrole1000.xml), so the name cannot tell; the root can. Only
 * the start of the text is read: a declaration, comments and a doctype may come first.
 */
export function isRoleObject(text: string): boolean {
  let s = text.slice(0, 4096).replace(/^\uFEFF/, '');
  for (;;) {
    s = s.trimStart();
    const skip = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/i.exec(s);
    if (!skip) break;
    s = s.slice(skip[0].length);
  }
  return /^<role[\s>/]/.test(s);
}

/**
 * Whether an XML document (its URI path, always with `/`) is a role object: a `<role>` root
 * outside the project's File Cabinet, whose files are documents, never objects.
 */
export function isRoleObjectDocument(uriPath: string, text: string): boolean {
  return /\.xml$/i.test(uriPath) && !inFileCabinet(uriPath) && isRoleObject(text);
}

/** The two ways "Generate .nsroles from SDF roles" carries roles over. */
export const GENERATE_MODES: readonly { mode: 'reference' | 'copy'; label: string; detail: string }[] = [
  {
    mode: 'reference',
    label: 'Reference the roles by scriptid',
    detail: 'For a file saved in the SuiteCloud project: the roles stay in their XML files.',
  },
  {
    mode: 'copy',
    label: 'Copy the roles',
    detail: 'A role block per role, for a file kept where the XML files are not.',
  },
];

/** Where to look for role objects: the active file's project, when the active editor shows a file on disk. */
export function generateScope(active: { uri: string; scheme: string } | undefined): string | undefined {
  return active?.scheme === 'file' ? active.uri : undefined;
}

/**
 * The name proposed for a generated role file: roles.nsroles, else roles-2.nsroles and on, the
 * first that `taken` (on disk, or open unsaved) does not hold, so saving never overwrites.
 */
export function proposedRoleFileName(taken: (name: string) => boolean): string | undefined {
  for (let i = 1; i <= 99; i++) {
    const name = i === 1 ? 'roles.nsroles' : `roles-${i}.nsroles`;
    if (!taken(name)) return name;
  }
  return undefined;
}

/** What to tell the user after generating: nothing found, or which role objects were left out. */
export function generateMessage(r: GenerateFromSdfResult): string | undefined {
  if (!r.roles.length && !r.skipped.length) return 'No SuiteCloud role objects (XML files whose root is <role>) were found in the project or the workspace.';
  const skipped = r.skipped.length
    ? `${r.skipped.length} role object${r.skipped.length === 1 ? '' : 's'} with malformed XML left out: ${r.skipped.map(baseName).join(', ')}.`
    : '';
  if (!r.roles.length) return `No readable role object: ${skipped}`;
  const carried = `${r.roles.length} role${r.roles.length === 1 ? '' : 's'} carried over; fill in the users that hold them.`;
  return skipped ? `${carried} ${skipped}` : carried;
}

/** A new file at the project's src/Objects when it is free; otherwise an untitled XML document. */
export type ExportPlan = { kind: 'new-file'; target: string } | { kind: 'untitled' };

export function exportPlan(r: Extract<ExportSdfRoleResult, { ok: true }>): ExportPlan {
  return r.target && !r.targetExists ? { kind: 'new-file', target: r.target } : { kind: 'untitled' };
}

export function exportMessage(r: Extract<ExportSdfRoleResult, { ok: true }>, plan: ExportPlan): string {
  const where =
    plan.kind === 'new-file'
      ? `Save it to create src/Objects/${r.fileName}.`
      : r.targetExists
        ? `src/Objects/${r.fileName} exists already, so it opened unsaved; compare before replacing.`
        : `Save it as ${r.fileName} in the SuiteCloud project's src/Objects folder.`;
  const warnings = r.warnings.length ? ` Note: ${r.warnings.join(' ')}` : '';
  return `Role '${r.role}' exported as ${r.scriptid}. ${where}${warnings}`;
}

function baseName(uri: string): string {
  const p = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

import { contains, type RoleDefinition, roleToSdfXml, type SdfExportResult, type SdfRoleFile, sdfRolesToNsroles, twoFactorExample } from '../engine';
import type { Analysis } from './analysis';
import { targetAt } from './locate';

/** `.nsroles` text for role objects; malformed ones are left out, since their roles may be cut short. */
export function generateFromSdf(
  files: SdfRoleFile[],
  mode: 'copy' | 'reference',
): { text: string; roles: { role: RoleDefinition; file: string }[]; skipped: string[] } {
  const roles: { role: RoleDefinition; file: string }[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    if (f.doc.problem || !f.role) skipped.push(f.file);
    else roles.push({ role: f.role, file: f.file });
  }
  return {
    text: roles.length
      ? sdfRolesToNsroles(
          roles.map((r) => r.role),
          { mode },
        )
      : '',
    roles,
    skipped,
  };
}

/** The role a cursor is on: a reference to it, or anywhere in its block. */
export function roleAt(a: Analysis, offset: number): RoleDefinition | undefined {
  const t = targetAt(a, offset);
  if (t?.kind === 'entity' && t.entity.kind === 'role' && t.entity.role) return t.entity.role;
  const blocks = a.loaded.model.roles.filter((r) => r.loc.file === a.file && contains(r.loc.span, offset));
  return blocks.sort((x, y) => x.loc.span.end - x.loc.span.start - (y.loc.span.end - y.loc.span.start))[0];
}

/** The role at the cursor as a role object, with the 2FA values the account's role objects use. */
export function exportRoleAt(a: Analysis, offset: number): (SdfExportResult & { role?: string }) | { ok: false; error: string } {
  const role = roleAt(a, offset);
  if (!role) return { ok: false, error: 'Put the cursor on a role: in its block or on a reference to it.' };
  if (role.origin === 'sdf') return { ok: false, error: `Role '${role.name}' is already a SuiteCloud role object (${role.loc.file.split(/[\\/]/).pop()}).` };
  const r = roleToSdfXml(role, { twoFactor: twoFactorExample(a.loaded.sdf?.values() ?? []) });
  return r.ok ? { ...r, role: role.name } : r;
}

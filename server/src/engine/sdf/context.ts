import type { PermissionInfo } from '../permissions';
import type { Span } from '../text';
import type { SdfField, SdfPermission, SdfRoleFile } from './role';
import { permissionByKey, SDF_LEVELS, SDF_ROLE_FIELDS } from './vocabulary';
import { elementPathAt } from './xml';

/** What the cursor is on in a role object, for hover and completion. */
export type SdfCursorContext =
  | { kind: 'permkey'; permission: SdfPermission; info?: PermissionInfo; span: Span }
  | { kind: 'permlevel'; permission: SdfPermission; info?: PermissionInfo; /** Levels this permission accepts. */ levels: readonly string[]; span: Span }
  | { kind: 'field'; name: keyof typeof SDF_ROLE_FIELDS; field: SdfField; doc: string; span: Span }
  | { kind: 'scriptid'; span: Span };

/** The levels a permission accepts in SDF: NONE and FULL for the three TBA permissions. */
export function sdfLevelsFor(info: PermissionInfo | undefined): readonly string[] {
  return info?.tba ? ['NONE', 'FULL'] : SDF_LEVELS;
}

/** The role-object part at `offset`: a permkey or permlevel (text or tags), a known field, or the scriptid. */
export function sdfContextAt(f: SdfRoleFile, offset: number): SdfCursorContext | undefined {
  const o = f.object;
  if (!o) return undefined;
  if (o.scriptid && o.scriptid.valueSpan.start <= offset && offset <= o.scriptid.valueSpan.end) return { kind: 'scriptid', span: o.scriptid.valueSpan };
  const path = elementPathAt(o.root, offset);
  const el = path[path.length - 1];
  if (!el) return undefined;
  for (const p of o.permissions) {
    const info = p.permkey ? permissionByKey(p.permkey.value) : undefined;
    if (p.permkey?.element === el) return { kind: 'permkey', permission: p, info, span: p.permkey.span };
    if (p.permlevel?.element === el) return { kind: 'permlevel', permission: p, info, levels: sdfLevelsFor(info), span: p.permlevel.span };
  }
  if (path.length === 2 && el.name in SDF_ROLE_FIELDS) {
    const name = el.name as keyof typeof SDF_ROLE_FIELDS;
    const field = o.fields.get(name);
    if (field && field.element === el) return { kind: 'field', name, field, doc: SDF_ROLE_FIELDS[name], span: field.span };
  }
  return undefined;
}

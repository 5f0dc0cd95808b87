import type { SpanEdit } from '../finding';
import { PERMISSIONS } from '../permissions';
import type { ModelChange } from '../suggest';
import { indentUnit, insertAfter, insertFirstChild, removeElement, replaceSpan } from './edits';
import type { SdfRoleFile } from './role';
import type { XmlElement } from './xml';

const FLAG_FIELD = { 'web-services-only': 'iswebserviceonlyrole', inactive: 'isinactive' } as const;

/**
 * The XML edits that make a suggestion's change to this role object, so "Apply" works on
 * SuiteCloud roles as on `.nsroles` roles. Returns why not when it cannot (a string).
 */
export function sdfChangeEdits(f: SdfRoleFile, change: ModelChange): SpanEdit[] | string {
  const o = f.object;
  if (!o || f.doc.problem) return `${f.file} is not a readable role object; fix its XML first.`;
  switch (change.kind) {
    case 'add-permission':
      return addPermission(f, change.permission);
    case 'remove-permission':
      return o.permissions
        .filter((p) => p.permkey?.value === change.permission && p.permlevel?.value.toUpperCase() === 'FULL')
        .map((p) => removeElement(f.doc, p.element));
    case 'set-role-flag': {
      const name = FLAG_FIELD[change.flag];
      const value = change.value ? 'T' : 'F';
      const field = o.fields.get(name);
      if (field) return field.value === value ? [] : [replaceSpan(field.span, value)];
      if (!change.value) return [];
      const anchor = lastField(f);
      const line = `<${name}>${value}</${name}>`;
      return [anchor ? insertAfter(f.doc, anchor, [line]) : insertFirstChild(f.doc, o.root, [line])];
    }
    case 'assign-role':
    case 'unassign-role':
    case 'set-user-inactive':
    case 'enable-tba':
    case 'use-channel':
      return `A '${change.kind}' change is not about a role object.`;
  }
}

function addPermission(f: SdfRoleFile, id: string): SpanEdit[] | string {
  const o = f.object!;
  const mine = o.permissions.filter((p) => p.permkey?.value === id);
  if (mine.some((p) => p.permlevel?.value === 'FULL')) return [];
  const withLevel = mine.find((p) => p.permlevel);
  if (withLevel) return [replaceSpan(withLevel.permlevel!.span, 'FULL')];
  if (!PERMISSIONS.some((p) => p.id === id)) return `Unknown permission ${id}.`;
  const u = indentUnit(f.doc);
  const block = ['<permission>', `${u}<permkey>${id}</permkey>`, `${u}<permlevel>FULL</permlevel>`, '</permission>'];
  const last = o.permissions[o.permissions.length - 1];
  if (last) return [insertAfter(f.doc, last.element, block)];
  if (o.permissionsElement) return [insertFirstChild(f.doc, o.permissionsElement, block)];
  const wrapped = ['<permissions>', ...block.map((l) => u + l), '</permissions>'];
  const anchor = lastField(f);
  return [anchor ? insertAfter(f.doc, anchor, wrapped) : insertFirstChild(f.doc, o.root, wrapped)];
}

/** The last direct child of the role before `<permissions>`: new fields go after it. */
function lastField(f: SdfRoleFile): XmlElement | undefined {
  const o = f.object!;
  const fields = [...o.fields.values()].map((x) => x.element).filter((e) => !o.permissionsElement || e.span.start < o.permissionsElement.span.start);
  return fields[fields.length - 1];
}

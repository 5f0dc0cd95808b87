import { citationsOf } from '../citations';
import type { Finding } from '../finding';
import type { PermissionGrant, RoleDefinition, Flag } from '../model';
import { isLevel } from '../permissions';
import { rule } from '../rules';
import type { Location, Span } from '../text';
import { nameKey } from '../vocabulary';
import { permissionByKey, tfaOff } from './vocabulary';
import { childElement, childElements, elementText, parseXml, sniffRootElement, type XmlAttribute, type XmlDocument, type XmlElement } from './xml';
import { inFileCabinet } from '../../../../shared/protocol/vocabulary';

export { inFileCabinet };

/** A leaf field: its element and its trimmed text. */
export interface SdfField {
  element: XmlElement;
  value: string;
  /** The trimmed text; empty just after the start tag when the element has none. */
  span: Span;
}

export interface SdfPermission {
  element: XmlElement;
  permkey?: SdfField;
  permlevel?: SdfField;
}

/** A `<role>` element read into the parts the rules and editor features look at. */
export interface SdfRoleObject {
  root: XmlElement;
  scriptid?: XmlAttribute;
  /** The first of each direct child element, by name (permissions excepted). */
  fields: Map<string, SdfField>;
  permissionsElement?: XmlElement;
  permissions: SdfPermission[];
}

/** One SuiteCloud role object file, parsed. Never throws. */
export interface SdfRoleFile {
  file: string;
  text: string;
  doc: XmlDocument;
  /** Absent when the root element is not `<role>` (or there is none). */
  object?: SdfRoleObject;
  /** The role as the model sees it; read as far as the first XML error. */
  role?: RoleDefinition;
  /** Problems reading the file: at most one SDF-XML finding. */
  findings: Finding[];
}

/** True when the text's first element is `<role …>`: a SuiteCloud role object, even if malformed. */
export function isSdfRoleText(text: string): boolean {
  return sniffRootElement(text) === 'role';
}

/**
 * A SuiteCloud role object: `<role …>` XML outside the File Cabinet, or a file named as one
 * (`customrole….xml`, after its scriptid) with no root element yet or a `<Role>` in other case:
 * SDF would deploy such an object file too, so it is reported (SDF-XML), not passed over.
 * `hasManifest` lets the File Cabinet be known beside manifest.xml too (see inFileCabinet).
 */
export function isSdfRoleFile(file: string, text: string, hasManifest?: (folder: string) => boolean): boolean {
  if (inFileCabinet(file, hasManifest)) return false;
  const root = sniffRootElement(text);
  if (root === 'role') return true;
  // Named as a role object, but with no root yet or a <Role> in other case: a broken one, reported.
  return (root === undefined || root.toLowerCase() === 'role') && ROLE_OBJECT_FILE.test(file);
}

/** NetSuite names a role object's file by its scriptid: customrole1000.xml, customrole_orders.xml. */
const ROLE_OBJECT_FILE = /(^|[\\/])customrole[^\\/]*\.xml$/i;

/** The role of a role object file that has none to read: its scriptid, and nothing granted. */
function emptyRole(file: string): RoleDefinition {
  const stem = fileStem(file);
  const at: Location = { file, span: { start: 0, end: 0 } };
  return { name: stem, key: nameKey(stem), nameLoc: at, loc: at, permissions: [], origin: 'sdf', id: { value: stem, loc: at } };
}

/** Parses an SDF role object: the XML tree, the role for the model, and an SDF-XML finding if malformed. */
export function parseSdfRole(file: string, text: string): SdfRoleFile {
  const doc = parseXml(text);
  const out: SdfRoleFile = { file, text, doc, findings: [] };
  if (doc.problem) {
    const meta = rule('SDF-XML');
    out.findings.push({
      rule: meta.id,
      severity: meta.severity,
      loc: { file, span: doc.problem.span },
      message: doc.problem.message,
      citations: citationsOf(meta),
    });
  }
  if (doc.root && !doc.problem && doc.root.name !== 'role' && doc.root.name.toLowerCase() === 'role') {
    // XML names are case-sensitive: SDF reads no role from <Role>.
    const meta = rule('SDF-XML');
    out.findings.push({
      rule: meta.id,
      severity: meta.severity,
      loc: { file, span: doc.root.nameSpan },
      message: `The root element is <${doc.root.name}>: SDF reads a role object only from <role>, in lower case (XML names are case-sensitive).`,
      citations: citationsOf(meta),
    });
  }
  if (doc.root?.name !== 'role') {
    // A file named as a role object that yields none (empty, or a <Role> root) is still that role,
    // read as holding nothing: references to its scriptid resolve, and are denied, instead of
    // looking like typos whose did-you-mean would move users onto another role.
    if (ROLE_OBJECT_FILE.test(file) && (!doc.root || doc.root.name.toLowerCase() === 'role')) out.role = emptyRole(file);
    return out;
  }
  out.object = readObject(doc, doc.root);
  out.role = toRole(file, out.object);
  return out;
}

/** Keeps each role object's last parse, so a language server re-reads only files that changed. */
export class SdfParseCache {
  private readonly entries = new Map<string, SdfRoleFile>();

  get(file: string, text: string): SdfRoleFile {
    const hit = this.entries.get(file);
    if (hit && hit.text === text) return hit;
    const parsed = parseSdfRole(file, text);
    this.entries.set(file, parsed);
    return parsed;
  }

  delete(file: string): void {
    this.entries.delete(file);
  }
}

function field(doc: XmlDocument, element: XmlElement): SdfField {
  const t = elementText(doc, element);
  return { element, value: t.value, span: t.span };
}

function readObject(doc: XmlDocument, root: XmlElement): SdfRoleObject {
  const fields = new Map<string, SdfField>();
  for (const el of childElements(root)) {
    if (el.name !== 'permissions' && !fields.has(el.name)) fields.set(el.name, field(doc, el));
  }
  const permissionsElement = childElement(root, 'permissions');
  const permissions = (permissionsElement ? childElements(permissionsElement, 'permission') : []).map((element) => {
    const key = childElement(element, 'permkey');
    const level = childElement(element, 'permlevel');
    return { element, permkey: key && field(doc, key), permlevel: level && field(doc, level) };
  });
  return { root, scriptid: root.attributes.find((a) => a.name === 'scriptid'), fields, permissionsElement, permissions };
}

/** The file name without folders and `.xml`: what the scriptid must equal. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  let stem = base.replace(/\.xml$/i, '');
  try {
    stem = decodeURIComponent(stem);
  } catch {
    // Not URI-encoded: keep it as it is.
  }
  return stem;
}

function toRole(file: string, o: SdfRoleObject): RoleDefinition {
  const loc = (span: Span): Location => ({ file, span });
  const flag = (name: string): Flag | undefined => {
    const f = o.fields.get(name);
    return f && f.value === 'T' ? { value: true, loc: loc(f.span) } : undefined;
  };
  const nameField = o.fields.get('name');
  const scriptid = o.scriptid?.value.trim();
  const name = nameField?.value || scriptid || fileStem(file);
  const role: RoleDefinition = {
    name,
    key: nameKey(name),
    nameLoc: loc(nameField?.value ? nameField.span : (o.scriptid?.valueSpan ?? o.root.nameSpan)),
    loc: loc(o.root.span),
    permissions: o.permissions.flatMap((p) => grant(p, loc)),
    origin: 'sdf',
  };
  if (scriptid) role.id = { value: scriptid, loc: loc(o.scriptid!.valueSpan) };
  const tfa = o.fields.get('tfarequired');
  if (tfa) role.twoFactor = { value: tfaOff(tfa.value) ? 'not-required' : 'required', loc: loc(tfa.value ? tfa.span : tfa.element.span) };
  const wso = flag('iswebserviceonlyrole');
  if (wso) role.webServicesOnly = wso;
  const inactive = flag('isinactive');
  if (inactive) role.inactive = inactive;
  const core = flag('coreadminpermission');
  if (core) role.coreAdministrationPermissions = core;
  return role;
}

function grant(p: SdfPermission, loc: (s: Span) => Location): PermissionGrant[] {
  if (!p.permkey || !p.permkey.value) return [];
  const written = p.permlevel?.value ?? '';
  // Simulation reads levels case-insensitively; SDF-PERMLEVEL-VALUE reports the spelling.
  const level = isLevel(written.toLowerCase()) ? written.toLowerCase() : written || 'none';
  return [
    {
      ref: p.permkey.value,
      info: permissionByKey(p.permkey.value),
      level,
      explicitLevel: p.permlevel !== undefined,
      refLoc: loc(p.permkey.span),
      levelLoc: p.permlevel && loc(p.permlevel.span),
      loc: loc(p.element.span),
    },
  ];
}

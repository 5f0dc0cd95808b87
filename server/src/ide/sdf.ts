import {
  CUSTOMER_CENTER,
  findPermission,
  firstGrants,
  isPermkeyShape,
  objectReference,
  permissionByKey,
  type PermissionInfo,
  ruleById,
  type SDF_ROLE_FIELDS,
  type SdfCursorContext,
  sdfContextAt,
  sdfLevelsFor,
  type SdfRoleFile,
  type Span,
  tfaOff,
} from '../engine';
import { type CompletionEntry, permissionProposals } from './completion';
import { type HoverInfo, type HoverLinks, permissionHover, permissionRefDoc } from './hover';
import { md, quoteBlock } from './markdown';

/**
 * The language service for SuiteCloud role objects (SDF XML): hover and completion in plain
 * terms. Hovers on the role's name and scriptid are the role hovers of `.nsroles` files.
 */

/** Fields whose hover quotes a rule's sources. */
const FIELD_RULES: Partial<Record<keyof typeof SDF_ROLE_FIELDS, string>> = {
  tfarequired: 'SDF-2FA-REQUIRED',
  coreadminpermission: 'SDF-2FA-REQUIRED',
  iswebserviceonlyrole: 'TBA-WSO-RESTLET',
};

/** Hover for a permkey, a permlevel or a role field; undefined where the role hover applies. */
export function sdfHover(f: SdfRoleFile, offset: number, links: HoverLinks = {}): HoverInfo | undefined {
  const c = sdfContextAt(f, offset);
  if (!c) return undefined;
  const markdown = (() => {
    switch (c.kind) {
      case 'permkey':
        return permkeyHover(c.permission.permkey?.value ?? '', c.info, c.permission.permlevel?.value, links);
      case 'permlevel':
        return permlevelHover(c);
      case 'field':
        return c.name === 'name' ? undefined : fieldHover(f, c);
      case 'scriptid':
        return undefined;
    }
  })();
  return markdown ? { markdown, span: c.span } : undefined;
}

function permkeyHover(key: string, info: PermissionInfo | undefined, level: string | undefined, links: HoverLinks): string {
  if (info) {
    const spelling = info.id !== key ? `\n\nWrite it as ${md(info.id)}: permkeys are written in capitals.` : '';
    return permissionHover(info, links, level, sdfLevelsFor(info)) + spelling;
  }
  if (!key) return '**permkey**: the permission ID, e.g. ADMI\\_LOGIN\\_OAUTH.';
  // A permission's name where its ID belongs: the permission it names, and how to write it.
  const named = objectReference(key) ? undefined : findPermission(key);
  if (named?.id)
    return `${permissionHover(named, links, level, sdfLevelsFor(named))}\n\nWrite it as ${md(named.id)}: a permkey is the permission ID, not its name.`;
  return permissionRefDoc(key, isPermkeyShape);
}

function permlevelHover(c: Extract<SdfCursorContext, { kind: 'permlevel' }>): string {
  const key = c.permission.permkey?.value;
  const what = c.info ? `${md(c.info.name)} (${md(c.info.id)})` : key ? md(key) : 'this permission';
  const lines = [`**permlevel** · levels ${what} accepts: ${c.levels.join(', ')}`];
  if (c.info?.tba) {
    const r = ruleById('SDF-PERM-LEVEL');
    lines.push('', 'The token-based authentication permissions take only NONE or FULL.');
    if (r?.quotes.length) lines.push('', r.quotes.map((q) => quoteBlock(q, r.basis)).join('\n\n'));
  }
  return lines.join('\n');
}

function fieldHover(f: SdfRoleFile, c: Extract<SdfCursorContext, { kind: 'field' }>): string {
  const value = c.field.value;
  const lines = [`**<${c.name}>**${value ? ` ${md(value)}` : ''}`, '', md(c.doc)];
  if (c.name === 'tfarequired') lines.push('', twoFactorStatus(f, value));
  const id = FIELD_RULES[c.name];
  const r = id ? ruleById(id) : undefined;
  if (r?.quotes.length) lines.push('', r.quotes.map((q) => quoteBlock(q, r.basis)).join('\n\n'));
  if (r?.uiPath) lines.push('', `**Where:** ${md(r.uiPath)}`);
  return lines.join('\n');
}

/** What NetSuite makes of this role's 2FA, whatever `tfarequired` says. */
function twoFactorStatus(f: SdfRoleFile, value: string): string {
  const o = f.object!;
  const off = tfaOff(value);
  const duration = o.fields.get('tfaduration')?.value;
  const set = off
    ? `${value ? md(value) : 'Empty, so OFF'}: two-factor authentication is not required by this field.`
    : `${md(value)} requires two-factor authentication${duration ? `, trusted device duration ${md(duration)}` : '; add a <tfaduration>'}.`;
  const why = privilege(f);
  if (!why) return `${set} No permission of this role makes 2FA mandatory.`;
  if (o.fields.get('centertype')?.value === CUSTOMER_CENTER)
    return `${set} The role is highly privileged (${md(why)}), but a Customer Center role, which NetSuite cannot make 2FA-required.`;
  if (o.fields.get('issinglesignononly')?.value === 'T')
    return `${set} The role is highly privileged (${md(why)}), but single sign-on only, which ignores the 2FA requirement.`;
  return `${set} The role is highly privileged (${md(why)}), so NetSuite requires 2FA${off ? ': OFF cannot hold' : ''}.`;
}

function privilege(f: SdfRoleFile): string | undefined {
  if (f.object!.fields.get('coreadminpermission')?.value === 'T') return 'coreadminpermission T';
  const g = (f.role ? firstGrants(f.role) : []).find((p) => p.info?.highlyPrivileged && p.level !== 'none');
  return g ? `${g.info!.name}, ${g.info!.id}` : undefined;
}

// ---- Completion ----

/** The text just before the cursor inside `<permkey>` or `<permlevel>`: works while the XML is still being typed. */
const IN_ELEMENT = /<(permkey|permlevel)\s*>\s*([^<>\s]*)$/;

/** Permkeys inside `<permkey>`, levels inside `<permlevel>` (only those the permission accepts). */
export function sdfComplete(f: SdfRoleFile, offset: number): CompletionEntry[] {
  const text = f.text;
  const m = IN_ELEMENT.exec(text.slice(Math.max(0, offset - 400), offset));
  if (!m) return [];
  const after = /^[^<>\s]*/.exec(text.slice(offset))![0];
  const replace: Span = { start: offset - m[2].length, end: offset + after.length };
  return m[1] === 'permkey' ? permkeyEntries(replace) : levelEntries(f, offset, replace);
}

/** Every permission by ID, name and alias; each inserts the ID. */
function permkeyEntries(replace: Span): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const p of permissionProposals()) {
    if (!p.id) continue;
    out.push({
      label: p.label,
      kind: 'permission',
      detail: p.byName ? p.id : p.detail,
      insertText: p.id,
      filterText: p.label,
      replace,
      sortText: p.sortText,
      permission: { id: p.id, sdf: true },
    });
  }
  return out;
}

function levelEntries(f: SdfRoleFile, offset: number, replace: Span): CompletionEntry[] {
  const info = permissionAt(f, offset);
  const what = info ? `${info.name} (${info.id})` : undefined;
  return sdfLevelsFor(info).map((level, i) => ({
    label: level,
    kind: 'value',
    detail: what ? `level of ${what}` : 'permission level',
    insertText: level,
    replace,
    sortText: String(i),
  }));
}

/** The permission whose `<permlevel>` holds the cursor: from the tree, else from the text around it. */
function permissionAt(f: SdfRoleFile, offset: number): PermissionInfo | undefined {
  const c = sdfContextAt(f, offset);
  if (c?.kind === 'permlevel') return c.info;
  const start = f.text.lastIndexOf('<permission>', offset);
  if (start < 0) return undefined;
  const close = f.text.indexOf('</permission>', offset);
  const block = f.text.slice(start, close < 0 ? offset : close);
  const key = /<permkey\s*>\s*([^<\s]+)\s*<\/permkey\s*>/.exec(block)?.[1];
  return key ? permissionByKey(key) : undefined;
}

import { closest } from '../fuzzy';
import type { EditFix } from '../finding';
import { findPermission, isPermissionIdShape, LOGIN, objectReference, permissionById, type PermissionInfo, safeToPrefer, typoOf, UAT } from '../permissions';
import { removeElement, replaceSpan } from './edits';
import type { SdfAdd } from './lint';
import type { SdfPermission, SdfRoleFile } from './role';
import { permissionByKey, SDF_LEVELS } from './vocabulary';

/** permkey, permlevel, duplicates, TBA levels and the redundant login permission. */
export function permissionChecks(f: SdfRoleFile, add: SdfAdd): void {
  const o = f.object!;
  const first = new Map<string, SdfPermission>();
  for (const p of o.permissions) {
    const key = p.permkey?.value ?? '';
    if (!key) {
      add(
        'SDF-UNKNOWN-PERMKEY',
        p.permkey ? p.permkey.element.span : p.element.nameSpan,
        'This <permission> has no permkey: write the permission ID, e.g. ADMI_LOGIN_OAUTH.',
      );
      continue;
    }
    const info = permissionByKey(key);
    if (!info || info.id !== key) unknownPermkey(p, info, add);
    const dupKey = info ? info.id : key;
    const earlier = first.get(dupKey);
    if (earlier) {
      add(
        'SDF-DUPLICATE-PERMKEY',
        p.permkey!.span,
        `${info ? info.id : key} is already listed in this role; remove this <permission> (SDF allows each permkey once).`,
        {
          related: [{ loc: { file: f.file, span: earlier.permkey!.span }, message: 'First listed here' }],
          data: {
            kind: 'sdf-edits',
            action: 'remove-permission',
            fixes: [{ title: `Remove the duplicate ${key} permission`, edits: [removeElement(f.doc, p.element)], preferred: true }],
          },
        },
      );
    } else first.set(dupKey, p);
    levelChecks(p, info, add);
  }
  redundantLogin(f, add);
}

/**
 * A permkey that is not a listed ID as NetSuite writes it. Listed IDs and custom object
 * references are never reported; an ID absent from the list is only information, since
 * NetSuite exports IDs its list lacks. Fixes that change which permission is written are never
 * preferred, nor is any fix that writes a token, OAuth or 2FA-relevant permission.
 */
function unknownPermkey(p: SdfPermission, info: PermissionInfo | undefined, add: SdfAdd): void {
  const key = p.permkey!.value;
  const span = p.permkey!.span;
  const fix = (target: PermissionInfo, preferred: boolean) => ({
    kind: 'sdf-edits' as const,
    action: 'did-you-mean' as const,
    fixes: [{ title: `Change permkey to ${target.id}`, edits: [replaceSpan(span, target.id)], preferred: preferred && safeToPrefer(target) }],
  });
  if (info) {
    if (info.id === key) return;
    add('SDF-UNKNOWN-PERMKEY', span, `Write the permkey '${key}' as ${info.id} (${info.name}): permkeys are written in capitals.`, { data: fix(info, true) });
    return;
  }
  const ref = objectReference(key);
  if (ref && !('problem' in ref)) return;
  if (ref) {
    add(
      'SDF-UNKNOWN-PERMKEY',
      span,
      `The permkey '${key}' is not an SDF reference: ${ref.problem}. Write [scriptid=…], [appid=…, scriptid=…] or [type=…, scriptid=…].`,
    );
    return;
  }
  if (isPermissionIdShape(key)) {
    const typo = typoOf(key);
    add(
      'SDF-UNKNOWN-PERMKEY',
      span,
      `${key} is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks, so it is not simulated but may be right.${
        typo ? ` Did you mean ${typo.id} (${typo.name})?` : ''
      }`,
      { severity: 'information', data: typo && fix(typo, false) },
    );
    return;
  }
  const byName = findPermission(key);
  const named = byName?.id ? byName : permissionById(normalized(key));
  const why = !named
    ? 'it is not shaped like a permission ID (capitals, e.g. ADMI_LOGIN_OAUTH) or a custom object reference'
    : byName?.id
      ? `a permkey is the permission ID, not its name (write ${named.id})`
      : `a permkey is written in capitals with underscores (write ${named.id})`;
  add('SDF-UNKNOWN-PERMKEY', span, `Unknown permkey '${key}': ${why}; it is not simulated.`, { data: named && fix(named, true) });
}

function normalized(key: string): string {
  return key
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

function levelChecks(p: SdfPermission, info: PermissionInfo | undefined, add: SdfAdd): void {
  const lv = p.permlevel;
  const allowed: readonly string[] = info?.tba ? ['NONE', 'FULL'] : SDF_LEVELS;
  if (!lv || !lv.value) {
    const span = lv ? lv.element.span : p.element.nameSpan;
    add('SDF-PERMLEVEL-VALUE', span, `This <permission> has no permlevel: write ${allowed.join(', ')}.`);
    return;
  }
  if (!(SDF_LEVELS as readonly string[]).includes(lv.value)) {
    const candidates = closest(lv.value, allowed);
    add(
      'SDF-PERMLEVEL-VALUE',
      lv.span,
      `Unknown permlevel '${lv.value}': write one of ${allowed.join(', ')}${candidates.length ? ` (did you mean ${candidates[0]}?)` : ''}.`,
      {
        data: did(candidates, lv.span, 'Change permlevel to'),
      },
    );
    return;
  }
  if (info?.tba && !allowed.includes(lv.value)) {
    add('SDF-PERM-LEVEL', lv.span, `${info.name} (${info.id}) takes only NONE or FULL, not ${lv.value}; set it to FULL.`, {
      data: {
        kind: 'sdf-edits',
        action: 'set-level-full',
        fixes: [{ title: 'Set permlevel to FULL', edits: [replaceSpan(lv.span, 'FULL')], preferred: true }],
      },
    });
  }
}

function redundantLogin(f: SdfRoleFile, add: SdfAdd): void {
  const full = (id: string) => f.object!.permissions.find((p) => p.permkey?.value === id && p.permlevel?.value === 'FULL');
  const uat = full(UAT);
  const login = full(LOGIN);
  if (!uat || !login) return;
  add(
    'SDF-UAT-REDUNDANT-LOGIN',
    login.element.span,
    `This role has User Access Tokens (${UAT}), so Log in using Access Tokens (${LOGIN}) is unnecessary; remove it.`,
    {
      unnecessary: true,
      related: [{ loc: { file: f.file, span: uat.element.span }, message: 'User Access Tokens already allows token logins' }],
      data: {
        kind: 'sdf-edits',
        action: 'remove-permission',
        fixes: [{ title: `Remove the ${LOGIN} permission`, edits: [removeElement(f.doc, login.element)], preferred: true }],
      },
    },
  );
}

function did(candidates: string[], span: { start: number; end: number }, verb: string) {
  if (!candidates.length) return undefined;
  const fixes: EditFix[] = candidates.map((c, i) => ({ title: `${verb} ${c}`, edits: [replaceSpan(span, c)], preferred: i === 0 }));
  return { kind: 'sdf-edits' as const, action: 'did-you-mean' as const, fixes };
}

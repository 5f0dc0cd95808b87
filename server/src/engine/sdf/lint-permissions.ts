import { closest } from '../fuzzy';
import { EditFix } from '../finding';
import { findPermission, LOGIN, PERMISSIONS, PermissionInfo, UAT } from '../permissions';
import { removeElement, replaceSpan } from './edits';
import type { SdfAdd } from './lint';
import { SdfPermission, SdfRoleFile } from './role';
import { looksLikePermkey, permissionByKey, SDF_LEVELS } from './vocabulary';

/** Names and IDs the engine knows, for did-you-mean; a name suggests its ID. */
const HANDLES = PERMISSIONS.flatMap((p) => (p.id ? [p.id, p.name, ...p.aliases] : []));

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

function unknownPermkey(p: SdfPermission, info: PermissionInfo | undefined, add: SdfAdd): void {
  const key = p.permkey!.value;
  const named = findPermission(key);
  const ids = info ? [info.id] : named?.id ? [named.id] : closest(key, HANDLES).map((h) => findPermission(h)!.id);
  const candidates = [...new Set(ids)];
  // Real NetSuite IDs the engine does not know (LIST_…, TRAN_…) are fine: only near misses and non-IDs are reported.
  if (!candidates.length && looksLikePermkey(key)) return;
  const why = info
    ? 'permkeys are written in capitals'
    : named
      ? 'a permkey is the permission ID, not its name'
      : candidates.length
        ? 'it is not a permission ID the engine knows'
        : 'it is not shaped like a permission ID';
  const hint = candidates.length ? ` Did you mean ${candidates[0]}?` : '';
  add('SDF-UNKNOWN-PERMKEY', p.permkey!.span, `Unknown permkey '${key}': ${why}; it is not simulated.${hint}`, {
    data: did(candidates, p.permkey!.span, 'Change permkey to'),
  });
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

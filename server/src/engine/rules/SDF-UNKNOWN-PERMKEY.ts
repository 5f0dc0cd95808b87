import { DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { findPermission, isPermkeyShape, objectReference, permissionById, type PermissionInfo, safeToPrefer, typoOf } from '../permissions';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import type { SdfPermission } from '../sdf/role';
import { permissionByKey } from '../sdf/vocabulary';
import type { Rule, SdfAdd, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-UNKNOWN-PERMKEY',
  title: 'Unknown permkey',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.sdfPermission, 'For information about other possible values, see generic_permission.'),
    quote(DOC_PAGES.language, 'an unknown name or ID is a warning, never a crash, and is not simulated.'),
  ],
  help: "Write the permission ID exactly as NetSuite spells it (e.g. ADMI_LOGIN_OAUTH), not its name. Every ID of NetSuite's published permission list is known, and custom object references (customrecord_…, customtransaction_…, customsale_…, custompurchase_…, cseg…, [scriptid=…], [appid=…, scriptid=…], [type=…, scriptid=…]) are accepted. An ID shaped like NetSuite's but absent from the list is reported as information only: NetSuite exports some IDs that the list lacks.",
  check: { sdfPermission: permkey },
  sdfFix: sdfEditFixes,
};

function permkey(p: SdfPermission, _f: SdfRole, { add }: SdfRuleContext): void {
  const key = p.permkey?.value ?? '';
  if (!key) {
    add(
      'SDF-UNKNOWN-PERMKEY',
      p.permkey ? p.permkey.element.span : p.element.nameSpan,
      'This <permission> has no permkey: write the permission ID, e.g. ADMI_LOGIN_OAUTH.',
    );
    return;
  }
  const info = permissionByKey(key);
  if (!info || info.id !== key) unknownPermkey(p, info, add);
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
  if (isPermkeyShape(key)) {
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

export const examples = (): RuleExamples => ({
  checks:
    'A `<permkey>` that is empty, a permission name instead of its ID, a malformed reference, or not shaped like a permission ID (warning); or an ID shaped like NetSuite’s but absent from NetSuite’s published permission list (information only: NetSuite exports some IDs that the list lacks; a did-you-mean only for a plain typo, never preferred). Every listed ID, and custom object references (`customrecord_…`, `customtransaction_…`, `customsale_…`, `custompurchase_…`, `cseg…`, `[scriptid=…]`, `[appid=…, scriptid=…]`, `[type=…, scriptid=…]`), are accepted.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['Log in using Access Tokens', 'FULL']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';
import type { RoleDefinition } from '../model';
import { isPermissionIdShape, objectReference, PERMISSIONS, typoOf } from '../permissions';
import { didYouMeanFixes, hint } from './didYouMean';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'NSR-UNKNOWN-PERMISSION',
  title: 'Unknown permission',
  kind: 'lint',
  severity: 'warning',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.language, 'an unknown name or ID is a warning, never a crash, and is not simulated.')],
  help: 'Use a name, alias or ID of NetSuite’s permission list, e.g. "Log in using Access Tokens", "Set Up Accounting" or ADMI_ACCTSETUP. Custom object references (customrecord_x, "[scriptid=customrecord_x]") are accepted. An ID absent from the list is reported as information only: NetSuite exports some IDs that the list lacks.',
  check: { role: unknownPermissions },
  fix: didYouMeanFixes,
  autoFix: true,
};

const PERMISSION_HANDLES = PERMISSIONS.flatMap((p) => (p.id ? [p.name, p.id] : [p.name]));

/**
 * A permission the list does not hold. Custom object references are fine; an ID absent from the
 * list is only information (NetSuite exports IDs its list lacks) with a suggestion only for a
 * plain typo; other text is a warning with the closest names.
 */
function unknownPermissions(r: RoleDefinition, { add, closest }: LintContext): void {
  for (const g of r.permissions) {
    if (g.info) continue;
    const obj = objectReference(g.ref);
    if (obj && !('problem' in obj)) continue;
    if (obj) {
      add(
        'NSR-UNKNOWN-PERMISSION',
        g.refLoc,
        `'${g.ref}' is not a custom object reference: ${obj.problem}. Write "[scriptid=…]", "[appid=…, scriptid=…]" or "[type=…, scriptid=…]".`,
      );
      continue;
    }
    if (isPermissionIdShape(g.ref)) {
      const typo = typoOf(g.ref);
      add(
        'NSR-UNKNOWN-PERMISSION',
        g.refLoc,
        `${g.ref} is not in NetSuite's published list of permission IDs; NetSuite exports some IDs that the list lacks, so it is not simulated but may be right.${
          typo ? ` Did you mean ${typo.id} (${typo.name})?` : ''
        }`,
        { severity: 'information', data: typo && { kind: 'did-you-mean', refKind: 'permission', name: g.ref, candidates: [typo.id], preferNone: true } },
      );
      continue;
    }
    // Remembered: the list has some 1,350 names and IDs, and lint runs on every keystroke.
    const candidates = closest('permission', g.ref, PERMISSION_HANDLES);
    add(
      'NSR-UNKNOWN-PERMISSION',
      g.refLoc,
      `Unknown permission '${g.ref}'${hint(candidates)}: it is not simulated. Use the name shown in NetSuite or its permission ID.`,
      { data: { kind: 'did-you-mean', refKind: 'permission', name: g.ref, candidates } },
    );
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A `permission` line whose name, alias or ID is not in NetSuite’s published permission list (warning). An ID shaped like NetSuite’s but absent from the list is only information, since NetSuite exports some IDs that the list lacks; custom object references (`customrecord_…`, `"[scriptid=…]"`) are accepted. An unknown permission is kept, but not simulated, so a misspelt TBA permission leaves the role without it; its quick fix is never preferred when it would write a token, OAuth or 2FA-relevant permission.',
  avoid: {
    text: lines('role "RESTlet Integration" {', '  permission "Log in using Acess Tokens" full', '}', '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
  prefer: {
    text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
});

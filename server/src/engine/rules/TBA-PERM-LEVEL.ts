import { MANAGE_ROLES_PATH, DOC_PAGES, quote } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';
import type { PermissionGrant, RoleDefinition } from '../model';
import type { Fix, FixContext, LintContext, Rule } from './types';
import type { Finding } from '../finding';

export const rule: Rule<PermissionGrant> = {
  id: 'TBA-PERM-LEVEL',
  title: 'TBA permissions take only the levels none and full',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'No NetSuite page lists the levels of the three TBA permissions; they are added to a role or not, so only Full counts as holding one and view, create or edit is reported.',
  quotes: [
    quote(DOC_PAGES.seed, 'The following token-based authentication permissions can be added to roles as appropriate.'),
    quote(
      DOC_PAGES.accessLevels,
      'Note that for some permissions, only the minimum view level is required for usage, and other levels do not provide any additional capabilities.',
    ),
  ],
  help: 'Set the level to `full` (or remove the permission). Access Token Management, User Access Tokens and Log in using Access Tokens have no view, create or edit level.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
  check: { role: levels },
  fix: setLevelFull,
};

function levels(r: RoleDefinition, { add }: LintContext): void {
  for (const g of r.permissions) {
    if (g.info?.tba && g.level !== 'none' && g.level !== 'full') {
      add(rule, g.levelLoc ?? g.loc, `${g.info.name} takes only the levels none and full, not '${g.level}'; set it to full to grant it, or none.`, {
        data: { kind: 'set-level-full' },
        subject: g,
      });
    }
  }
}

/**
 * Works on the grant the check reported; a level other than none or full is always written.
 * Full grants what the line names, which decisions now treat as not granted; none keeps the
 * decisions as they are. The author chooses: neither is preferred, and fix-all applies neither.
 */
function setLevelFull({ file }: FixContext, f: Finding<PermissionGrant>): Fix[] {
  const level = f.subject?.levelLoc;
  if (!level) return [];
  return [
    { title: 'Set the level to full', edits: [{ file, span: level.span, newText: 'full' }] },
    { title: 'Set the level to none (as it is decided now)', edits: [{ file, span: level.span, newText: 'none' }] },
  ];
}

export const examples = (): RuleExamples => ({
  checks:
    'A TBA permission (Access Token Management, User Access Tokens, Log in using Access Tokens) at a level other than `none` or `full`. These permissions have no view, create or edit level; the engine treats such a line as not granted.',
  avoid: {
    text: lines('role "RESTlet Integration" {', '  permission "Log in using Access Tokens" edit', '}', '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
  prefer: {
    text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
});

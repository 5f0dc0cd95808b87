import { MANAGE_ROLES_PATH, DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { replaceSpan, sdfEditFixes } from '../sdf/edits';
import { permissionByKey, SDF_LEVELS } from '../sdf/vocabulary';
import type { SdfPermission } from '../sdf/role';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-PERM-LEVEL',
  title: 'TBA permissions take only NONE or FULL in SDF roles',
  kind: 'lint',
  severity: 'error',
  basis: 'inferred',
  inferredFrom:
    'No NetSuite page lists the levels of the three TBA permissions; they are added to a role or not, so only FULL counts as holding one and VIEW, CREATE or EDIT is reported.',
  quotes: [
    quote(DOC_PAGES.seed, 'The following token-based authentication permissions can be added to roles as appropriate.'),
    quote(DOC_PAGES.sdfPermission, 'For information about possible values, see generic_permission_level.'),
  ],
  help: 'Set `<permlevel>` to FULL (or NONE, or remove the permission): Access Token Management, User Access Tokens and Log in using Access Tokens have no VIEW, CREATE or EDIT level.',
  uiPath: MANAGE_ROLES_PATH,
  remedyUrl: DOC_PAGES.seed.url,
  check: { sdfPermission: tbaLevel },
  sdfFix: sdfEditFixes,
};

/** A TBA permission at VIEW, CREATE or EDIT (an unknown level is SDF-PERMLEVEL-VALUE's). */
function tbaLevel(p: SdfPermission, _f: SdfRole, { add }: SdfRuleContext): void {
  const info = p.permkey?.value ? permissionByKey(p.permkey.value) : undefined;
  const lv = p.permlevel;
  if (!info?.tba || !lv || !(SDF_LEVELS as readonly string[]).includes(lv.value) || lv.value === 'NONE' || lv.value === 'FULL') return;
  // FULL grants what the line names, which decisions now treat as not granted; NONE keeps the
  // decisions as they are. The author chooses: neither is preferred.
  add('SDF-PERM-LEVEL', lv.span, `${info.name} (${info.id}) takes only NONE or FULL, not ${lv.value}; set it to FULL to grant it, or NONE.`, {
    data: {
      kind: 'sdf-edits',
      action: 'set-level-full',
      fixes: [
        { title: 'Set permlevel to FULL', edits: [replaceSpan(lv.span, 'FULL')] },
        { title: 'Set permlevel to NONE (as it is decided now)', edits: [replaceSpan(lv.span, 'NONE')] },
      ],
    },
  });
}

export const examples = (): RuleExamples => ({
  checks:
    'A TBA permission (ADMI_MANAGE_OAUTH_TOKENS, ADMI_MANAGE_OWN_OAUTH_TOKENS, ADMI_LOGIN_OAUTH) in a SuiteCloud role object at a `<permlevel>` other than NONE or FULL. These permissions have no VIEW, CREATE or EDIT level.',
  avoid: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'EDIT']]),
  },
  prefer: {
    file: `${OBJECTS}/customrole_restlet_integration.xml`,
    text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
  },
});

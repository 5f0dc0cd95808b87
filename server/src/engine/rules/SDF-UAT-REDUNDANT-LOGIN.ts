import { MANAGE_ROLES_PATH, DOC_PAGES, quote } from '../citations';
import { BASIC, OBJECTS, type RuleExamples, sdfRole } from './examples';
import { LOGIN, UAT } from '../permissions';
import { removeElement, sdfEditFixes } from '../sdf/edits';
import { permissionByKey } from '../sdf/vocabulary';
import type { Rule, SdfRole, SdfRuleContext } from './types';

export const rule: Rule = {
  id: 'SDF-UAT-REDUNDANT-LOGIN',
  title: 'ADMI_LOGIN_OAUTH is unnecessary beside ADMI_MANAGE_OWN_OAUTH_TOKENS',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.')],
  help: 'Remove the ADMI_LOGIN_OAUTH `<permission>`: User Access Tokens (ADMI_MANAGE_OWN_OAUTH_TOKENS) already lets the role log in with its own tokens.',
  uiPath: MANAGE_ROLES_PATH,
  check: { sdfRole: redundantLogin },
  sdfFix: sdfEditFixes,
};

function redundantLogin(f: SdfRole, { add }: SdfRuleContext): void {
  // As decisions read the role: the first permkey naming a permission counts (SDF-DUPLICATE-PERMKEY).
  const full = (id: string) => {
    const first = f.object.permissions.find((p) => !!p.permkey?.value && permissionByKey(p.permkey.value)?.id === id);
    return first?.permlevel?.value.toUpperCase() === 'FULL' ? first : undefined;
  };
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

export const examples = (): RuleExamples => ({
  checks:
    'A SuiteCloud role object with both ADMI_MANAGE_OWN_OAUTH_TOKENS (User Access Tokens) and ADMI_LOGIN_OAUTH (Log in using Access Tokens) at FULL. The second adds nothing.',
  avoid: {
    file: `${OBJECTS}/customrole_developer.xml`,
    text: sdfRole(
      'customrole_developer',
      [...BASIC, ['name', 'Developer']],
      [
        ['ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL'],
        ['ADMI_LOGIN_OAUTH', 'FULL'],
      ],
    ),
  },
  prefer: {
    file: `${OBJECTS}/customrole_developer.xml`,
    text: sdfRole('customrole_developer', [...BASIC, ['name', 'Developer']], [['ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL']]),
  },
});

import { MANAGE_ROLES_PATH, DOC_PAGES, quote } from '../citations';
import { DEVELOPER, lines, type RuleExamples } from './examples';
import { changeEdits, removeStatement } from '../edits';
import { firstGrants } from '../facts';
import type { Finding } from '../finding';
import type { RoleDefinition } from '../model';
import { LOGIN, UAT } from '../permissions';
import type { Fix, FixContext, LintContext, Rule } from './types';

export const rule: Rule<RoleDefinition> = {
  id: 'TBA-UAT-REDUNDANT-LOGIN',
  title: 'Log in using Access Tokens is unnecessary beside User Access Tokens',
  kind: 'lint',
  severity: 'hint',
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'A user assigned the User Access Tokens permission does not also need the Log in using Access Tokens permission.')],
  help: 'Remove the Log in using Access Tokens permission from this role: User Access Tokens already lets its users log in with their tokens.',
  uiPath: MANAGE_ROLES_PATH,
  check: { role: redundantLogin },
  fix: removeLogin,
  autoFix: true,
};

function redundantLogin(r: RoleDefinition, { add }: LintContext): void {
  const full = (id: string) => firstGrants(r).find((g) => g.info?.id === id && g.level === 'full');
  const uat = full(UAT);
  const login = full(LOGIN);
  if (uat && login) {
    add(rule, login.loc, `Role '${r.name}' has User Access Tokens, so Log in using Access Tokens is unnecessary; remove it.`, {
      unnecessary: true,
      related: [{ loc: uat.loc, message: 'User Access Tokens already allows token logins' }],
      data: { kind: 'remove-permission', role: r.name },
      subject: r,
    });
  }
}

/** Works on the role the check reported. */
function removeLogin({ loaded, index, file, tree }: FixContext, f: Finding<RoleDefinition>): Fix[] {
  const role = f.subject;
  if (!role) return [];
  // Every full grant of the login permission goes: with one left the finding would stay. By name
  // the change reaches the first role of that name; a later one with the same name gets its own
  // full login grants removed here.
  const r = index.role(role.name) === role ? changeEdits(loaded, [{ kind: 'remove-permission', role: role.name, permission: LOGIN }]) : undefined;
  const grants = role.permissions.filter((g) => g.info?.id === LOGIN && g.level === 'full' && g.loc.file === file);
  const edits = r && 'edits' in r ? r.edits : grants.map((g) => ({ file, ...removeStatement(tree.text, g.loc.span) }));
  return [{ title: 'Remove the unnecessary permission', edits, preferred: true, auto: true }];
}

export const examples = (): RuleExamples => ({
  checks:
    'A role that has User Access Tokens and also Log in using Access Tokens. The second adds nothing — User Access Tokens already allows logging in with the tokens — and is shown faded so it can be removed.',
  avoid: {
    text: lines(
      'role "Developer" {',
      '  permission "User Access Tokens" full',
      '  permission "Log in using Access Tokens" full',
      '}',
      '',
      'user "dave@acme.com" { role "Developer" }',
    ),
  },
  prefer: {
    text: lines(DEVELOPER, '', 'user "dave@acme.com" { role "Developer" }', '', 'expect "dave@acme.com" as "Developer" can restlet-login'),
  },
});

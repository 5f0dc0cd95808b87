import { DOC_PAGES, quote } from '../citations';
import { lines, RESTLET, type RuleExamples } from './examples';
import type { LintContext, Rule } from './types';
import type { RoleDefinition } from '../model';
import { permissionKey } from '../permissions';
import type { Location } from '../text';
import { nameKey } from '../vocabulary';

export const rule: Rule = {
  id: 'NSR-DUPLICATE',
  title: 'Defined twice',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(DOC_PAGES.language, 'Names (roles, users, integrations, tokens) are strings and compare case-insensitively, with surrounding whitespace trimmed.'),
  ],
  help: 'Merge the two definitions or rename one; only the first one counts.',
  check: { account: duplicates, role: duplicatePermissions },
};

/** Each role, user, integration, token and role id defined once; each role held once by a user. */
function duplicates({ model, index, add }: LintContext): void {
  const check = <T extends { key: string; name: string; nameLoc: Location }>(
    kind: string,
    list: T[],
    first: Map<string, T>,
    message = (d: T) => `The ${kind} '${d.name}' is already defined; merge the two or rename this one (only the first counts).`,
  ) => {
    for (const d of list) {
      const f = first.get(d.key);
      if (f && f !== d) add('NSR-DUPLICATE', d.nameLoc, message(d), { related: [{ loc: f.nameLoc, message: `First definition of ${kind} '${f.name}'` }] });
    }
  };
  // Roles are told apart by name: one reached by its id still decides as the first of its name.
  // Two SuiteCloud role objects are two records, so the remedy is a name of its own. A role file's
  // block beside a role object describes what NetSuite exported: the block is the one to change,
  // and it is reported once, against the first role object of its name.
  const groups = new Map<string, RoleDefinition[]>();
  for (const r of model.roles) {
    const g = groups.get(r.key);
    if (g) g.push(r);
    else groups.set(r.key, [r]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0];
    const object = group.find((r) => r.origin === 'sdf');
    const block = group.find((r) => r.origin === 'nsroles');
    group.forEach((r, i) => {
      // A block beside a role object: the block is reported once, against the first object; that
      // object is what it is compared with.
      if (object && block && r === object) return;
      if (object && block && r === block) {
        const counts =
          block === first
            ? "Only this block counts: decisions use its settings, not the role object's"
            : 'Only the role object counts: this block is never used';
        add(
          'NSR-DUPLICATE',
          block.nameLoc,
          `The role '${block.name}' is also the SuiteCloud role object ${objectName(object)}; remove this block (a role file names the object's role by its name or scriptid) or rename it. ${counts}.`,
          { related: [{ loc: object.nameLoc, message: `Role object '${object.name}'` }] },
        );
        return;
      }
      if (i === 0) return;
      // Any other: against the first of its own kind before it, block or object.
      const earlier = group.slice(0, i).find((x) => x.origin === r.origin) ?? first;
      const todo = r.origin === 'sdf' ? 'give this role object a <name> of its own' : 'merge the two or rename this one';
      const why = r.id ? `decisions for ${r.id.value} use the first role's settings` : 'this one is never used';
      add('NSR-DUPLICATE', r.nameLoc, `The role '${r.name}' is already defined; ${todo}. Only the first counts: ${why}.`, {
        related: [{ loc: earlier.nameLoc, message: `First definition of role '${earlier.name}'` }],
      });
    });
  }
  check('user', model.users, index.users);
  check('integration', model.integrations, index.integrations);
  check('token', model.tokens, index.tokens);
  const ids = new Map<string, RoleDefinition>();
  for (const r of model.roles) {
    if (!r.id) continue;
    const k = nameKey(r.id.value);
    const f = ids.get(k);
    if (f && f.key !== r.key) {
      if (f.origin !== r.origin) {
        // The same scriptid in a role file and on a role object: one NetSuite role, described twice.
        const [block, object] = r.origin === 'nsroles' ? [r, f] : [f, r];
        add(
          'NSR-DUPLICATE',
          block.id!.loc,
          `The role id '${block.id!.value}' is the scriptid of the SuiteCloud role object '${object.name}' (${objectName(object)}): both describe one NetSuite role. Remove this block, or its id.`,
          { related: [{ loc: object.id!.loc, message: `Role object '${object.name}'` }] },
        );
      } else
        add('NSR-DUPLICATE', r.id.loc, `The role id '${r.id.value}' is already used by role '${f.name}'; give each role its own id.`, {
          related: [{ loc: f.id!.loc, message: `Id first used by role '${f.name}'` }],
        });
    } else if (!f) ids.set(k, r);
  }
  for (const u of model.users) {
    const seen = new Set<string>();
    for (const ref of u.roles) {
      const role = index.role(ref);
      if (!role) continue;
      if (seen.has(role.key)) add('NSR-DUPLICATE', ref.loc, `User '${u.name}' already has the role '${role.name}'; remove this line.`);
      seen.add(role.key);
    }
  }
}

/** A role object by its file's name, as a reader finds it in the project. */
function objectName(r: RoleDefinition): string {
  return r.loc.file.split(/[\\/]/).pop() ?? r.loc.file;
}

/** A permission listed twice in one role: the first line counts. */
function duplicatePermissions(r: RoleDefinition, { add }: LintContext): void {
  const seen = new Map<string, Location>();
  for (const g of r.permissions) {
    if (!g.info) continue;
    const key = permissionKey(g.info);
    const first = seen.get(key);
    if (first)
      add('NSR-DUPLICATE', g.refLoc, `Role '${r.name}' already lists ${g.info.name}; remove this line.`, {
        related: [{ loc: first, message: 'First listed here' }],
      });
    else seen.set(key, g.refLoc);
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A role, user, integration or token defined twice (names compare without regard to case or surrounding blanks), a role id used by two roles, a user given the same role twice, or a role listing the same permission twice. Only the first definition counts, so edits to the second silently change nothing.',
  avoid: {
    text: lines(
      RESTLET,
      '',
      '# Added later for the SOAP sync: same name in other case, so it is ignored.',
      'role "restlet integration" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
    ),
  },
  prefer: {
    text: lines(
      RESTLET,
      '',
      'role "SOAP Sync" {',
      '  permission "Log in using Access Tokens" full',
      '  web-services-only',
      '}',
      '',
      'user "svc-orders" { role "RESTlet Integration" }',
      'user "svc-inventory" { role "SOAP Sync" }',
    ),
  },
});

import { DOC_PAGES, quote } from '../citations';
import { sameList } from '../facts';
import { lines, RESTLET, type RuleExamples } from './examples';
import type { NameRef, RoleRef } from '../model';
import { didYouMeanFixes, hint } from './didYouMean';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: 'NSR-UNKNOWN-REF',
  title: 'Reference to an undefined role, user, integration or token',
  kind: 'lint',
  severity: 'error',
  basis: 'documented',
  quotes: [
    quote(
      DOC_PAGES.language,
      "A role reference (in `user`, `token`, `expect … as`, CLI `--role`/`--for-role`) is either the role's quoted name or its bare id",
    ),
    quote(DOC_PAGES.language, 'User, integration and token references are quoted names.'),
  ],
  help: 'Correct the name (names compare case-insensitively) or define it.',
  check: { account: references },
  fix: didYouMeanFixes,
  autoFix: true,
};

function references({ model, index, add, push, closest, cache }: LintContext): void {
  // Candidate lists are built once per lint, on the first unknown reference, not once per reference.
  let roleNameList: string[] | undefined;
  const roleNames = () => (roleNameList ??= [...index.roles.values()].map((r) => r.name).concat([...index.rolesById.keys()]));
  const nameLists = new Map<Map<string, { name: string }>, string[]>();
  const namesOf = (map: Map<string, { name: string }>) => {
    let list = nameLists.get(map);
    if (!list) nameLists.set(map, (list = [...map.values()].map((v) => v.name)));
    return list;
  };
  // A reference that stays unknown with the same suggestions keeps its finding from the last lint:
  // right after a rename most references are unknown, and an edit changes few of them.
  const report = (ref: NameRef | RoleRef, kind: 'role' | 'user' | 'integration', candidates: string[]) => {
    const kept = cache.unknownRefs.get(ref);
    if (kept && sameList(kept.candidates, candidates)) return push(kept.finding);
    const finding = add('NSR-UNKNOWN-REF', ref.loc, `No ${kind} '${ref.name}' is defined${hint(candidates)}.`, {
      data: { kind: 'did-you-mean', refKind: kind, name: ref.name, candidates },
    });
    cache.unknownRefs.set(ref, { candidates, finding });
  };
  const role = (ref: RoleRef | undefined) => {
    if (!ref || index.role(ref)) return;
    report(ref, 'role', closest('role', ref.name, roleNames()));
  };
  const named = (ref: NameRef | undefined, kind: 'user' | 'integration', map: Map<string, { name: string }>) => {
    if (!ref || map.has(ref.key)) return;
    report(ref, kind, closest(kind, ref.name, namesOf(map)));
  };
  for (const u of model.users) u.roles.forEach(role);
  for (const t of model.tokens) {
    named(t.user, 'user', index.users);
    role(t.role);
    named(t.integration, 'integration', index.integrations);
    named(t.createdBy, 'user', index.users);
  }
  for (const e of model.expects) {
    named(e.actor, 'user', index.users);
    role(e.role);
    if (e.target) {
      named(e.target.user, 'user', index.users);
      role(e.target.role);
    }
    named(e.integration, 'integration', index.integrations);
  }
}

export const examples = (): RuleExamples => ({
  checks:
    'A reference to a role, user or integration that is not defined in the account (its files and what they include). Names compare without regard to case; the message suggests the closest defined name.',
  avoid: {
    text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integation" }'),
  },
  prefer: {
    text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
  },
});

import { compareNames, type FileEdit, type Location, type NameRef, nameKey, quoteName, type Span } from '../engine';
import { type Analysis, eachRoleRef, resolveRole, treeOf } from './analysis';
import type { Entity } from './locate';

/** One place an entity is written: its declaration or a reference to it. */
export interface Occurrence {
  loc: Location;
  decl: boolean;
}

/**
 * Every place the entity is written across the account's files. For a rename, only the
 * places written in the same form: renaming a role's name leaves references by id alone. With
 * `declarationsOnly` (go to definition), the references are not looked for: at 100,000 lines
 * that walk was most of a definition request.
 */
export function occurrences(a: Analysis, e: Entity, forRename = false, declarationsOnly = false): Occurrence[] {
  const m = a.loaded.model;
  const out: Occurrence[] = [];
  const refs = (list: (NameRef | undefined)[]) => {
    if (declarationsOnly) return;
    for (const r of list) if (r && r.key === e.key) out.push({ loc: r.loc, decl: false });
  };
  switch (e.kind) {
    case 'role': {
      const role = e.role;
      if (!role) {
        if (!declarationsOnly)
          eachRoleRef(a, (r) => {
            if (r.key === e.key && !resolveRole(a.index, r)) out.push({ loc: r.loc, decl: false });
          });
        break;
      }
      const byName = !forRename || e.via === 'name';
      const byId = !forRename || e.via === 'id';
      if (byName) for (const r of m.roles) if (r.key === role.key) out.push({ loc: r.nameLoc, decl: true });
      if (byId && role.id) out.push({ loc: role.id.loc, decl: true });
      if (declarationsOnly) break;
      // A reference resolves to the role only by its name's key or its id's: compared first, so
      // only those few are resolved (30,000 lookups at 100,000 lines, on every cursor move).
      const idKey = role.id && nameKey(role.id.value);
      eachRoleRef(a, (r) => {
        if (r.key !== role.key && r.key !== idKey) return;
        const hit = resolveRole(a.index, r);
        if (hit?.role === role && ((hit.via === 'name' && byName) || (hit.via === 'id' && byId))) out.push({ loc: r.loc, decl: false });
      });
      break;
    }
    case 'user':
      for (const u of m.users) if (u.key === e.key) out.push({ loc: u.nameLoc, decl: true });
      for (const t of m.tokens) refs([t.user, t.createdBy]);
      for (const x of m.expects) refs([x.actor, x.target?.user]);
      break;
    case 'integration':
      for (const i of m.integrations) if (i.key === e.key) out.push({ loc: i.nameLoc, decl: true });
      for (const t of m.tokens) refs([t.integration]);
      break;
    case 'token':
      for (const t of m.tokens) if (t.key === e.key) out.push({ loc: t.nameLoc, decl: true });
      break;
  }
  return sortLocations(out);
}

function sortLocations(list: Occurrence[]): Occurrence[] {
  return list.sort((x, y) => compareNames(x.loc.file, y.loc.file) || x.loc.span.start - y.loc.span.start);
}

const WORD = /^[A-Za-z0-9_.@-]+$/;

/** The part of a name a rename replaces: inside the quotes, or the whole bare word. */
export function nameSpan(a: Analysis, loc: Location): Span {
  const text = treeOf(a, loc.file)?.text ?? '';
  const { start, end } = loc.span;
  if (text[start] === '"' && end - start >= 2 && text[end - 1] === '"') return { start: start + 1, end: end - 1 };
  return loc.span;
}

/** Why a new name cannot be used, or undefined when it can. */
export function renameProblem(a: Analysis, e: Entity, newName: string): string | undefined {
  const name = newName.trim();
  if (!name) return 'The new name is empty.';
  if (/[\r\n]/.test(newName)) return 'Names are written on one line.';
  if (e.kind === 'role' && e.role?.origin === 'sdf') return `Role '${e.role.name}' is a SuiteCloud role object: rename it in its XML file.`;
  if (e.kind === 'role' && e.via === 'id' && !WORD.test(name)) return 'A role id is one word of letters, digits, _ - . or @.';
  const key = name.toLowerCase();
  if (key === e.key) return undefined;
  const taken =
    e.kind === 'role'
      ? e.via === 'id'
        ? a.index.rolesById.has(key)
        : a.index.roles.has(key)
      : e.kind === 'user'
        ? a.index.users.has(key)
        : e.kind === 'integration'
          ? a.index.integrations.has(key)
          : a.index.tokens.has(key);
  return taken ? `A ${e.kind}${e.kind === 'role' && e.via === 'id' ? ' id' : ''} '${name}' already exists.` : undefined;
}

/** The edits of a rename, across every file of the account. */
export function renameEdits(a: Analysis, e: Entity, newName: string): FileEdit[] {
  const name = newName.trim();
  return occurrences(a, e, true).map((o) => {
    const inner = nameSpan(a, o.loc);
    const quoted = inner !== o.loc.span;
    if (quoted) return { file: o.loc.file, span: inner, newText: quoteName(name).slice(1, -1) };
    // A bare word stays bare for ids; a bare reference by name becomes a quoted name.
    return { file: o.loc.file, span: o.loc.span, newText: e.kind === 'role' && e.via === 'id' ? name : quoteName(name) };
  });
}

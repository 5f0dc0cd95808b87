// The did-you-mean fix that NSR-UNKNOWN-REF and NSR-UNKNOWN-PERMISSION share.
import { eolOfTree, type FileEdit, quoteName } from '../edits';
import type { Finding } from '../finding';
import type { AccountIndex } from '../lookup';
import { findPermission, safeToPrefer } from '../permissions';
import type { SyntaxTree } from '../syntax';
import { nameKey } from '../vocabulary';
import type { Fix, FixContext } from './types';

/** The message's suggestion, from the closest candidates. */
export function hint(candidates: string[]): string {
  return candidates.length ? ` (did you mean '${candidates[0]}'?)` : '';
}

/** Change to each candidate; create the missing role, user or integration. */
export function didYouMeanFixes({ index, file, tree }: FixContext, f: Finding): Fix[] {
  const d = f.data;
  if (d?.kind !== 'did-you-mean') return [];
  // A permission fix never replaces what may be a real ID, nor writes one that gives token or 2FA-relevant access.
  const safe = (c: string) => d.refKind !== 'permission' || (!d.preferNone && safeToPrefer(findPermission(c)!));
  const fixes: Fix[] = d.candidates.map((c, i) => ({
    title: `Change to '${c}'`,
    edits: [{ file, span: f.loc.span, newText: refText(index, d.refKind, c) }],
    preferred: i === 0 && safe(c),
    auto: d.candidates.length === 1 && safe(c),
  }));
  const create = createEdit(tree, file, d.refKind, d.name, tree.text[f.loc.span.start] !== '"');
  if (create) fixes.push({ title: `Create ${d.refKind} '${d.name}'`, edits: [create] });
  return fixes;
}

/** How to write a candidate name where a reference of this kind goes. */
function refText(index: AccountIndex, kind: string, c: string): string {
  if (kind === 'permission') return findPermission(c)?.id === c ? c : quoteName(c);
  if (kind !== 'role') return quoteName(c);
  const byName = index.roles.get(nameKey(c));
  if (byName) return quoteName(byName.name);
  return index.rolesById.get(nameKey(c))?.id?.value ?? quoteName(c);
}

/** A new, empty declaration at the end of the file. */
function createEdit(tree: SyntaxTree, file: string, kind: string, name: string, bare: boolean): FileEdit | undefined {
  if (kind !== 'role' && kind !== 'user' && kind !== 'integration') return undefined;
  const nl = eolOfTree(tree);
  const body = kind === 'role' && bare ? ` id ${name} ` : kind === 'integration' ? `${nl}  token-based-authentication enabled${nl}  state enabled${nl}` : '';
  const decl = `${kind} ${quoteName(name)} {${body}}`;
  const end = tree.text.length;
  const lead = end === 0 ? '' : tree.text.endsWith('\n') ? nl : nl + nl;
  return { file, span: { start: end, end }, newText: `${lead}${decl}${nl}` };
}

/** `nsroles diff`: who gains or loses token access between two revisions of a repository. */
import * as fs from 'fs';
import * as path from 'path';
import { accessDelta, accountEntries, type DeltaSide, isSdfRoleFile, loadAccount, ParseCache, parseSdfRole, type SdfRoleFile } from '../engine';
import type { AccessChange, AccessDelta } from '../../../shared/protocol/wire';
import { renderMarkdown, summaryLine, targetText } from '../../../shared/accessText';
import { readProblem, roleObjectProblem } from './output';
import { EXIT, UsageError } from './errors';
import { repositoryRoot, resolveRevision, revisionTree, type Tree, workingTree } from './git';
import type { Style } from './style';

/** The contract's PAIR: each line as `{file, line, text}` (which side a line is on is for the editor's links). */
function plain(list: AccessChange[]): AccessChange[] {
  return list.map((c) => ({ ...c, changes: c.changes.map(({ file, line, text }) => ({ file, line, text })) }));
}

export interface DiffOptions {
  paths: string[];
  base?: string;
  head?: string;
  format: string;
  failOnNewAccess: boolean;
}

const under = (file: string, dir: string) => file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/** The `.nsroles` files of a tree that the paths name (a file, or every one below a folder). */
function scopeFiles(tree: Tree, scopes: string[]): string[] {
  return [...tree.files].filter((f) => f.endsWith('.nsroles') && scopes.some((s) => under(f, s))).sort();
}

/** The entry files of the accounts a tree's files in scope form. */
function entriesOf(tree: Tree, files: string[]): string[] {
  return accountEntries(files, { read: (f) => tree.read(f), resolve: (from, p) => path.resolve(path.dirname(from), p) });
}

/** The SuiteCloud role objects an entry sees in a tree, as `nsroles check` finds them on disk. */
function roleObjectFiles(tree: Tree, root: string, entry: string): string[] {
  const xml = [...tree.files].filter((f) => /\.xml$/i.test(f));
  // A FileCabinet beside manifest.xml in that revision holds documents, as check reads the disk.
  const hasManifest = (folder: string) => tree.files.has(path.join(folder, 'manifest.xml'));
  let dir = path.dirname(entry);
  for (;;) {
    const objects = path.join(dir, 'src', 'Objects') + path.sep;
    if (tree.files.has(path.join(dir, 'manifest.xml')) || xml.some((f) => f.startsWith(objects))) {
      return xml.filter((f) => under(f, dir) && isSdfRoleFile(f, tree.read(f) ?? '', hasManifest)).sort();
    }
    if (dir === root || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  return xml.filter((f) => path.dirname(f) === path.dirname(entry) && isSdfRoleFile(f, tree.read(f) ?? '', hasManifest)).sort();
}

function sideOf(tree: Tree, root: string, entry: string): DeltaSide {
  const exists = tree.files.has(entry);
  // The project's role objects stay on a side whose entry file is gone (deleted or renamed): they
  // did not change, so their lines are not among the changes that flipped a pair.
  const sdf = roleObjectFiles(tree, root, entry);
  const objects = new Set(sdf);
  return {
    read: (f) => (exists || objects.has(f) ? tree.read(f) : undefined),
    load: (read, cache) => {
      const objects = sdf.flatMap((f): SdfRoleFile[] => {
        const text = read(f);
        return text === undefined ? [] : [parseSdfRole(f, text)];
      });
      return loadAccount(entry, { read, resolve: (from, p) => path.resolve(path.dirname(from), p) }, { cache, sdf: objects });
    },
    label: (f) => path.relative(root, f).split(path.sep).join('/'),
  };
}

/**
 * The first syntax or include problem of the account an entry starts on one side, or the first
 * role object it reads that is not well-formed XML, as `file:line:col: message`: decided from a
 * file it cannot read whole, the delta would be wrong.
 */
function firstProblem(tree: Tree, side: DeltaSide, entry: string): string | undefined {
  if (!tree.files.has(entry)) return undefined;
  const loaded = side.load((f) => side.read(f), new ParseCache());
  const label = (f: string) => side.label?.(f) ?? f;
  const bad = readProblem(loaded, label);
  if (bad) return bad;
  // A role object cut short is read up to there: its role may lack what the rest grants or restricts.
  for (const o of loaded.sdf?.values() ?? []) {
    const p = roleObjectProblem(o, label);
    if (p) return p;
  }
  return undefined;
}

function renderText(d: AccessDelta, base: string, head: string, style: Style): string {
  const out = [style.bold(`Access from ${base} to ${head}: ${summaryLine(d)}`)];
  const list = (changes: AccessChange[], sign: string, color: (s: string) => string) => {
    for (const c of changes) {
      const target = targetText(c);
      out.push(color(`${sign} ${c.user} as ${c.role}: ${c.action}${target ? ` (${target})` : ''} [${c.rule}]`));
      out.push(`    ${c.because}`);
      for (const l of c.changes) out.push(`    ${l.file}:${l.line}: ${l.text}`);
    }
  };
  list(d.granted, '+', style.green);
  list(d.revoked, '-', style.red);
  return out.join('\n') + '\n';
}

export function diff(o: DiffOptions, style: Style): { stdout: string; stderr: string; code: number } {
  if (!['text', 'json', 'markdown'].includes(o.format)) throw new UsageError(`unknown --format '${o.format}': use text, json or markdown`);
  const paths = (o.paths.length ? o.paths : ['.']).map((p) => ({ shown: p, abs: path.resolve(p) }));
  const first = paths[0];
  // A path may exist only in the base revision: ask git from the nearest folder that exists.
  let probe = first.abs;
  while (!fs.existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  const root = repositoryRoot(fs.statSync(probe).isDirectory() ? probe : path.dirname(probe), first.shown);
  for (const p of paths) if (!under(p.abs, root)) throw new UsageError(`${p.shown}: outside the repository ${root}`);
  const baseRev = o.base ?? 'HEAD';
  const base = revisionTree(root, baseRev, resolveRevision(root, baseRev));
  const head = o.head === undefined ? workingTree(root) : revisionTree(root, o.head, resolveRevision(root, o.head));
  const scopes = paths.map((p) => p.abs);
  const inBase = scopeFiles(base, scopes);
  const inHead = scopeFiles(head, scopes);
  for (const p of paths) {
    const known = [...base.files, ...head.files].some((f) => under(f, p.abs));
    if (!known) throw new UsageError(`${p.shown}: no such file or folder in ${base.name} or ${head.name}`);
  }
  const entries = [...new Set([...entriesOf(base, inBase), ...entriesOf(head, inHead)])].sort();
  const delta: AccessDelta = { granted: [], revoked: [] };
  let stderr = '';
  for (const entry of entries) {
    const [before, after] = [sideOf(base, root, entry), sideOf(head, root, entry)];
    // The side under review must read whole, as FILE must for simulate; a broken base is history,
    // so it is named and the delta is still given.
    const broken = firstProblem(head, after, entry);
    if (broken) throw new UsageError(`${broken} (in ${head.name})`);
    const old = firstProblem(base, before, entry);
    if (old) stderr += `nsroles: warning: ${old} (in ${base.name}): its access is read only up to there.\n`;
    const d = accessDelta(before, after);
    delta.granted.push(...d.granted);
    delta.revoked.push(...d.revoked);
  }
  const code = o.failOnNewAccess && delta.granted.length ? EXIT.findings : EXIT.ok;
  let stdout: string;
  if (o.format === 'json')
    stdout = JSON.stringify({ base: base.name, head: head.name, granted: plain(delta.granted), revoked: plain(delta.revoked) }, null, 2) + '\n';
  else if (o.format === 'markdown') stdout = renderMarkdown(delta, base.name, head.name);
  else stdout = renderText(delta, base.name, head.name, style);
  return { stdout, stderr, code };
}

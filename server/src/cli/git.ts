/**
 * Reading a repository at a revision for `nsroles diff`, through the user's own `git`
 * (a subprocess, not a library): it resolves every revision syntax, worktree and config the
 * user's repository uses exactly as their other git commands do, and adds no dependency.
 * Each revision costs two git calls: one listing, one batch read of the role files.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './errors';

/** A version of the repository's files: a revision, or the working tree. */
export interface Tree {
  /** What the user called it: the revision as given, or `working tree`. */
  name: string;
  /** Absolute paths of every file in it. */
  files: ReadonlySet<string>;
  read(file: string): string | undefined;
}

const MAX_OUTPUT = 512 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string): { ok: boolean; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? 'git was not found: nsroles diff needs git on the PATH' : `git failed: ${r.error.message}`);
  }
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** The top folder of the repository containing `dir`. */
export function repositoryRoot(dir: string, shown: string): string {
  if (!fs.existsSync(dir)) throw new UsageError(`${shown}: no such file or folder`);
  const r = git(dir, ['rev-parse', '--show-toplevel']);
  if (!r.ok) throw new UsageError(`${shown}: not in a git repository`);
  return path.resolve(r.stdout.toString('utf8').trim());
}

/** The commit a revision names; a one-line usage error when there is none. */
export function resolveRevision(root: string, rev: string): string {
  if (!rev || rev.startsWith('-')) throw new UsageError(`unknown revision '${rev}'`);
  const r = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (!r.ok) throw new UsageError(`unknown revision '${rev}' in ${root}`);
  return r.stdout.toString('utf8').trim();
}

const ROLE_FILE = /\.(nsroles|xml)$/i;

function nulList(b: Buffer): string[] {
  return b
    .toString('utf8')
    .split('\0')
    .filter((s) => s.length > 0);
}

/** The files of a commit; the role files (`.nsroles`, `.xml`) read in one `git cat-file --batch`. */
export function revisionTree(root: string, rev: string, commit: string): Tree {
  const listed = git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]);
  if (!listed.ok) throw new UsageError(`cannot list revision '${rev}': ${listed.stderr.split('\n')[0]}`);
  const rel = nulList(listed.stdout);
  const wanted = rel.filter((f) => ROLE_FILE.test(f));
  const texts = new Map<string, string>();
  if (wanted.length) {
    const r = git(root, ['cat-file', '--batch'], wanted.map((f) => `${commit}:${f}\n`).join(''));
    if (!r.ok) throw new UsageError(`cannot read revision '${rev}': ${r.stderr.split('\n')[0]}`);
    // Each answer: "<sha> <type> <size>\n<size bytes>\n", or "<name> missing\n".
    let at = 0;
    for (const f of wanted) {
      const nl = r.stdout.indexOf(10, at);
      const header = r.stdout.subarray(at, nl).toString('utf8').split(' ');
      at = nl + 1;
      if (header[1] !== 'blob') continue;
      const size = Number(header[2]);
      texts.set(path.join(root, f), r.stdout.subarray(at, at + size).toString('utf8'));
      at += size + 1;
    }
  }
  return { name: rev, files: new Set(rel.map((f) => path.join(root, f))), read: (f) => texts.get(path.resolve(f)) };
}

/** The working tree: tracked and untracked files git does not ignore, read from disk. */
export function workingTree(root: string): Tree {
  const listed = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name']);
  if (!listed.ok) throw new UsageError(`cannot list the working tree: ${listed.stderr.split('\n')[0]}`);
  const files = new Set(nulList(listed.stdout).map((f) => path.join(root, f)));
  return {
    name: 'working tree',
    files,
    read: (f) => {
      try {
        return fs.statSync(f).isFile() ? fs.readFileSync(f, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

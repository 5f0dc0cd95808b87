/**
 * The access delta of a role file's account since git HEAD, unsaved edits included: the status
 * bar and the simulator's Changes tab both ask here. HEAD's text comes from VS Code's built-in
 * git extension (no git of our own in the client); the server decides.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AccessDeltaRequest, ModelRequest } from '../../shared/protocol/lsp';
import type { AccessDelta } from '../../shared/protocol/wire';

/** The part of the git extension's API (vscode.git, version 1) used here. */
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
  readonly state: {
    readonly HEAD: { readonly name?: string; readonly commit?: string } | undefined;
    readonly indexChanges: readonly GitChange[];
    readonly workingTreeChanges: readonly GitChange[];
    readonly onDidChange: vscode.Event<void>;
  };
}
/** A changed file; `originalUri` is where it was at HEAD (a rename's old name). */
interface GitChange {
  readonly originalUri: vscode.Uri;
  readonly status: number;
}
// The git extension's Status values for a file that is gone from where HEAD had it.
const INDEX_DELETED = 2;
const INDEX_RENAMED = 3;
const DELETED = 6;

/**
 * SuiteCloud role objects (XML) HEAD had where the working copy has none: deleted or renamed
 * since. The server cannot find them on disk; their HEAD text keeps their roles on the base side.
 */
function goneXml(repo: GitRepository): string[] {
  const gone = [...repo.state.indexChanges, ...repo.state.workingTreeChanges].filter(
    (c) => [INDEX_DELETED, INDEX_RENAMED, DELETED].includes(c.status) && /\.xml$/i.test(c.originalUri.path),
  );
  return [...new Set(gone.map((c) => c.originalUri.toString()))];
}

interface GitApi {
  readonly repositories: GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}

export const BASE_REF = 'HEAD';

/**
 * Rounds of "the server names base files it still needs": each round follows one more level of
 * includes that exist only at HEAD (renamed or deleted since), so a few suffice.
 */
const MAX_ROUNDS = 8;

export interface HeadDelta {
  delta: AccessDelta;
  /** The files whose HEAD text was read (URI strings): the Changes tab may reveal their lines. */
  baseFiles: Set<string>;
  /** The same file at HEAD, as a document VS Code's git extension opens. */
  headUri(uri: vscode.Uri): vscode.Uri;
}

export async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    return (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
  } catch {
    return undefined;
  }
}

/** The delta since HEAD, or why there is none (the file is not in a git repository). */
export async function deltaSinceHead(client: LanguageClient, uri: vscode.Uri): Promise<HeadDelta | { message: string }> {
  const api = await gitApi();
  const repo = api?.getRepository(uri);
  if (!api || !repo) return { message: `${vscode.workspace.asRelativePath(uri, false)} is not in a git repository, so there is no HEAD to compare with.` };
  const texts = new Map<string, string | null>();
  // A file HEAD does not have (new, or git cannot show it) is absent on the base side.
  const read = async (f: string) =>
    texts.set(
      f,
      await repo.show(BASE_REF, vscode.Uri.parse(f).fsPath).then(
        (t) => t,
        () => null,
      ),
    );
  let wanted = [...(await client.sendRequest(ModelRequest, { uri: uri.toString() })).files, ...goneXml(repo)];
  for (let round = 0; ; round++) {
    await Promise.all(wanted.filter((f) => !texts.has(f)).map(read));
    const r = await client.sendRequest(AccessDeltaRequest, { uri: uri.toString(), base: [...texts].map(([u, text]) => ({ uri: u, text })) });
    wanted = r.missing.filter((f) => !texts.has(f));
    if (!wanted.length || round + 1 >= MAX_ROUNDS) {
      const baseFiles = new Set([...texts].filter(([, t]) => t !== null).map(([u]) => vscode.Uri.parse(u).toString()));
      return { delta: { granted: r.granted, revoked: r.revoked }, baseFiles, headUri: (u) => api.toGitUri(u, BASE_REF) };
    }
  }
}

/**
 * Calls `listener` when HEAD of a repository moves (a commit, a checkout, a reset) or a
 * repository opens: the delta since HEAD is then another one. The git extension's state event
 * fires on every working-tree change too; only a new branch or commit passes, unless `anyChange`
 * (a file git now reports deleted or renamed changes the delta as well).
 */
export function onHeadMoved(listener: () => void, options: { anyChange?: boolean } = {}): vscode.Disposable {
  const subscriptions: vscode.Disposable[] = [];
  let disposed = false;
  const heads = new Map<GitRepository, string>();
  const headOf = (r: GitRepository) => `${r.state.HEAD?.name ?? ''}\u0000${r.state.HEAD?.commit ?? ''}`;
  const watch = (r: GitRepository) => {
    heads.set(r, headOf(r));
    subscriptions.push(
      r.state.onDidChange(() => {
        const now = headOf(r);
        if (now === heads.get(r) && !options.anyChange) return;
        heads.set(r, now);
        listener();
      }),
    );
  };
  void gitApi().then((api) => {
    if (!api || disposed) return;
    api.repositories.forEach(watch);
    subscriptions.push(
      api.onDidOpenRepository((r) => {
        watch(r);
        listener();
      }),
    );
  });
  return {
    dispose() {
      disposed = true;
      subscriptions.forEach((d) => d.dispose());
    },
  };
}

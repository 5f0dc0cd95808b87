import type { AccessDelta } from '../../../shared/protocol/wire';
import { accessDelta, type DeltaSide, type FileHost, loadAccount, parseSdfRole } from '../engine';

/** One version of the account for the Changes tab. */
export interface DeltaVersion {
  /** A file's text in this version; undefined when it does not exist there. */
  read: (file: string) => string | undefined;
  /** The SuiteCloud role objects read with the account in this version (one it lacks is skipped). */
  sdf: readonly string[];
}

/**
 * What the Changes tab shows (`nsroles/accessDelta`): the access the account of `entry` grants in
 * `working` and not in `base`, and back. Each version is loaded as the language server loads the
 * account, includes resolved with `resolve`; `label` names the files of the lines that changed
 * (URIs, for the client).
 */
export function accessChanges(
  entry: string,
  resolve: FileHost['resolve'],
  label: (file: string) => string,
  base: DeltaVersion,
  working: DeltaVersion,
): AccessDelta {
  const side = (v: DeltaVersion): DeltaSide => ({
    read: v.read,
    load: (read, cache) =>
      loadAccount(entry, { read, resolve }, { cache, sdf: v.sdf.flatMap((f) => (read(f) === undefined ? [] : [parseSdfRole(f, read(f)!)])) }),
    label,
  });
  return accessDelta(side(base), side(working));
}

import * as path from 'path';
import { parseSdfRole, type SdfRoleFile } from '../engine';
import { diskHost, findSdfRoleFiles, suiteCloudProject, type Unreadable } from './host';

/** How the CLI finds SuiteCloud role objects; printed in --help. */
export const SDF_DISCOVERY = `SuiteCloud (SDF) role objects are *.xml files whose root element is
<role scriptid="…"> (normally src/Objects/customrole_*.xml), outside the File
Cabinet (src/FileCabinet, or FileCabinet beside manifest.xml: its files are
documents, not objects). A .nsroles file
sees the role objects of the SuiteCloud project that contains it: the nearest
folder at or above it with manifest.xml or src/Objects (searching up to a folder
with .git), every role object below that folder; with no such folder, the role
objects next to the file. .nsroles lines name them by scriptid
(role customrole_x) or by <name>.`;

/** Finds and parses role objects, each folder listed and each file parsed once per run. */
export class SdfFiles {
  private readonly parsed = new Map<string, SdfRoleFile | undefined>();
  private readonly below = new Map<string, string[]>();

  parse(file: string): SdfRoleFile | undefined {
    if (!this.parsed.has(file)) {
      const text = diskHost.read(file);
      this.parsed.set(file, text === undefined ? undefined : parseSdfRole(file, text));
    }
    return this.parsed.get(file);
  }

  parseAll(files: string[]): SdfRoleFile[] {
    return files.map((f) => this.parse(f)).filter((f): f is SdfRoleFile => f !== undefined);
  }

  /** Role object files anywhere below a folder; `unreadable` hears of what could not be read. */
  under(dir: string, unreadable?: Unreadable): string[] {
    let list = this.below.get(dir);
    if (!list) {
      list = findSdfRoleFiles(dir, [], true, unreadable);
      this.below.set(dir, list);
    }
    return list;
  }

  /** The role object files a .nsroles file sees: its SuiteCloud project's, else its own folder's. */
  forFile(file: string): string[] {
    const root = suiteCloudProject(file);
    return root ? this.under(root) : findSdfRoleFiles(path.dirname(file), [], false);
  }
}

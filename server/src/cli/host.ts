import * as fs from 'fs';
import * as path from 'path';
import { FileHost } from '../engine';

/** Reads role files from disk for the engine. Refuses anything that is not a regular file. */
export const diskHost: FileHost = {
  read(file) {
    try {
      if (!fs.statSync(file).isFile()) return undefined;
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  resolve(from, p) {
    return path.resolve(path.dirname(from), p);
  },
};

/** Every `.nsroles` file below a folder, skipping dependency and VCS folders. */
export function findRoleFiles(dir: string, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findRoleFiles(p, out);
    else if (e.isFile() && e.name.endsWith('.nsroles')) out.push(p);
  }
  return out;
}

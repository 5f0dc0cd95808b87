import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

/**
 * A fresh folder under the system's temp folder, removed when the test process exits, so a run
 * of the suite leaves nothing behind (it once left ten folders per run).
 */
export function tempDir(prefix: string): string {
  if (made.length === 0) {
    process.once('exit', () => {
      for (const d of made) {
        try {
          remove(d);
        } catch {
          // A folder left in the temp folder is no reason to fail the run.
        }
      }
    });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes a tree, first giving back the permissions a test took away from its folders. */
function remove(dir: string): void {
  const open = (d: string): void => {
    try {
      fs.chmodSync(d, 0o700);
      for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) open(path.join(d, e.name));
    } catch {
      // Gone already, or not ours: rmSync below says nothing either.
    }
  };
  open(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}

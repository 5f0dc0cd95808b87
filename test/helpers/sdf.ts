import * as fs from 'fs';
import * as path from 'path';

/** The object files of NetSuite's own export (test/fixtures/netsuite-export), each with its text. */
export function exportedObjects(): { file: string; name: string; text: string }[] {
  const dir = path.join(__dirname, '../fixtures/netsuite-export/src/Objects');
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.xml'))
    .map((name) => ({ file: path.join(dir, name), name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

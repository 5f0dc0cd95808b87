import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

/** package.json as VS Code reads it; read fresh on each call. */

export function manifest(): any {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
}

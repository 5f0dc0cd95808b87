// Where the rules live: one file (or folder) per rule id in server/src/engine/rules.
import * as fs from 'fs';
import * as path from 'path';

export const RULES_DIR = path.join(__dirname, '../server/src/engine/rules');

/** A rule id: upper-case words joined by hyphens (TBA-PERM-LEVEL). The folder's other modules are lower-case. */
export const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** The ids of the rules that have a file (RULE-ID.ts) or a folder (RULE-ID/index.ts), sorted. */
export function ruleFileIds(): string[] {
  return fs
    .readdirSync(RULES_DIR, { withFileTypes: true })
    .flatMap((e) => {
      const id = e.isDirectory() ? e.name : e.name.replace(/\.ts$/, '');
      const isRule = RULE_ID.test(id) && (e.isDirectory() ? fs.existsSync(path.join(RULES_DIR, e.name, 'index.ts')) : e.name.endsWith('.ts'));
      return isRule ? [id] : [];
    })
    .sort();
}

/**
 * Writes the rule ids of the catalogue into package.json, as the properties of the
 * `nsroles.rules` setting, so settings.json offers each id with its title and levels, and
 * into schemas/nsroles-config.schema.json, the JSON Schema of `.nsroles.json` that
 * package.json contributes through `jsonValidation`. Touches nothing else in package.json.
 * test/client/settings.test.ts fails when they drift.
 *
 *   npm run settings:rules
 */
import * as fs from 'fs';
import * as path from 'path';
import { type RuleMeta, RULES } from '../server/src/engine';
import { RULE_SEVERITY_SETTINGS } from '../shared/settings';
import { projectConfigSchema } from '../server/src/configFile';

export const MANIFEST = path.join(__dirname, '..', 'package.json');
/** The schema of `.nsroles.json`; package.json's `jsonValidation` points at it. */
export const CONFIG_SCHEMA = path.join(__dirname, '..', 'schemas', 'nsroles-config.schema.json');

/** The schema file's text, as this script writes it. */
export function configSchemaText(): string {
  return JSON.stringify(projectConfigSchema([...RULES]), null, 2) + '\n';
}

/** The JSON schema of one rule's entry in `nsroles.rules`. */
export function ruleSettingSchema(rule: RuleMeta): { type: 'string'; enum: string[]; markdownDescription: string } {
  const decision = rule.kind === 'decision' ? ' A decision rule: a failing `expect` that rests on it is reported as `NSR-EXPECT-FAILED`.' : '';
  return { type: 'string', enum: [...RULE_SEVERITY_SETTINGS], markdownDescription: `${rule.title}. Default: \`${rule.severity}\`.${decision}` };
}

export function ruleSettingsProperties(): Record<string, ReturnType<typeof ruleSettingSchema>> {
  return Object.fromEntries(RULES.map((r) => [r.id, ruleSettingSchema(r)]));
}

function main(): void {
  // Read fresh: other contributions may have changed since this process started.
  const pkg = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  const setting = pkg.contributes?.configuration?.properties?.['nsroles.rules'];
  if (!setting) throw new Error('package.json declares no nsroles.rules setting');
  setting.properties = ruleSettingsProperties();
  fs.writeFileSync(MANIFEST, JSON.stringify(pkg, null, 2) + '\n');
  fs.mkdirSync(path.dirname(CONFIG_SCHEMA), { recursive: true });
  fs.writeFileSync(CONFIG_SCHEMA, configSchemaText());
  console.log(`nsroles.rules and ${path.relative(process.cwd(), CONFIG_SCHEMA)} list ${RULES.length} rule ids.`);
}

if (require.main === module) main();

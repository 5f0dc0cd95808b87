import { strict as assert } from 'assert';
import { RULES, type SeveritySetting } from '../../server/src/engine';
import { CONFIG_SCHEMA, configSchemaText, ruleSettingSchema } from '../../scripts/sync-rule-settings';
import { parseProjectConfig } from '../../server/src/configFile';
import {
  normalizeRuleSeverities,
  normalizeTrace,
  type NsrolesSettings,
  ruleDocsHref,
  RULE_SEVERITY_SETTINGS,
  SETTINGS,
  SETTINGS_SECTION,
  TRACE_SETTINGS,
} from '../../shared/settings';
import { manifest, ROOT } from './manifest';
import * as fs from 'fs';
import * as path from 'path';

const IDS = RULES.map((r) => r.id);

describe('settings: package.json and shared/settings.ts agree', () => {
  const properties = () => manifest().contributes.configuration.properties as Record<string, Record<string, unknown>>;

  it('declares exactly the settings NsrolesSettings has, each with its scope and default', () => {
    const keys = Object.keys(SETTINGS) as (keyof NsrolesSettings)[];
    assert.deepEqual(Object.keys(properties()).sort(), keys.map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    for (const key of keys) {
      const declared = properties()[`${SETTINGS_SECTION}.${key}`];
      assert.equal(declared.scope, SETTINGS[key].scope, `${key}: scope`);
      assert.deepEqual(declared.default, SETTINGS[key].default, `${key}: default`);
      assert.ok(declared.markdownDescription || declared.description, `${key}: described`);
    }
  });

  it('nsroles.trace.server offers the TraceSetting values', () => {
    const trace = properties()['nsroles.trace.server'];
    assert.equal(trace.type, 'string');
    assert.deepEqual(trace.enum, [...TRACE_SETTINGS]);
    assert.equal((trace.enumDescriptions as string[]).length, TRACE_SETTINGS.length);
  });

  it('nsroles.rules lists every rule id of the catalogue, each with the severity levels (npm run settings:rules)', () => {
    const rules = properties()['nsroles.rules'];
    assert.equal(rules.type, 'object');
    assert.equal(rules.additionalProperties, false);
    const listed = rules.properties as Record<string, unknown>;
    assert.deepEqual(Object.keys(listed).sort(), [...IDS].sort(), 'run `npm run settings:rules`');
    for (const r of RULES) assert.deepEqual(listed[r.id], ruleSettingSchema(r), `${r.id}: run \`npm run settings:rules\``);
    assert.deepEqual(ruleSettingSchema(RULES[0]).enum, [...RULE_SEVERITY_SETTINGS]);
  });

  it('contributes the JSON Schema of .nsroles.json, with the same rule ids (npm run settings:rules)', () => {
    assert.deepEqual(manifest().contributes.jsonValidation, [{ fileMatch: '.nsroles.json', url: './schemas/nsroles-config.schema.json' }]);
    assert.equal(fs.readFileSync(CONFIG_SCHEMA, 'utf8'), configSchemaText(), 'run `npm run settings:rules`');
    const schema = JSON.parse(configSchemaText());
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...IDS].sort());
    // The schema and the CLI/server reader agree on what is valid.

    const Ajv = require('ajv');
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const samples = [
      { rules: { 'TBA-2027-INTEGRATIONS': 'off', 'SDF-UNKNOWN-PERMKEY': 'hint' } },
      { rules: { 'TBA-NOPE': 'off' } },
      { rules: { 'TBA-2FA-REQUIRED': 'fatal' } },
      { rule: {} },
      { rules: [] },
    ];
    for (const sample of samples) {
      const problems = parseProjectConfig(JSON.stringify(sample), IDS).problems;
      assert.equal(validate(sample), problems.length === 0, JSON.stringify(sample));
    }
  });

  it('the levels are the engine’s own, so normalised settings go to lintAccount as they are', () => {
    // A compile-time check: tsc fails here if the two types part.
    const severities: Record<string, SeveritySetting> = normalizeRuleSeverities({}, IDS).severities;
    assert.deepEqual(severities, {});
  });
});

describe('settings: normalisation', () => {
  it('keeps valid entries, matching ids and levels without regard to case or blanks', () => {
    const r = normalizeRuleSeverities({ 'TBA-2FA-REQUIRED': 'error', ' tba-role-unassigned ': 'Off', 'TBA-2027-INTEGRATIONS': 'hint' }, IDS);
    assert.deepEqual(r.severities, { 'TBA-2FA-REQUIRED': 'error', 'TBA-ROLE-UNASSIGNED': 'off', 'TBA-2027-INTEGRATIONS': 'hint' });
    assert.deepEqual(r.problems, []);
  });

  it('drops unknown ids and bad levels, saying why, and never throws', () => {
    const r = normalizeRuleSeverities({ 'TBA-NOPE': 'error', 'TBA-2FA-REQUIRED': 'fatal', 'NSR-SYNTAX': 3 }, IDS);
    assert.deepEqual(r.severities, {});
    assert.deepEqual(r.problems, [
      "nsroles.rules: unknown rule id 'TBA-NOPE'.",
      'nsroles.rules: \'TBA-2FA-REQUIRED\' must be one of off, hint, information, warning, error, not "fatal".',
      "nsroles.rules: 'NSR-SYNTAX' must be one of off, hint, information, warning, error, not 3.",
    ]);
    for (const raw of [undefined, null]) assert.deepEqual(normalizeRuleSeverities(raw, IDS), { severities: {}, problems: [] });
    for (const raw of ['error', ['TBA-2FA-REQUIRED'], 42]) {
      const bad = normalizeRuleSeverities(raw, IDS);
      assert.deepEqual(bad.severities, {});
      assert.equal(bad.problems.length, 1);
    }
  });

  it('reads the trace setting, anything odd meaning off', () => {
    assert.equal(normalizeTrace('verbose'), 'verbose');
    assert.equal(normalizeTrace('messages'), 'messages');
    for (const raw of [undefined, 'VERBOSE', true, { verbosity: 'verbose' }]) assert.equal(normalizeTrace(raw), 'off');
  });

  it('builds a rule page URI from the docs base, with or without a trailing slash', () => {
    const base = 'file:///home/me/.vscode/extensions/nsroles.nsroles-0.1.0/docs/rules';
    assert.equal(ruleDocsHref(base, 'TBA-2FA-REQUIRED'), `${base}/TBA-2FA-REQUIRED.md`);
    assert.equal(ruleDocsHref(`${base}/`, 'TBA-2FA-REQUIRED'), `${base}/TBA-2FA-REQUIRED.md`);
  });
});

describe('editor defaults for role files', () => {
  it('indent by 2 spaces as every example does, and offer only the language server’s suggestions', () => {
    const defaults = manifest().contributes.configurationDefaults['[nsroles]'];
    assert.deepEqual(defaults, { 'editor.tabSize': 2, 'editor.insertSpaces': true, 'editor.wordBasedSuggestions': 'off' });
    // The examples are indented by 2: the default matches what a user opens first.
    const example = fs.readFileSync(path.join(ROOT, 'examples/mistakes/mistakes.nsroles'), 'utf8');
    assert.ok(/^ {2}permission/m.test(example) && !/^ {4}\S/m.test(example));
  });
});

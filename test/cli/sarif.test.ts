/**
 * SARIF from names and paths that need escaping: roles named with quotes, backslashes, `<`,
 * braces, brackets and non-ASCII, in a file whose name holds `#`, `%`, a space and `é`. The log
 * must be valid JSON and valid SARIF 2.1.0, each message must read back (after SARIF's own
 * escapes: `{{` `}}` for braces, backslash before `[` `]` `\`) as the message `--format json`
 * gives, and each artifact URI must name the file.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { HOSTILE_NAMES, quote } from '../properties/accounts';
import { CLI as cli, ROOT as root, run } from '../helpers/cli';

/** A SARIF plain-text message as a viewer shows it (§3.11.5 braces, §3.11.6 link escapes). */
function unescapeMessage(text: string): string {
  return text.replace(/\{\{|\}\}|\\([\\[\]])/g, (m, c: string | undefined) => c ?? m[0]);
}

describe('nsroles check --format sarif: escaping', () => {
  const names = [...HOSTILE_NAMES, 'tab\there', 'quote "double" \'single\'', '{0}', 'ends with \\', '日本語 Ελληνικά עברית', '\u202eevil\u202c'];
  let dir: string;
  const FILE = 'weird #1 %20 é [x] {y}.nsroles';

  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-sarif-'));
    const text = [
      ...names.map((n) => `role ${quote(n)} { permission ADMI_LOGIN_OAUTH }`),
      ...names.map((n, i) => `user ${quote(`u${i}`)} { role ${quote(n + 'x')} }`),
      `role "P" { permission ${quote(names[0])} }`,
      '',
    ].join('\n');
    fs.mkdirSync(path.join(dir, 'sub dir#'));
    fs.writeFileSync(path.join(dir, 'sub dir#', FILE), text);
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('is valid JSON and valid SARIF 2.1.0', () => {
    const r = run(['check', '.', '--format', 'sarif'], dir);
    assert.equal(r.code, 1, r.err);
    const log = JSON.parse(r.out);

    const Ajv = require('ajv');
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    assert.ok(ajv.validate(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), log), JSON.stringify(ajv.errors?.slice(0, 3)));
  });

  it('every message reads back as the JSON format’s message, names included exactly', () => {
    const sarif = JSON.parse(run(['check', '.', '--format', 'sarif'], dir).out);
    const json = JSON.parse(run(['check', '.', '--format', 'json'], dir).out);
    const results = sarif.runs[0].results as {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { region: { startLine: number } } }[];
    }[];
    assert.equal(results.length, json.findings.length);
    assert.ok(results.length >= names.length * 2, `${results.length} results`);
    results.forEach((r, i) => {
      const f = json.findings[i];
      assert.equal(r.ruleId, f.rule);
      assert.equal(r.locations[0].physicalLocation.region.startLine, f.line);
      assert.equal(unescapeMessage(r.message.text), f.message);
      // Outside placeholders a lone brace is invalid; a lone [ or ] could start an embedded link.
      assert.doesNotMatch(r.message.text.replace(/\{\{|\}\}/g, ''), /[{}]/, r.message.text);
      assert.doesNotMatch(r.message.text.replace(/\\[\\[\]]/g, ''), /[[\]]/, r.message.text);
    });
    const all = json.findings.map((f: { message: string }) => f.message).join('\n');
    for (const n of names) assert.ok(all.includes(n.trim()) || all.includes(`${n}x`), `no message names ${JSON.stringify(n)}`);
  });

  it('artifact URIs are relative references that name the file: # % space and é percent-encoded', () => {
    const sarif = JSON.parse(run(['check', '.', '--format', 'sarif'], dir).out);
    for (const r of sarif.runs[0].results) {
      const uri: string = r.locations[0].physicalLocation.artifactLocation.uri;
      assert.doesNotMatch(uri, /[#? [\]{}\u0080-\uffff]/, uri);
      assert.equal(decodeURIComponent(new URL(uri, pathToFileURL(dir + path.sep)).pathname), path.join(dir, 'sub dir#', FILE).split(path.sep).join('/'));
    }
    // A file outside the working directory gets an absolute file: URI.
    const outside = JSON.parse(run(['check', path.join(dir, 'sub dir#', FILE), '--format', 'sarif'], root).out);
    const uri: string = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.ok(uri.startsWith('file:///'), uri);
    assert.equal(decodeURIComponent(new URL(uri).pathname), path.join(dir, 'sub dir#', FILE).split(path.sep).join('/'));
  });
});

describe('nsroles check --format sarif: rule links', () => {
  it('every rule that quotes NetSuite has helpUri, the page of its deciding quote', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsroles-sarif-links-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.nsroles'), 'role "R" { administrator }\nuser "u" { role "R" }\n');
      const log = JSON.parse(run(['check', '--format', 'sarif'], dir).out);
      const rules: { id: string; helpUri?: string }[] = log.runs[0].tool.driver.rules;
      const twoFactor = rules.find((r) => r.id === 'TBA-2FA-REQUIRED')!;
      assert.equal(twoFactor.helpUri, 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4248124361.html');
      for (const r of rules) {
        if (r.id.startsWith('NSR-') || r.id === 'SDF-DUPLICATE-PERMKEY') continue; // they quote only the language contract
        assert.match(
          r.helpUri ?? '',
          /^https:\/\/(docs\.oracle\.com|oracle\.hydrogen\.sagittarius\.connect\.product\.adaptavist\.com)\/en\/cloud\/saas\/netsuite\/ns-online-help\/\w+\.html$/,
          r.id,
        );
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

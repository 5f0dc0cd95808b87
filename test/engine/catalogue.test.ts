import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, SOURCES } from '../../server/src/engine';

const dir = path.join(__dirname, '../../docs/sources');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const seed = norm(read('set-up-tba-roles.txt'));
const facts = norm(read('netsuite-facts.md'));
const language = norm(read('nsroles-language.md'));

function textOf(source: string): string {
  if (source === SOURCES.seed) return seed;
  if (source === SOURCES.language) return language;
  return facts;
}

describe('rule catalogue', () => {
  it('has unique, well-formed ids and complete metadata', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^(TBA|NSR|SDF)-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      assert.ok(r.title && r.help, r.id);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
      assert.ok(r.quotes.length > 0, `${r.id} has no quote`);
      if (r.basis === 'inferred') assert.ok(r.inferredFrom, `${r.id} is inferred but does not say from what`);
    }
  });

  it('every quote appears verbatim (whitespace-normalised) in its source', () => {
    for (const r of RULES) {
      for (const q of r.quotes) assert.ok(textOf(q.source).includes(norm(q.text)), `${r.id}: quote not found in "${q.source}": ${q.text}`);
    }
  });

  it('every NetSuite page a rule names is a page title given in netsuite-facts.md', () => {
    for (const r of RULES) {
      for (const q of r.quotes) {
        if (q.source === SOURCES.seed || q.source === SOURCES.language || q.source === SOURCES.facts) continue;
        assert.ok(facts.includes(`"${q.source}"`), `${r.id}: "${q.source}" is not a title in netsuite-facts.md`);
      }
    }
  });

  it('every rule-stating sentence of "Set Up Token-based Authentication Roles" is cited by a rule', () => {
    // Sentences that state no rule: headings, cross-references and lead-ins.
    const notRules = [
      'For more information, see Authentication Overview and Mandatory Two-Factor Authentication (2FA) for NetSuite Access.',
      'If you need more information about creating or customizing roles, see:',
      'Users with this permission:',
      'See Assign Users to Token-based Authentication Roles.',
    ];
    const sentences = read('set-up-tba-roles.txt')
      .split('\n')
      .map((l) => l.replace(/^\s*•\s*/, '').trim())
      .filter((l) => /[.:]$/.test(l) && l.split(' ').length > 3)
      .flatMap((l) => l.split(/(?<=\.)\s+(?=[A-Z])/))
      .filter((s) => !notRules.includes(s));
    assert.ok(sentences.length >= 14, `only ${sentences.length} sentences found`);
    const quoted = RULES.flatMap((r) => r.quotes.filter((q) => q.source === SOURCES.seed).map((q) => norm(q.text)));
    const uncited = sentences.filter((s) => !quoted.some((q) => q.includes(norm(s))));
    assert.deepEqual(uncited, []);
  });
});

describe('engine purity', () => {
  it('nothing under server/src/engine imports vscode*, fs or child_process', () => {
    const root = path.join(__dirname, '../../server/src/engine');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(root);
    assert.ok(files.length > 20);
    const bad = /(?:from|require\()\s*['"](?:node:)?(vscode[^'"]*|fs|fs\/promises|child_process)['"]/;
    for (const f of files) assert.doesNotMatch(fs.readFileSync(f, 'utf8'), bad, path.relative(root, f));
  });
});

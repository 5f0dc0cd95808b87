import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/engine';
import { RULE_INDEX, ruleIndexText } from '../../scripts/gen-rule-index';
import { ruleFileIds, RULES_DIR } from '../../scripts/rule-files';

const ROOT = path.join(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

/** Lint rules whose findings come from elsewhere than a check, and where. */
const REPORTED_ELSEWHERE: Record<string, string> = {
  'NSR-SYNTAX': 'the parser and binder',
  'SDF-XML': 'the XML parser (sdf/role.ts)',
  'NSR-INCLUDE-CYCLE': 'the loader',
  'NSR-INCLUDE-MISSING': 'the loader',
  'NSR-IGNORE-UNKNOWN': 'ignore.ts, after every check',
  'NSR-IGNORE-UNUSED': 'ignore.ts, after every check',
  'NSR-ACCESS-CHANGED': 'accessLock.ts, against a snapshot file',
};

describe('a rule is one file', () => {
  it('every rule of the catalogue has its file, named by its id, and every rule file is in the catalogue', () => {
    assert.deepEqual(ruleFileIds(), RULES.map((r) => r.id).sort());
    for (const id of ruleFileIds()) {
      const mod = require(path.join(RULES_DIR, id)) as { rule: { id: string }; examples: () => { checks: string } };
      assert.equal(mod.rule.id, id, `rules/${id}.ts exports the rule ${mod.rule.id}`);
      assert.ok(mod.examples().checks, `rules/${id}.ts has no examples`);
    }
  });

  it('rules/index.ts is generated from the rule files (npm run rules:index)', () => {
    assert.equal(fs.readFileSync(RULE_INDEX, 'utf8'), ruleIndexText());
  });

  it('every lint rule has its check in its own file, or says where it is reported', () => {
    const lint = RULES.filter((r) => r.kind === 'lint');
    const without = lint.filter((r) => !r.check && !(r.id in REPORTED_ELSEWHERE)).map((r) => r.id);
    assert.deepEqual(without, []);
    assert.ok(RULES.filter((r) => r.check).length >= 30);
  });

  it('a SuiteCloud rule checks role objects only, and a role-file rule role files only', () => {
    const wrong = RULES.flatMap((r) => {
      const hooks = Object.keys(r.check ?? {});
      const sdf = r.id.startsWith('SDF-');
      return hooks.filter((h) => h.startsWith('sdf') !== sdf).map((h) => `${r.id}: ${h}`);
    });
    assert.deepEqual(wrong, []);
  });

  it('no finding of a rule with a check is made outside its file; lint and the fix dispatcher name no rule', () => {
    const engine = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.posix.join(dir, e.name);
        return e.isDirectory() ? engine(rel) : rel.endsWith('.ts') ? [rel] : [];
      });
    const outside = engine('server/src/engine').filter((f) => !f.startsWith('server/src/engine/rules/'));
    const checked = RULES.filter((r) => r.check).map((r) => r.id);
    const stray = outside.flatMap((f) => {
      const text = read(f);
      return checked.filter((id) => new RegExp(`add\\(\\s*'${id}'`).test(text)).map((id) => `${f} reports ${id}`);
    });
    assert.deepEqual(stray, []);
    for (const f of ['server/src/engine/lint.ts', 'server/src/engine/sdf/lint.ts', 'server/src/ide/fixes.ts'])
      assert.deepEqual(
        RULES.filter((r) => read(f).includes(`'${r.id}'`)).map((r) => r.id),
        [],
        `${f} names a rule`,
      );
  });
});

import { strict as assert } from 'assert';
import { RULES } from '../../server/src/engine';
import { staleRuleDocs } from '../../scripts/gen-rule-docs';
import { renderPermissionDocs, stalePermissionDocs } from '../../scripts/gen-permission-docs';
import { lintExample, producesRule } from '../../scripts/lint-example';
import { RULE_EXAMPLES } from '../../scripts/rule-examples';

// Rules whose avoid example is itself unreadable text, so syntax errors are the point.
const SYNTAX_RULES = new Set(['NSR-SYNTAX', 'SDF-XML']);

describe('rule documentation (docs/rules)', () => {
  it('has a page for every rule, each up to date, and no page for a rule that is gone', () => {
    const { outdated, extra } = staleRuleDocs();
    assert.deepEqual({ outdated, extra }, { outdated: [], extra: [] }, 'run `npm run docs:rules` and commit docs/rules');
  });

  it('docs/permissions: a page for each permission whose hover is cut short, each up to date', () => {
    const { outdated, extra } = stalePermissionDocs();
    assert.deepEqual({ outdated, extra }, { outdated: [], extra: [] }, 'run `npm run docs:rules` and commit docs/permissions');
    assert.ok(renderPermissionDocs().has('ADMI_MANAGE_OAUTH_TOKENS.md'));
  });

  it('has examples for exactly the rules in the catalogue', () => {
    const ids = RULES.map((r) => r.id).sort();
    assert.deepEqual(Object.keys(RULE_EXAMPLES).sort(), ids);
  });

  for (const rule of RULES) {
    const examples = RULE_EXAMPLES[rule.id];
    if (!examples) continue; // reported by the test above

    it(`${rule.id}: the avoid example produces it, the prefer example does not and is clean`, () => {
      const avoid = lintExample(examples.avoid).findings;
      const summary = (fs: typeof avoid) => fs.map((f) => `${f.rule}: ${f.message}`).join('\n  ') || '(nothing)';
      assert.ok(producesRule(avoid, rule.id), `avoid example does not produce ${rule.id}; it produces:\n  ${summary(avoid)}`);
      if (!SYNTAX_RULES.has(rule.id)) {
        const broken = avoid.filter((f) => SYNTAX_RULES.has(f.rule));
        assert.deepEqual(
          broken.map((f) => f.message),
          [],
          'the avoid example is readable apart from its one mistake',
        );
      }
      const prefer = lintExample(examples.prefer).findings;
      assert.ok(!producesRule(prefer, rule.id), `prefer example still produces ${rule.id}:\n  ${summary(prefer)}`);
      const serious = prefer.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(
        serious.map((f) => `${f.rule}: ${f.message}`),
        [],
        'the prefer example has no error or warning',
      );
    });
  }
});

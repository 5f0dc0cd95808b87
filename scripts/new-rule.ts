/**
 * Scaffolds a rule: server/src/engine/rules/RULE-ID.ts (metadata, check, examples) and its test,
 * then regenerates the rule index. Fill in the quote, the check and the examples, then run
 * `npm run docs:rules` and `npm run settings:rules`.
 *
 *   npm run new:rule -- TBA-SOMETHING-NEW
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_INDEX, ruleIndexText } from './gen-rule-index';
import { RULE_ID, RULES_DIR } from './rule-files';

export function ruleTemplate(id: string): string {
  return `import { DOC_PAGES, quote } from '../citations';
import type { RoleDefinition } from '../model';
import { lines, type RuleExamples } from './examples';
import type { LintContext, Rule } from './types';

export const rule: Rule = {
  id: '${id}',
  title: 'TODO: what must hold, in a short sentence',
  kind: 'lint',
  severity: 'warning',
  // 'documented' with NetSuite's own sentence, verbatim, and its page; or 'inferred' with inferredFrom.
  basis: 'documented',
  quotes: [quote(DOC_PAGES.seed, 'TODO: the sentence, copied word for word from the stored page.')],
  help: 'TODO: what to do, in plain words.',
  check: { role: check },
};

/** TODO: the check. Other hooks: account, token, integration, expect (see ./types). */
function check(r: RoleDefinition, { add }: LintContext): void {
  if (r.name === '') add('${id}', r.nameLoc, \`Role '\${r.name}' TODO: the finding, and what to change.\`);
}

export const examples = (): RuleExamples => ({
  checks: 'TODO: what the rule checks, in plain words.',
  avoid: { text: lines('role "TODO" {', '}') },
  prefer: { text: lines('role "TODO" {', '}') },
});
`;
}

export function testTemplate(id: string): string {
  return `import { strict as assert } from 'assert';
import { lintAccount } from '../../../server/src/engine';
import { load } from '../../helpers/memory';

describe('${id}', () => {
  it('reports TODO', () => {
    const findings = lintAccount(load('role "TODO" {\\n}\\n')).filter((f) => f.rule === '${id}');
    assert.equal(findings.length, 1);
  });

  it('does not report TODO', () => {
    const findings = lintAccount(load('role "TODO" {\\n}\\n')).filter((f) => f.rule === '${id}');
    assert.deepEqual(findings, []);
  });
});
`;
}

function main(id: string | undefined): void {
  if (!id || !RULE_ID.test(id)) throw new Error('Usage: npm run new:rule -- RULE-ID (upper-case words joined by hyphens, such as TBA-SOMETHING-NEW)');
  const file = path.join(RULES_DIR, `${id}.ts`);
  if (fs.existsSync(file) || fs.existsSync(path.join(RULES_DIR, id))) throw new Error(`${id} exists already`);
  const test = path.join(__dirname, '..', 'test', 'engine', 'rules', `${id}.test.ts`);
  fs.writeFileSync(file, ruleTemplate(id));
  fs.mkdirSync(path.dirname(test), { recursive: true });
  fs.writeFileSync(test, testTemplate(id));
  fs.writeFileSync(RULE_INDEX, ruleIndexText());
  for (const f of [file, test, RULE_INDEX]) console.log(`wrote ${path.relative(process.cwd(), f)}`);
  console.log('Fill in the TODOs, then run npm run docs:rules and npm run settings:rules.');
}

if (require.main === module) {
  try {
    main(process.argv[2]);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}

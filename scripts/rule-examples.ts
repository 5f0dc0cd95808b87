/**
 * The rule pages' hand-written content, read from the rule files: each
 * server/src/engine/rules/RULE-ID.ts exports its `examples()` beside its metadata and check.
 */
import * as path from 'path';
import type { RuleExamples } from '../server/src/engine/rules/examples';
import { ruleFileIds, RULES_DIR } from './rule-files';

export { DEFAULT_EXAMPLE_FILE, type Example, type RuleExamples } from '../server/src/engine/rules/examples';

function examplesOf(id: string): RuleExamples {
  const mod = require(path.join(RULES_DIR, id)) as { examples?: () => RuleExamples };
  if (!mod.examples) throw new Error(`server/src/engine/rules/${id}.ts exports no examples()`);
  return mod.examples();
}

export const RULE_EXAMPLES: Record<string, RuleExamples> = Object.fromEntries(ruleFileIds().map((id) => [id, examplesOf(id)]));

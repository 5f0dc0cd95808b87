/**
 * Project configuration, `.nsroles.json` (contract v2, "Project configuration"): read by the
 * CLI and the language server alike. Only the text is read here; finding the file is theirs.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main';
import { isRuleSeveritySetting, RULE_SEVERITY_SETTINGS, type RuleSeveritySetting } from '../../shared/settings';

/** The file's name; the nearest one at or above a role file's folder applies to it. */
export const PROJECT_CONFIG_FILE = '.nsroles.json';

/** What is wrong in a config file, at a span of its text. */
export interface ConfigProblem {
  message: string;
  offset: number;
  length: number;
}

export interface ProjectConfig {
  /** Severity per rule id: the usable entries, even when others are wrong. */
  rules: Record<string, RuleSeveritySetting>;
  problems: ConfigProblem[];
}

const ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'a character that JSON does not allow',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'nothing expected after the closing brace',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string that is not closed',
  UnexpectedEndOfNumber: 'a number that is not finished',
  InvalidUnicode: 'a bad \\u escape',
  InvalidEscapeCharacter: 'a bad escape in a string',
  InvalidCharacter: 'a character that JSON does not allow in a string',
};

/**
 * Reads the text of a `.nsroles.json` file: `{ "rules": { "RULE-ID": "off" | "hint" |
 * "information" | "warning" | "error" } }`. Rule ids and levels are matched without regard to
 * case, as in the `nsroles.rules` setting. Never throws: everything wrong is a problem with
 * its place in the text, and the entries that are right still count.
 */
export function parseProjectConfig(text: string, knownIds: readonly string[]): ProjectConfig {
  const rules: Record<string, RuleSeveritySetting> = {};
  const problems: ConfigProblem[] = [];
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    // The first error is the one to fix; later ones are often its echoes.
    const e = errors[0];
    const code = printParseErrorCode(e.error);
    problems.push({ message: `Not valid JSON: ${ERROR_WORDS[code] ?? code}.`, offset: e.offset, length: Math.max(e.length, 1) });
    return { rules, problems };
  }
  if (!root || root.type !== 'object') {
    problems.push({
      message: `${PROJECT_CONFIG_FILE} must hold an object such as { "rules": { "TBA-2027-INTEGRATIONS": "off" } }.`,
      offset: root?.offset ?? 0,
      length: root?.length ?? 1,
    });
    return { rules, problems };
  }
  const ids = new Map(knownIds.map((id) => [id.toUpperCase(), id]));
  for (const prop of root.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value) continue;
    if (key.value !== 'rules') {
      problems.push({ message: `Unknown setting '${key.value}': ${PROJECT_CONFIG_FILE} takes only "rules".`, offset: key.offset, length: key.length });
      continue;
    }
    if (value.type !== 'object') {
      problems.push({ message: '"rules" must be an object of rule id → severity.', offset: value.offset, length: value.length });
      continue;
    }
    readRules(value, ids, rules, problems);
  }
  return { rules, problems };
}

function readRules(node: Node, ids: Map<string, string>, rules: Record<string, RuleSeveritySetting>, problems: ConfigProblem[]): void {
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value) continue;
    const id = ids.get(String(key.value).trim().toUpperCase());
    if (!id) {
      problems.push({ message: `Unknown rule id '${key.value}'.`, offset: key.offset, length: key.length });
      continue;
    }
    const level = typeof value.value === 'string' ? value.value.trim().toLowerCase() : value.value;
    if (value.type !== 'string' || !isRuleSeveritySetting(level)) {
      problems.push({
        message: `'${id}' must be one of ${RULE_SEVERITY_SETTINGS.join(', ')}, not ${value.type === 'string' ? JSON.stringify(value.value) : value.type}.`,
        offset: value.offset,
        length: value.length,
      });
      continue;
    }
    rules[id] = level;
  }
}

/** Line and column (both 1-based) of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The JSON Schema of `.nsroles.json`, for VS Code's `jsonValidation` (written by scripts/sync-rule-settings.ts). */
export function projectConfigSchema(rules: { id: string; title: string; severity: string }[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'nsroles project configuration (.nsroles.json)',
    description: 'Rule severities for the role files in this folder and below; the VS Code setting nsroles.rules applies on top.',
    type: 'object',
    properties: {
      rules: {
        type: 'object',
        description: 'Severity per rule id: off, hint, information, warning or error.',
        properties: Object.fromEntries(
          rules.map((r) => [r.id, { type: 'string', enum: [...RULE_SEVERITY_SETTINGS], description: `${r.title}. Default: ${r.severity}.` }]),
        ),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}

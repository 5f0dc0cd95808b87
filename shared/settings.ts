/**
 * The extension's settings (`nsroles.*`) and the server's initialization options, typed once
 * for the client and the server. package.json `contributes.configuration` declares the same
 * settings; test/client/settings.test.ts keeps the two in step.
 */

/** What a user may set a rule to in `nsroles.rules`; `off` drops the rule's findings. */
export const RULE_SEVERITY_SETTINGS = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type RuleSeveritySetting = (typeof RULE_SEVERITY_SETTINGS)[number];

/** Per-rule severity overrides, by rule id (`TBA-2FA-REQUIRED`). Unset rules keep their default. */
export type RuleSeverities = Partial<Record<string, RuleSeveritySetting>>;

/** How much of the client–server traffic `nsroles.trace.server` writes to the trace channel. */
export const TRACE_SETTINGS = ['off', 'messages', 'verbose'] as const;
export type TraceSetting = (typeof TRACE_SETTINGS)[number];

/** The settings under the `nsroles` section, keyed as `getConfiguration('nsroles').get(key)` reads them. */
export interface NsrolesSettings {
  rules: RuleSeverities;
  'trace.server': TraceSetting;
  maxItemsComputed: number;
}

/** How a setting is declared in package.json. */
export interface SettingSpec<T> {
  scope: 'application' | 'machine' | 'window' | 'resource' | 'language-overridable' | 'machine-overridable';
  default: T;
  /** The allowed values of a string setting, or of each entry of an object setting. */
  enum?: readonly string[];
}

/**
 * Every setting, as package.json must declare it. The mapped type makes the compiler insist
 * on one entry per key of NsrolesSettings, with a default of the right type.
 */
export const SETTINGS: { [K in keyof NsrolesSettings]: SettingSpec<NsrolesSettings[K]> } = {
  // Resource scope: a multi-root workspace may relax a rule in one folder only.
  rules: { scope: 'resource', default: {}, enum: RULE_SEVERITY_SETTINGS },
  // Window scope: there is one server per window.
  'trace.server': { scope: 'window', default: 'off', enum: TRACE_SETTINGS },
  // Resource scope, as `json.maxItemsComputed`: a folder of huge generated files may lower it.
  maxItemsComputed: { scope: 'resource', default: 5000 },
};

/** `nsroles.maxItemsComputed` as the server uses it: a whole number, 0 or more; anything else is the default. */
export function normalizeMaxItems(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : SETTINGS.maxItemsComputed.default;
}

/** The configuration section the client synchronises to the server. */
export const SETTINGS_SECTION = 'nsroles';

/** `initializationOptions` the client sends with `initialize`. */
export interface InitializationOptions {
  /**
   * URI of the folder holding one page per rule, without a trailing slash; a rule's page is
   * `${rulesDocsBase}/${ruleId}.md` (used for `codeDescription.href`).
   */
  rulesDocsBase: string;
  /**
   * URI of the folder holding the full page of each permission too long for a hover; a page is
   * `${permissionsDocsBase}/${permissionId}.md`. Without it, hovers link to NetSuite's list.
   */
  permissionsDocsBase?: string;
}

/** A rule's documentation page under `rulesDocsBase` (tolerates a trailing slash). */
export function ruleDocsHref(rulesDocsBase: string, ruleId: string): string {
  return `${rulesDocsBase.replace(/\/+$/, '')}/${encodeURIComponent(ruleId)}.md`;
}

/** A permission's full page under `permissionsDocsBase`. */
export function permissionDocsHref(permissionsDocsBase: string, id: string): string {
  return `${permissionsDocsBase.replace(/\/+$/, '')}/${encodeURIComponent(id)}.md`;
}

/** The usable part of a raw `nsroles.rules` value, and what was wrong with the rest. */
export interface NormalizedRuleSeverities {
  severities: Record<string, RuleSeveritySetting>;
  /** One plain sentence per entry that was dropped. */
  problems: string[];
}

/**
 * Reads `nsroles.rules` as a user may have written it: keys are matched to rule ids without
 * regard to case or surrounding blanks, values likewise; unknown ids and bad values are dropped
 * and reported rather than thrown, since a settings typo must never stop linting.
 */
export function normalizeRuleSeverities(raw: unknown, knownIds: readonly string[]): NormalizedRuleSeverities {
  const severities: Record<string, RuleSeveritySetting> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { severities, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`nsroles.rules must be an object of rule id → severity; ignoring ${JSON.stringify(raw)}.`);
    return { severities, problems };
  }
  const ids = new Map(knownIds.map((id) => [id.toUpperCase(), id]));
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const id = ids.get(key.trim().toUpperCase());
    if (!id) {
      problems.push(`nsroles.rules: unknown rule id '${key}'.`);
      continue;
    }
    const level = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (!isRuleSeveritySetting(level)) {
      problems.push(`nsroles.rules: '${key}' must be one of ${RULE_SEVERITY_SETTINGS.join(', ')}, not ${JSON.stringify(value)}.`);
      continue;
    }
    severities[id] = level;
  }
  return { severities, problems };
}

export function isRuleSeveritySetting(value: unknown): value is RuleSeveritySetting {
  return typeof value === 'string' && (RULE_SEVERITY_SETTINGS as readonly string[]).includes(value);
}

/** Reads `nsroles.trace.server`; anything unexpected means `off`. */
export function normalizeTrace(raw: unknown): TraceSetting {
  return typeof raw === 'string' && (TRACE_SETTINGS as readonly string[]).includes(raw) ? (raw as TraceSetting) : 'off';
}

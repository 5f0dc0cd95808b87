import { Connection } from 'vscode-languageserver/node';
import { RULES, SeveritySetting } from './engine';
import { InitializationOptions, normalizeRuleSeverities, ruleDocsHref, SETTINGS_SECTION } from '../../shared/settings';

type Severities = Record<string, SeveritySetting>;

/** Where rule pages live when the client does not say: the repository's docs folder. */
export const DEFAULT_RULES_DOCS_BASE = 'https://github.com/nsroles/nsroles/blob/main/docs/rules';

const RULE_IDS = RULES.map((r) => r.id);

/**
 * `nsroles.rules`, per resource. Pulled with workspace/configuration when the client can
 * answer it, and refreshed on didChangeConfiguration; otherwise taken from the settings the
 * client pushes, or from initializationOptions.
 */
export class Settings {
  private readonly perUri = new Map<string, Promise<Severities>>();
  private pushed: Severities;
  private readonly docsBase: string;
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
    init: Partial<InitializationOptions> & { rules?: unknown } = {},
  ) {
    this.docsBase = typeof init.rulesDocsBase === 'string' && init.rulesDocsBase ? init.rulesDocsBase : DEFAULT_RULES_DOCS_BASE;
    this.pushed = this.normalize(init.rules);
  }

  ruleHref(ruleId: string): string {
    return ruleDocsHref(this.docsBase, ruleId);
  }

  severities(uri: string): Promise<Severities> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let p = this.perUri.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((cfg: unknown) => this.normalize(isObject(cfg) ? cfg.rules : undefined))
        .catch(() => this.pushed);
      this.perUri.set(uri, p);
    }
    return p;
  }

  /** didChangeConfiguration: forget pulled values, or take the pushed ones. */
  changed(settings: unknown): void {
    this.perUri.clear();
    if (!this.pull && isObject(settings) && isObject(settings[SETTINGS_SECTION])) {
      this.pushed = this.normalize((settings[SETTINGS_SECTION] as Record<string, unknown>).rules);
    }
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  private normalize(raw: unknown): Severities {
    const { severities, problems } = normalizeRuleSeverities(raw, RULE_IDS);
    for (const p of problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      this.connection.console.warn(p);
    }
    return severities;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

import type { Connection } from 'vscode-languageserver/node';
import { ruleById, RULES, ruleUrl, type SeveritySetting } from './engine';
import { type InitializationOptions, normalizeRuleSeverities, permissionDocsHref, ruleDocsHref, SETTINGS_SECTION } from '../../shared/settings';

type Severities = Record<string, SeveritySetting>;

const RULE_IDS = RULES.map((r) => r.id);

/**
 * `nsroles.rules`, per resource, on top of the project configuration (`.nsroles.json`). Pulled with workspace/configuration when the client can
 * answer it, and refreshed on didChangeConfiguration; otherwise taken from the settings the
 * client pushes, or from initializationOptions.
 */
export class Settings {
  private readonly perUri = new Map<string, Promise<Severities>>();
  private pushed: Severities;
  /** The rule pages the client ships (the extension's docs/rules), if it said where. */
  private readonly docsBase: string | undefined;
  private readonly reported = new Set<string>();
  /** The permission pages the client ships (the extension's docs/permissions), if it said where. */
  private readonly permissionsBase: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
    init: Partial<InitializationOptions> & { rules?: unknown } = {},
    /** The project configuration's severities (`.nsroles.json`) for a document; the setting goes on top. */
    private readonly project: (uri: string) => Severities = () => ({}),
  ) {
    this.docsBase = typeof init.rulesDocsBase === 'string' && init.rulesDocsBase ? init.rulesDocsBase : undefined;
    this.pushed = this.normalize(init.rules);
    this.permissionsBase = typeof init.permissionsDocsBase === 'string' && init.permissionsDocsBase ? init.permissionsDocsBase : undefined;
  }

  /** A permission's full page shipped with the client, if the client ships them. */
  permissionHref(id: string): string | undefined {
    return this.permissionsBase && permissionDocsHref(this.permissionsBase, id);
  }

  /**
   * Where a rule's link goes: its page shipped with the client, or else the NetSuite page its
   * deciding quote comes from; undefined for a rule about the file format with no page shipped.
   */
  ruleHref(ruleId: string): string | undefined {
    if (this.docsBase) return ruleDocsHref(this.docsBase, ruleId);
    const r = ruleById(ruleId);
    return r && ruleUrl(r);
  }

  severities(uri: string): Promise<Severities> {
    return this.setting(uri).then((s) => ({ ...this.project(uri), ...s }));
  }

  /** The `nsroles.rules` setting alone. */
  private setting(uri: string): Promise<Severities> {
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

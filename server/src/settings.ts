import type { Connection } from 'vscode-languageserver/node';
import { ruleById, RULES, ruleUrl, type SeveritySetting } from './engine';
import {
  type InitializationOptions,
  normalizeMaxItems,
  normalizeRuleSeverities,
  permissionDocsHref,
  ruleDocsHref,
  SETTINGS_SECTION,
} from '../../shared/settings';

type Severities = Record<string, SeveritySetting>;

const RULE_IDS = RULES.map((r) => r.id);

/**
 * `nsroles.rules`, per resource, on top of the project configuration (`.nsroles.json`). Pulled with workspace/configuration when the client can
 * answer it, and refreshed on didChangeConfiguration; otherwise taken from the settings the
 * client pushes, or from initializationOptions.
 */
export class Settings {
  /** The `nsroles` section pulled for each document. */
  private readonly perUri = new Map<string, Promise<Record<string, unknown>>>();
  /** The section the client pushed, or the initialization options. */
  private pushed: Record<string, unknown>;
  private readonly normalizedRules = new WeakMap<Record<string, unknown>, Severities>();
  /** The rule pages the client ships (the extension's docs/rules), if it said where. */
  private readonly docsBase: string | undefined;
  private readonly reported = new Set<string>();
  /** The permission pages the client ships (the extension's docs/permissions), if it said where. */
  private readonly permissionsBase: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
    init: Partial<InitializationOptions> & { rules?: unknown; maxItemsComputed?: unknown } = {},
    /** The project configuration's severities (`.nsroles.json`) for a document; the setting goes on top. */
    private readonly project: (uri: string) => Severities = () => ({}),
  ) {
    this.docsBase = typeof init.rulesDocsBase === 'string' && init.rulesDocsBase ? init.rulesDocsBase : undefined;
    this.pushed = { rules: init.rules, maxItemsComputed: init.maxItemsComputed };
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
    return this.section(uri).then((s) => ({ ...this.project(uri), ...this.rulesOf(s) }));
  }

  /**
   * Asks the client for a document's section now, without waiting: a document just opened is
   * read and checked before its diagnostics need the answer, and the request is answered
   * meanwhile (on a 100k-line file the round trip was 9–34 ms of waiting after the check).
   */
  prefetch(uri: string): void {
    void this.section(uri);
  }

  /** A section's `rules`, normalized once per section object (code actions ask on every cursor move). */
  private rulesOf(section: Record<string, unknown>): Severities {
    let rules = this.normalizedRules.get(section);
    if (!rules) this.normalizedRules.set(section, (rules = this.normalize(section.rules)));
    return rules;
  }

  /** `nsroles.maxItemsComputed` for a document. */
  maxItems(uri: string): Promise<number> {
    return this.section(uri).then((s) => normalizeMaxItems(s.maxItemsComputed));
  }

  /** The `nsroles` section for a document, as the client has it. */
  private section(uri: string): Promise<Record<string, unknown>> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let p = this.perUri.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((cfg: unknown) => (isObject(cfg) ? cfg : {}))
        .catch(() => this.pushed);
      this.perUri.set(uri, p);
    }
    return p;
  }

  /** didChangeConfiguration: forget pulled values, or take the pushed ones. */
  changed(settings: unknown): void {
    this.perUri.clear();
    if (!this.pull && isObject(settings) && isObject(settings[SETTINGS_SECTION])) this.pushed = settings[SETTINGS_SECTION] as Record<string, unknown>;
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

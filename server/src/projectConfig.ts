import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { type Connection, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { RULES, type SeveritySetting } from './engine';
import { parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig } from './configFile';

type Severities = Record<string, SeveritySetting>;
const RULE_IDS = RULES.map((r) => r.id);

/**
 * `.nsroles.json` files as the server sees them: the nearest one at or above a role file's
 * folder gives its rule severities (the `nsroles.rules` setting goes on top). Problems in a
 * config file are published as diagnostics on that file; the entries that are right still
 * count. Forgotten on every change of a config file (the server watches them).
 */
export class ProjectConfigs {
  /** Folder → the config file that applies there, or null for none. */
  private readonly byDir = new Map<string, string | null>();
  private readonly configs = new Map<string, ProjectConfig>();
  /** Config files that have diagnostics from this server, so they are cleared when fixed or gone. */
  private readonly published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** The severities for a role file (a path; anything else has no project). */
  rulesFor(file: string): Severities {
    if (!path.isAbsolute(file)) return {};
    const config = this.fileFor(path.dirname(file));
    return config ? this.read(config).rules : {};
  }

  /** A config file was created, changed or deleted: read them all again. */
  changed(): void {
    this.byDir.clear();
    this.configs.clear();
    // A config that was reported on is read again now, so its diagnostics follow the file.
    for (const file of [...this.published]) this.read(file);
  }

  private fileFor(dir: string): string | undefined {
    const known = this.byDir.get(dir);
    if (known !== undefined) return known ?? undefined;
    const candidate = path.join(dir, PROJECT_CONFIG_FILE);
    const up = path.dirname(dir);
    const found = isFile(candidate) ? candidate : up === dir ? undefined : this.fileFor(up);
    this.byDir.set(dir, found ?? null);
    return found;
  }

  private read(file: string): ProjectConfig {
    let config = this.configs.get(file);
    if (config) return config;
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    config = text === undefined ? { rules: {}, problems: [] } : parseProjectConfig(text, RULE_IDS);
    this.configs.set(file, config);
    this.publish(file, text ?? '', config);
    return config;
  }

  private publish(file: string, text: string, config: ProjectConfig): void {
    if (!config.problems.length && !this.published.has(file)) return;
    const diagnostics: Diagnostic[] = config.problems.map((p) => ({
      range: { start: position(text, p.offset), end: position(text, p.offset + p.length) },
      severity: DiagnosticSeverity.Error,
      source: 'nsroles',
      message: `${p.message} Until it is fixed, this entry is left out.`,
    }));
    if (diagnostics.length) this.published.add(file);
    else this.published.delete(file);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
  }
}

/** LSP position (UTF-16 code units, as JavaScript strings count). */
function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r?\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

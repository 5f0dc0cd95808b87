import * as fs from 'fs';
import * as path from 'path';
import { RULES, type SeveritySetting } from '../engine';
import { lineColumn, parseProjectConfig, PROJECT_CONFIG_FILE } from '../configFile';
import { isRuleSeveritySetting, RULE_SEVERITY_SETTINGS } from '../../../shared/settings';
import { UsageError } from './errors';
import { displayPath } from './output';

type Severities = Record<string, SeveritySetting>;
const RULE_IDS = RULES.map((r) => r.id);

/** Reads one config file; anything wrong in it is bad input, with its place. */
function readConfig(file: string): Severities {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${displayPath(file)}: cannot read the file`);
  }
  const { rules, problems } = parseProjectConfig(text, RULE_IDS);
  if (problems.length) {
    const p = problems[0];
    const at = lineColumn(text, p.offset);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new UsageError(`${displayPath(file)}:${at.line}:${at.column}: ${p.message}${more}`);
  }
  return rules;
}

/** `--rule ID=SEVERITY`, each checked against the catalogue. */
export function parseRuleOptions(values: string[]): Severities {
  const out: Severities = {};
  const ids = new Map(RULE_IDS.map((id) => [id.toUpperCase(), id]));
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq < 0) throw new UsageError(`--rule ${v}: write --rule RULE-ID=SEVERITY, e.g. --rule TBA-2027-INTEGRATIONS=off`);
    const id = ids.get(v.slice(0, eq).trim().toUpperCase());
    if (!id) throw new UsageError(`--rule ${v}: unknown rule id '${v.slice(0, eq)}'`);
    const level = v
      .slice(eq + 1)
      .trim()
      .toLowerCase();
    if (!isRuleSeveritySetting(level)) throw new UsageError(`--rule ${v}: the severity must be one of ${RULE_SEVERITY_SETTINGS.join(', ')}`);
    out[id] = level;
  }
  return out;
}

/**
 * The severities for each checked file: the `.nsroles.json` in its folder or the nearest one
 * above (or the one `--config` names, for every file), then the `--rule` overrides.
 */
export class ProjectSeverities {
  private readonly byDir = new Map<string, Severities>();
  private readonly explicit?: Severities;

  constructor(
    configFile: string | undefined,
    private readonly overrides: Severities,
  ) {
    if (configFile !== undefined) this.explicit = readConfig(path.resolve(configFile));
  }

  /** Reads every config the files will use now, so a bad one stops the run before any output. */
  preload(files: string[]): void {
    for (const f of files) this.forFile(f);
  }

  forFile(file: string): Severities {
    if (this.explicit) return { ...this.explicit, ...this.overrides };
    return { ...this.forDir(path.dirname(path.resolve(file))), ...this.overrides };
  }

  private forDir(dir: string): Severities {
    let s = this.byDir.get(dir);
    if (s) return s;
    const candidate = path.join(dir, PROJECT_CONFIG_FILE);
    const up = path.dirname(dir);
    if (isFile(candidate)) s = readConfig(candidate);
    else s = up === dir ? {} : this.forDir(up);
    this.byDir.set(dir, s);
    return s;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import { RULES, ruleUrl, type Severity } from '../engine';
import type { FindingJson } from './output';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning upload: every rule with its help text, every finding as a result. */
export function toSarif(findings: FindingJson[], version: string): Sarif.Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const rules: Sarif.ReportingDescriptor[] = RULES.map((r) => {
    const quotes = r.quotes.map((q) => `> ${q.text}\n>\n> — ${q.url ? `[${q.source}](${q.url})` : q.source}`).join('\n\n');
    const helpUri = ruleUrl(r);
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([A-Za-z0-9]+)/g, (_m, _d, w: string) => w.charAt(0) + w.slice(1).toLowerCase()),
      shortDescription: { text: braces(r.title) },
      fullDescription: { text: braces(r.inferredFrom ? `${r.title}. Inferred: ${r.inferredFrom}` : r.title) },
      help: {
        text: braces(
          `${r.help}${r.uiPath ? ` In NetSuite: ${r.uiPath}.` : ''}\n\n${r.quotes.map((q) => `"${q.text}" (${q.source}${q.url ? `, ${q.url}` : ''})`).join('\n')}`,
        ),
        markdown: braces(`${r.help}${r.uiPath ? `\n\nIn NetSuite: ${r.uiPath}.` : ''}\n\n${quotes}`),
      },
      ...(helpUri && { helpUri }),
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { basis: r.basis, tags: [r.id.startsWith('TBA-') ? 'netsuite-tba' : r.id.startsWith('SDF-') ? 'netsuite-sdf' : 'nsroles-language'] },
    };
  });
  const results: Sarif.Result[] = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: braces(f.message.replace(/[\\[\]]/g, '\\$&')) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    properties: { citations: f.citations, remedy: f.remedy },
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'nsroles', version, informationUri: 'https://github.com/nsroles/nsroles', rules } }, results }],
  };
}

/**
 * SARIF message strings are format strings: a literal brace is written twice (§3.11.5), and in a
 * result's message a backslash, `[` and `]` each take a backslash, so a name never reads as a link (§3.11.6).
 */
function braces(text: string): string {
  return text.replace(/[{}]/g, (c) => c + c);
}

/** A URI reference for a path: relative paths stay relative, each segment percent-encoded (`#`, `?`, `%` too). */
function fileUri(file: string): string {
  if (path.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

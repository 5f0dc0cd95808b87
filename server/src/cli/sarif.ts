import type * as Sarif from 'sarif';
import { RULES, Severity } from '../engine';
import { FindingJson } from './output';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning upload: every rule with its help text, every finding as a result. */
export function toSarif(findings: FindingJson[], version: string): Sarif.Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const rules: Sarif.ReportingDescriptor[] = RULES.map((r) => {
    const quotes = r.quotes.map((q) => `> ${q.text}\n>\n> — ${q.source}`).join('\n\n');
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([A-Za-z0-9]+)/g, (_m, _d, w: string) => w.charAt(0) + w.slice(1).toLowerCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.inferredFrom ? `${r.title}. Inferred: ${r.inferredFrom}` : r.title },
      help: {
        text: `${r.help}${r.uiPath ? ` In NetSuite: ${r.uiPath}.` : ''}\n\n${r.quotes.map((q) => `"${q.text}" (${q.source})`).join('\n')}`,
        markdown: `${r.help}${r.uiPath ? `\n\nIn NetSuite: ${r.uiPath}.` : ''}\n\n${quotes}`,
      },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { basis: r.basis, tags: [r.id.startsWith('TBA-') ? 'netsuite-tba' : r.id.startsWith('SDF-') ? 'netsuite-sdf' : 'nsroles-language'] },
    };
  });
  const results: Sarif.Result[] = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file.split('\\').join('/')) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    properties: { citations: f.citations },
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'nsroles', version, informationUri: 'https://github.com/nsroles/nsroles', rules } }, results }],
  };
}

import * as vscode from 'vscode';
import { RULES } from '../../server/src/engine/rules';
import { normalizeRuleSeverities, SETTINGS_SECTION } from '../../shared/settings';

const RULE_IDS = RULES.map((r) => r.id);

/**
 * Logs what in `nsroles.rules` will be ignored (unknown ids, bad levels), per folder, now and
 * on every change: the settings editor flags them too, but settings.json edited by hand or
 * synced from elsewhere may not be looked at there.
 */
export function watchRuleSettings(output: vscode.LogOutputChannel): vscode.Disposable {
  const check = () => {
    const scopes: (vscode.Uri | undefined)[] = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
    const seen = new Set<string>();
    for (const scope of scopes) {
      const raw = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get('rules');
      for (const problem of normalizeRuleSeverities(raw, RULE_IDS).problems) {
        if (seen.has(problem)) continue;
        seen.add(problem);
        output.warn(problem);
      }
    }
  };
  check();
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`${SETTINGS_SECTION}.rules`)) check();
  });
}

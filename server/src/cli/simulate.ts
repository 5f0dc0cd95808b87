import { decide, type DecisionRequest, factsOf, suggest } from '../engine';
import { loadForQuery } from './account';
import { EXIT } from './errors';
import { optionalChannel, optionalIntegration, optionalTarget, requireAction, requireRole, requireUser } from './query';
import type { Style } from './style';

export interface SimulateOptions {
  file?: string;
  user?: string;
  role?: string;
  action?: string;
  for?: string;
  forRole?: string;
  via?: string;
  integration?: string;
  json: boolean;
}

export function simulate(o: SimulateOptions, style: Style): { stdout: string; stderr: string; code: number } {
  const { loaded, index, warnings } = loadForQuery(o.file);
  const stderr = warnings.join('');
  const action = requireAction(o.action);
  const req: DecisionRequest = { user: requireUser(index, o.user, '--user'), role: requireRole(index, o.role, '--role'), action };
  const target = optionalTarget(index, action, o.for, o.forRole);
  if (target) req.target = target;
  const channel = optionalChannel(o.via, action);
  if (channel) req.channel = channel;
  const integration = optionalIntegration(index, o.integration);
  if (integration !== undefined) req.integration = integration;
  const facts = factsOf(loaded.model, index);
  const v = decide(facts, req);
  const suggestions = suggest(facts, req, v);
  const code = v.decision === 'allow' ? EXIT.ok : EXIT.deny;
  if (o.json) {
    const out = {
      decision: v.decision,
      actor: v.actor,
      action: v.action,
      target: v.target,
      channel: v.channel,
      ...(v.integration !== null && { integration: v.integration }),
      citations: v.citations,
      trace: v.trace,
      suggestions: suggestions.map((s) => s.text),
      rule: v.rule,
      remedy: v.remedy,
    };
    return { stdout: JSON.stringify(out, null, 2) + '\n', stderr, code };
  }
  const head = v.decision === 'allow' ? style.green(style.bold('ALLOW')) : style.red(style.bold('DENY'));
  const target2 = v.target ? ` for ${v.target.user} as ${v.target.role}` : '';
  const lines = [
    `${head}  ${v.actor.user} as ${v.actor.role}: ${v.action}${target2}${v.channel ? ` via ${v.channel}` : ''}${v.integration !== null ? ` with ${v.integration}` : ''}`,
    '',
    'Why:',
  ];
  v.trace.forEach((t, i) => lines.push(`  ${i + 1}. ${t}`));
  lines.push('', 'Cited rules:');
  const explained = new Set<string>();
  for (const c of v.citations) {
    lines.push(`  [${c.rule}] "${c.quote}"`, style.dim(`      — ${c.source} (${c.basis})`));
    if (c.url) lines.push(style.dim(`        ${c.url}`));
    // What an inferred rule rests on, once per rule.
    if (c.inferredFrom && !explained.has(c.rule)) {
      explained.add(c.rule);
      lines.push(style.dim(`      Inferred: ${c.inferredFrom}`));
    }
  }
  if (v.decision === 'deny') {
    lines.push('', 'How to change it in NetSuite:', `  ${v.remedy.text}`);
    if (v.remedy.uiPath) lines.push(`  In NetSuite: ${v.remedy.uiPath}`);
    if (v.remedy.url) lines.push(style.dim(`  ${v.remedy.url}`));
  }
  if (suggestions.length) {
    lines.push('', 'What would change this:');
    for (const s of suggestions) lines.push(`  - ${s.text}`);
  }
  return { stdout: lines.join('\n') + '\n', stderr, code };
}

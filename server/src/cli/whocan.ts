import { whoCan } from '../engine';
import { loadForQuery } from './account';
import { optionalChannel, optionalIntegration, optionalTarget, requireAction } from './query';

export function whoCanCommand(o: { file?: string; action?: string; for?: string; forRole?: string; via?: string; integration?: string; json: boolean }): {
  stdout: string;
  stderr: string;
} {
  const { loaded, index, warnings } = loadForQuery(o.file);
  const stderr = warnings.join('');
  const action = requireAction(o.action);
  const target = optionalTarget(index, action, o.for, o.forRole);
  const channel = optionalChannel(o.via, action);
  const integration = optionalIntegration(index, o.integration);
  const actors = whoCan(loaded.model, { action, target, channel, integration });
  if (o.json) {
    return { stdout: JSON.stringify({ action, target: target ?? null, actors: actors.map((a) => ({ user: a.user, role: a.role })) }, null, 2) + '\n', stderr };
  }
  const what = `${action}${target ? ` for ${target.user} as ${target.role}` : ''}${channel ? ` via ${channel}` : ''}${integration !== undefined ? ` with ${integration}` : ''}`;
  if (!actors.length) return { stdout: `Nobody can ${what}.\n`, stderr };
  const lines = [`Who can ${what}:`];
  for (const a of actors) lines.push(`  ${a.user} as ${a.role}  [${[...new Set(a.citations.map((c) => c.rule))].join(', ')}]`);
  return { stdout: lines.join('\n') + '\n', stderr };
}

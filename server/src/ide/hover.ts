import {
  ACTION_DOCS,
  CHANNEL_DOCS,
  closest,
  evaluateExpect,
  type ExpectLine,
  expectRequest,
  factsOf,
  HIGHLY_PRIVILEGED_LIST,
  isPermissionIdShape,
  LEVELS,
  objectReference,
  typoOf,
  PERMISSION_LIST,
  PERMISSIONS,
  type PermissionInfo,
  type RoleDefinition,
  ruleById,
  RULES,
  type Span,
  suggest,
  type UserDefinition,
} from '../engine';
import type { Analysis } from './analysis';
import { capabilitySummary, reason, roleCapabilities } from './capabilities';
import { type Entity, targetAt } from './locate';
import { md, names, quoteBlock } from './markdown';
import { KEYWORD_DOCS, PERMISSION_QUOTES } from './vocabularyDocs';

/** Markdown for the thing at an offset, and the span it describes. */
export interface HoverInfo {
  markdown: string;
  span: Span;
}

/** Links a hover may give; without them the permission hover points at NetSuite's list. */
export interface HoverLinks {
  /** The full page of a permission that has one (`hasPermissionPage`). */
  permissionPage?: (id: string) => string | undefined;
}

export function hover(a: Analysis, offset: number, links: HoverLinks = {}): HoverInfo | undefined {
  const t = targetAt(a, offset);
  if (!t) return undefined;
  const markdown = (() => {
    switch (t.kind) {
      case 'entity':
        return entityHover(a, t.entity);
      case 'permission':
        return t.grant.info ? permissionHover(t.grant.info, links, t.grant.level) : permissionRefDoc(t.grant.ref);
      case 'action':
        return `**${t.action}** (action)\n\n${md(ACTION_DOCS[t.action])}`;
      case 'channel':
        return `**${t.channel}** (channel)\n\n${md(CHANNEL_DOCS[t.channel])}`;
      case 'expect':
        return expectHover(a, t.expect);
      case 'ignore-rule':
        return ruleHover(t.id);
      case 'include':
        return `**include** ${md(t.include.path)}\n\nReads the declarations of that file into this account (path relative to this file).`;
      case 'keyword':
        return KEYWORD_DOCS[t.keyword] ? `**${md(t.keyword)}**\n\n${KEYWORD_DOCS[t.keyword]}` : undefined;
    }
  })();
  return markdown ? { markdown, span: t.span } : undefined;
}

function entityHover(a: Analysis, e: Entity): string {
  switch (e.kind) {
    case 'role':
      return e.role
        ? roleHover(a, e.role)
        : `**Role ${md(e.name)}** is not defined.${didYouMean(
            e.name,
            [...a.index.roles.values()].map((r) => r.name),
          )}`;
    case 'user': {
      const u = a.index.user(e.name);
      return u
        ? userHover(a, u)
        : `**User ${md(e.name)}** is not defined.${didYouMean(
            e.name,
            [...a.index.users.values()].map((x) => x.name),
          )}`;
    }
    case 'integration': {
      const i = a.index.integration(e.name);
      if (!i) return `**Integration ${md(e.name)}** is not defined.`;
      const tba = i.tba?.value === false ? 'unchecked' : 'checked';
      const tokens = a.loaded.model.tokens.filter((t) => t.integration?.key === i.key).map((t) => t.name);
      const box = (f: { value: boolean } | undefined) => (f?.value ? 'checked' : 'unchecked');
      return [
        `**Integration: ${md(i.name)}**`,
        '',
        `- **Token-based Authentication:** ${tba}`,
        `- **TBA: Authorization Flow:** ${box(i.authorizationFlow)}`,
        ...(i.callbackUrl ? [`- **Callback URL:** ${md(i.callbackUrl.value)}`] : []),
        `- **TBA: IssueToken Endpoint:** ${box(i.issueTokenEndpoint)}`,
        `- **State:** ${i.state?.value ?? 'enabled'}`,
        `- **Tokens:** ${tokens.length ? names(tokens) : 'none'}`,
      ].join('\n');
    }
    case 'token': {
      const t = a.index.tokens.get(e.key);
      if (!t) return `**Token ${md(e.name)}**`;
      const lines = [`**Token: ${md(t.name)}**${t.revoked ? ' (revoked)' : t.inactive ? ' (inactive)' : ''}`, ''];
      if (t.user) lines.push(`- **User:** ${md(t.user.name)}`);
      if (t.role) lines.push(`- **Role:** ${md(t.role.name)}`);
      if (t.integration) lines.push(`- **Integration:** ${md(t.integration.name)}`);
      if (t.createdBy) lines.push(`- **Created by:** ${md(t.createdBy.name)}`);
      return lines.join('\n');
    }
  }
}

function didYouMean(name: string, candidates: string[]): string {
  const c = closest(name, candidates);
  return c.length ? ` Did you mean ${c.map(md).join(', ')}?` : '';
}

function roleHover(a: Analysis, role: RoleDefinition): string {
  const c = roleCapabilities(a, role);
  const yes = (ok: boolean) => (ok ? 'yes' : 'no');
  const login = c.restletLogin.decision === 'allow' || c.webServicesLogin.decision === 'allow';
  const loginWhy =
    c.restletLogin.decision !== c.webServicesLogin.decision
      ? `RESTlets: ${md(reason(c.restletLogin))} Web services: ${md(reason(c.webServicesLogin))}`
      : md(reason(c.webServicesLogin));
  const own = c.ownPortlet.decision === 'allow' ? c.ownPortlet : c.ownEndpoint;
  const others = c.othersAllowed.length
    ? `yes, for ${names(c.othersAllowed.map((t) => `${t.user} as ${t.role}`))}`
    : `no. ${c.othersDenied ? md(reason(c.othersDenied)) : 'There is no other user with a role to issue for.'}`;
  const head = [`**Role: ${md(role.name)}**`];
  if (role.id) head.push(`(id ${md(role.id.value)})`);
  if (role.inactive) head.push('— inactive');
  if (role.origin === 'sdf') head.push('— SuiteCloud role object');
  return [
    head.join(' '),
    '',
    `- **Log in with tokens:** ${yes(login)}. ${loginWhy}`,
    `- **Issue own tokens:** ${yes(own.decision === 'allow')}. ${md(reason(own))}`,
    `- **Issue tokens for others:** ${others}`,
    `- **Two-factor authentication:** ${c.twoFactor.required ? 'required' : 'not required'}. ${md(c.twoFactor.why)}`,
    `- **Held by:** ${c.holders.length ? names(c.holders.map((u) => u.name)) : 'nobody'}`,
  ].join('\n');
}

function userHover(a: Analysis, u: UserDefinition): string {
  const roles = a.index.rolesOf(u);
  const lines = [`**User: ${md(u.name)}**${u.inactive ? ' — inactive: nothing is allowed' : ''}`, ''];
  if (!roles.length) lines.push('Holds no role.');
  for (const r of roles) lines.push(`- **${md(r.name)}:** ${md(capabilitySummary(roleCapabilities(a, r)))}`);
  return lines.join('\n');
}

/**
 * A permission's hover: what it is and allows, the first quote, and a link to the rest, in a
 * dozen lines or fewer so it does not cover the editor (the full text is `permissionDoc`).
 */
export function permissionHover(p: PermissionInfo, links: HoverLinks = {}, level?: string, levels: readonly string[] = p.levels): string {
  const id = p.id ? `permission ID ${md(p.id)}` : 'NetSuite gives no permission ID';
  const lines = [`**${md(p.name)}** · ${id}`, ''];
  if (p.summary) lines.push(md(p.summary), '');
  const facts = [`**Levels:** ${levels.join(', ')}${level ? ` (this line: ${md(level)})` : ''}`];
  if (!p.summary && p.category) facts.push(`**Category:** ${md(p.category.label)}`);
  if (p.aliases.length) facts.push(`**Also called:** ${names(p.aliases, 3)}`);
  facts.push(`**2FA:** ${p.highlyPrivileged ? 'required for every role that holds it (highly privileged; inferred)' : 'not made mandatory by it (inferred)'}`);
  lines.push(facts.join(' · '));
  const q = PERMISSION_QUOTES[p.id];
  const first = [...(q?.can ?? []), ...(q?.cannot ?? []), ...(p.highlyPrivileged ? ['TBA-2FA-REQUIRED'] : [])]
    .map((r) => ruleById(r))
    .find((r) => r?.quotes.length);
  if (first) lines.push('', quoteBlock(first.quotes[0], first.basis));
  const page = hasPermissionPage(p) ? links.permissionPage?.(p.id) : undefined;
  const list = `[${PERMISSION_LIST.title}](${PERMISSION_LIST.url})`;
  lines.push(
    '',
    page
      ? `[All about this permission](${page}): ${permissionPageCount(p)} quotes, the basis of the 2FA answer, where to add it · ${list}`
      : `${p.listed ? `Listed in NetSuite's ${list}` : "Not in NetSuite's permission list: named only on the list of permissions requiring 2FA"}; 2FA basis: ${md(HIGHLY_PRIVILEGED_LIST.short)}.`,
  );
  return lines.join('\n');
}

/** Permissions whose documentation is too long for a hover: they quote NetSuite, or force 2FA. */
export function hasPermissionPage(p: PermissionInfo): boolean {
  return !!p.id && (!!PERMISSION_QUOTES[p.id] || p.highlyPrivileged);
}

function permissionPageCount(p: PermissionInfo): number {
  const q = PERMISSION_QUOTES[p.id];
  const ids = [...(q?.can ?? []), ...(q?.cannot ?? []), ...(p.highlyPrivileged ? ['TBA-2FA-REQUIRED'] : [])];
  return ids.reduce((n, r) => n + (ruleById(r)?.quotes.length ?? 0), 0);
}

/** A permission the list does not hold: a custom object reference, an ID absent from the list, or unknown text. */
export function permissionRefDoc(ref: string, idShaped: (s: string) => boolean = isPermissionIdShape): string {
  const obj = objectReference(ref);
  if (obj && !('problem' in obj)) {
    const parts = [obj.type && `type ${md(obj.type)}`, obj.appid && `SuiteApp ${md(obj.appid)}`, obj.bundleid && `bundle ${md(obj.bundleid)}`].filter(Boolean);
    return [
      `**${md(ref)}** · custom object permission`,
      '',
      `Access to the custom object with script ID ${md(obj.scriptid)}${parts.length ? ` (${parts.join(', ')})` : ''}. It changes no token decision.`,
      '',
      `**Levels:** ${LEVELS.join(', ')}`,
    ].join('\n');
  }
  if (obj) return `**${md(ref)}** is not a custom object reference: ${md(obj.problem)}.`;
  if (idShaped(ref)) {
    const typo = typoOf(ref);
    return [
      `**${md(ref)}** · not in NetSuite's published permission list`,
      '',
      'NetSuite exports some IDs that the list lacks, so it may be right; the simulator does not know it, so it changes no token decision.',
      ...(typo ? ['', `Did you mean ${md(typo.id)} (${md(typo.name)})?`] : []),
    ].join('\n');
  }
  const c = closest(ref, PERMISSION_HANDLES);
  return `**Unknown permission ${md(ref)}**: the simulator does not know it, so it changes no decision.${c.length ? ` Did you mean ${c.map(md).join(', ')}?` : ''}`;
}

const PERMISSION_HANDLES = PERMISSIONS.flatMap((p) => (p.id ? [p.name, p.id] : [p.name]));

/**
 * The documentation of a permission: name, ID, category, aliases, levels, whether it makes 2FA
 * mandatory (and on what basis), and for the TBA permissions what holders can and cannot do, quoted.
 */
export function permissionDoc(p: PermissionInfo, level?: string, levels: readonly string[] = p.levels): string {
  const id = p.id ? `permission ID ${md(p.id)}` : 'NetSuite gives no permission ID';
  const lines = [`**${md(p.name)}** · ${id}`, ''];
  const facts: string[] = [];
  if (p.category) facts.push(`**Category:** ${md(p.category.label)} (${md(p.category.prefix + '_')})`);
  if (p.aliases.length) facts.push(`**Also called:** ${p.aliases.map(md).join('; ')}`);
  facts.push(`**Levels:** ${levels.join(', ')}${level ? ` (this line: ${md(level)})` : ''}`);
  const basis = `inferred from ${md(HIGHLY_PRIVILEGED_LIST.short)}`;
  facts.push(
    p.highlyPrivileged
      ? `**Two-factor authentication:** required for every role that holds it (highly privileged; ${basis}).`
      : `**Two-factor authentication:** not among the permissions that make it mandatory (${basis}).`,
  );
  lines.push(facts.map((f) => `- ${f}`).join('\n'));
  if (p.summary) lines.push('', md(p.summary));
  const q = PERMISSION_QUOTES[p.id];
  const section = (title: string, ids: string[]) => {
    const quotes = ids.flatMap((r) => ruleById(r)?.quotes.map((x) => quoteBlock(x, ruleById(r)!.basis)) ?? []);
    if (quotes.length) lines.push('', `**${title}**`, '', quotes.join('\n\n'));
  };
  if (q) {
    section('Holders can', q.can);
    section('Holders cannot', q.cannot);
  }
  if (p.highlyPrivileged) section('Two-factor authentication', ['TBA-2FA-REQUIRED']);
  lines.push(
    '',
    p.listed
      ? `Listed in NetSuite's [${PERMISSION_LIST.title}](${PERMISSION_LIST.url}), from ${md(PERMISSION_LIST.via)}.`
      : "Not in NetSuite's permission list: named only on the list of permissions requiring 2FA.",
  );
  lines.push('', `**Where:** ${md(ruleById('TBA-LOGIN')!.uiPath ?? '')}`);
  return lines.join('\n');
}

function expectHover(a: Analysis, e: ExpectLine): string {
  const r = evaluateExpect(e, a.loaded.model, a.index);
  if (!r) return '**expect**: names an undefined user or role, so it is not decided.';
  const v = r.verdict;
  const head = `**expect ${r.pass ? 'passes' : 'fails'}**: the decision is **${v.decision.toUpperCase()}**, ${e.expected.value} was expected.`;
  const steps = v.trace.map((s, i) => `${i + 1}. ${md(s)}`).join('\n');
  const explained = new Set<string>();
  const cites = v.citations
    .map((c) => {
      const why = c.inferredFrom && !explained.has(c.rule) ? `\n>\n> Inferred: ${md(c.inferredFrom)}` : '';
      explained.add(c.rule);
      return `${quoteBlock(c)}\n>\n> (${md(c.rule)})${why}`;
    })
    .join('\n\n');
  const out = [head, '', steps, '', cites];
  // Computed here, for the line under the cursor: lint does not suggest for every failing line.
  const req = !r.pass && expectRequest(e, a.index);
  const fixes = req ? suggest(factsOf(a.loaded.model, a.index), req, v) : [];
  if (fixes.length) out.push('', '**To make it hold**', '', fixes.map((s) => `- ${md(s.text)}`).join('\n'));
  return out.join('\n');
}

export function ruleHover(id: string): string {
  const r = ruleById(id);
  if (!r)
    return `**${md(id)}** is not a rule id.${didYouMean(
      id,
      RULES.map((x) => x.id),
    )}`;
  const lines = [`**${md(r.id)}**: ${md(r.title)}`, '', `Default severity: ${r.severity} · ${r.basis}`, '', md(r.help)];
  if (r.inferredFrom) lines.push('', `Inferred from: ${md(r.inferredFrom)}`);
  if (r.quotes.length) lines.push('', r.quotes.map((q) => quoteBlock(q, r.basis)).join('\n\n'));
  if (r.uiPath) lines.push('', `**Where:** ${md(r.uiPath)}`);
  return lines.join('\n');
}

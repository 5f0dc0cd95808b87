/**
 * Random role files that parse (mostly) and carry the usual mistakes, laid out in every way the
 * grammar allows: one-line and multi-line blocks, odd indentation, blank lines, `;`, own-line and
 * trailing comments, ignore comments, CRLF. For the formatter, quick-fix and server properties.
 */
import fc from 'fast-check';
import { ACTIONS, CHANNELS, RULES } from '../../server/src/engine';

/** Names that try to become markup, links, commands or icons wherever they are shown. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '](command:workbench.action.terminal.new)',
  '[click](command:workbench.action.terminal.new "x")',
  '`code` *em* _u_ **b** ~~s~~',
  '$(alert) $(terminal)',
  '<script>alert(1)</script>',
  'a"quote',
  'back\\slash',
  '# heading',
  '> quote | table |',
  '{{0}} {1}',
  '😀 ünïcödé İ ß',
  '&lt;b&gt; &amp;',
  'https://evil.example/x',
];

const PLAIN = ['Admin', 'Integration Manager', 'RESTlet Integration', 'Developer', 'SOAP Sync', 'bob@acme.com', 'svc-orders', 'alice', 'Reporting API', 'x'];

// Printable text without line breaks (a name or comment cannot hold one).
const lineChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.@') },
  { weight: 2, arbitrary: fc.constantFrom(...'!"#$%&\'()*+,/:;<=>?[\\]^`{|}~\t') },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', '😀', '中', '\u00a0', '\u200b', 'İ') },
);
const lineText = (max: number) => fc.array(lineChar, { maxLength: max }).map((a) => a.join(''));

export const nameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
  { weight: 2, arbitrary: lineText(14).filter((s) => s.trim().length > 0) },
);

const PERMISSION_REFS = [
  'ADMI_LOGIN_OAUTH',
  'ADMI_MANAGE_OAUTH_TOKENS',
  'ADMI_MANAGE_OWN_OAUTH_TOKENS',
  '"Log in using Access Tokens"',
  '"Access Token Management"',
  '"User Access Tokens"',
  '"log in using  ACCESS tokens"',
  '"Log in using Acess Tokens"',
  '"User Acess Tokens"',
  'ADMI_FLY',
  'ADMI_KERNEL',
  '"Integration Application"',
];
const LEVELS = ['full', 'none', 'view', 'edit', 'create'];

interface RefSpec {
  to: number;
  form: 'name' | 'id' | 'typo' | 'case' | 'unknown';
}
const ref: fc.Arbitrary<RefSpec> = fc.record({
  to: fc.nat(20),
  form: fc.oneof(
    { weight: 8, arbitrary: fc.constant('name' as const) },
    { weight: 1, arbitrary: fc.constantFrom('id' as const, 'typo' as const, 'case' as const, 'unknown' as const) },
  ),
});

interface Layout {
  oneLine: boolean;
  blank: number;
  comment?: string;
  trailing?: string;
  ignore?: string[];
  indent: string;
  gap: string;
  semis: boolean;
}
const layout: fc.Arbitrary<Layout> = fc.record(
  {
    oneLine: fc.boolean(),
    blank: fc.nat(2),
    comment: lineText(20),
    trailing: lineText(12),
    ignore: fc.array(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...RULES.map((r) => r.id)) }, { weight: 1, arbitrary: fc.constant('NSR-NO-SUCH-RULE') }),
      { minLength: 0, maxLength: 2 },
    ),
    indent: fc.constantFrom('', ' ', '  ', '    ', '\t', ' \t '),
    gap: fc.constantFrom(' ', ' ', '  ', '\t'),
    semis: fc.boolean(),
  },
  { requiredKeys: ['oneLine', 'blank', 'indent', 'gap', 'semis'] },
);

const role = fc.record(
  {
    name: nameArb,
    id: fc.constantFrom('customrole_a', 'customrole_b', 'customrole_c', 'customrole_integration_manager'),
    administrator: fc.boolean(),
    twoFactor: fc.constantFrom('required', 'not-required'),
    wso: fc.boolean(),
    inactive: fc.boolean(),
    perms: fc.array(fc.record({ ref: fc.constantFrom(...PERMISSION_REFS), level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }) }), {
      maxLength: 3,
    }),
    layout,
  },
  { requiredKeys: ['name', 'administrator', 'wso', 'inactive', 'perms', 'layout'] },
);
const user = fc.record({ name: nameArb, roles: fc.array(ref, { maxLength: 3 }), inactive: fc.boolean(), layout });
const integration = fc.record(
  { name: nameArb, tba: fc.constantFrom('enabled', 'disabled'), state: fc.constantFrom('enabled', 'blocked', 'waiting-for-approval'), layout },
  { requiredKeys: ['name', 'layout'] },
);
const token = fc.record(
  { name: nameArb, user: ref, role: ref, integration: ref, createdBy: ref, revoked: fc.boolean(), layout },
  { requiredKeys: ['name', 'revoked', 'layout'] },
);
const expect = fc.record(
  {
    actor: ref,
    role: ref,
    can: fc.boolean(),
    action: fc.constantFrom(...ACTIONS),
    target: fc.record({ user: ref, role: ref }),
    channel: fc.constantFrom(...CHANNELS),
    layout,
  },
  { requiredKeys: ['actor', 'role', 'can', 'action', 'layout'] },
);

export const accountSpec = fc.record(
  {
    account: fc.record({ tba: fc.constantFrom('enabled', 'disabled', undefined), layout }),
    include: fc.boolean(),
    roles: fc.array(role, { minLength: 1, maxLength: 6 }),
    users: fc.array(user, { maxLength: 6 }),
    integrations: fc.array(integration, { maxLength: 3 }),
    tokens: fc.array(token, { maxLength: 3 }),
    expects: fc.array(expect, { maxLength: 5 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    tail: lineText(20),
    shuffle: fc.nat(),
  },
  { requiredKeys: ['include', 'roles', 'users', 'integrations', 'tokens', 'expects', 'crlf', 'finalNewline', 'shuffle'] },
);
export type AccountSpec = typeof accountSpec extends fc.Arbitrary<infer T> ? T : never;

export function quote(name: string): string {
  return `"${name.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/** A one-character slip: dropped, doubled or swapped, as people mistype. */
function typo(name: string, k: number): string {
  const cs = [...name];
  if (cs.length < 2) return name + 'x';
  const i = k % cs.length;
  if (k % 3 === 0) cs.splice(i, 1);
  else if (k % 3 === 1) cs.splice(i, 0, cs[i]);
  else [cs[i], cs[(i + 1) % cs.length]] = [cs[(i + 1) % cs.length], cs[i]];
  return cs.join('');
}

/** The role file text of a spec. */
export function renderAccount(spec: AccountSpec): string {
  const roleOf = (r: RefSpec) => spec.roles[r.to % spec.roles.length];
  const pick = <T extends { name: string }>(list: T[], r: RefSpec): string => {
    if (r.form === 'unknown' || !list.length) return quote('nobody here');
    const target = list[r.to % list.length];
    if (r.form === 'typo') return quote(typo(target.name, r.to));
    if (r.form === 'case') return quote(`  ${target.name.toUpperCase()} `);
    return quote(target.name);
  };
  const roleRef = (r: RefSpec): string => {
    const target = roleOf(r);
    return r.form === 'id' && target.id ? target.id : pick(spec.roles, r);
  };

  // Heads and body lines as tokens, so the layout can vary the blanks between them.
  const decls: { head: string[]; body: string[][]; layout: Layout; block: boolean }[] = [];
  if (spec.account) {
    decls.push({
      head: ['account', quote('Acme')],
      body: spec.account.tba ? [['token-based-authentication', spec.account.tba]] : [],
      layout: spec.account.layout,
      block: true,
    });
  }
  for (const r of spec.roles) {
    const body: string[][] = [];
    if (r.id) body.push(['id', r.id]);
    if (r.administrator) body.push(['administrator']);
    for (const p of r.perms) body.push(p.level ? ['permission', p.ref, p.level] : ['permission', p.ref]);
    if (r.twoFactor) body.push(['two-factor', r.twoFactor]);
    if (r.wso) body.push(['web-services-only']);
    if (r.inactive) body.push(['inactive']);
    decls.push({ head: ['role', quote(r.name)], body, layout: r.layout, block: true });
  }
  for (const u of spec.users) {
    const body = u.roles.map((r) => ['role', roleRef(r)]);
    if (u.inactive) body.push(['inactive']);
    decls.push({ head: ['user', quote(u.name)], body, layout: u.layout, block: true });
  }
  for (const i of spec.integrations) {
    const body: string[][] = [];
    if (i.tba) body.push(['token-based-authentication', i.tba]);
    if (i.state) body.push(['state', i.state]);
    decls.push({ head: ['integration', quote(i.name)], body, layout: i.layout, block: true });
  }
  for (const t of spec.tokens) {
    const body: string[][] = [];
    if (t.user) body.push(['user', pick(spec.users, t.user)]);
    if (t.role) body.push(['role', roleRef(t.role)]);
    if (t.integration) body.push(['integration', pick(spec.integrations, t.integration)]);
    if (t.createdBy) body.push(['created-by', pick(spec.users, t.createdBy)]);
    if (t.revoked) body.push(['revoked']);
    decls.push({ head: ['token', quote(t.name)], body, layout: t.layout, block: true });
  }
  for (const e of spec.expects) {
    const head = ['expect', pick(spec.users, e.actor), 'as', roleRef(e.role), e.can ? 'can' : 'cannot', e.action];
    if (e.target) head.push('for', pick(spec.users, e.target.user), 'as', roleRef(e.target.role));
    if (e.channel) head.push('via', e.channel);
    decls.push({ head, body: [], layout: e.layout, block: false });
  }
  // Declarations may come in any order; keep the account first half the time.
  const order = decls.map((_, i) => i);
  let s = spec.shuffle;
  for (let i = order.length - 1; i > 0 && s > 0; i--, s = Math.floor(s / 7)) {
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }

  const nl = spec.crlf ? '\r\n' : '\n';
  const out: string[] = [];
  if (spec.include) out.push('include "shared.nsroles"');
  for (const i of order) {
    const { head, body, layout: l, block } = decls[i];
    for (let b = 0; b < l.blank; b++) out.push(b === 0 ? '' : l.indent);
    if (l.comment !== undefined) out.push(`${l.indent}# ${l.comment}`);
    if (l.ignore?.length) out.push(`${l.indent}# nsroles-ignore ${l.ignore.join(', ')}`);
    const words = head.join(l.gap);
    const trail = l.trailing !== undefined ? `${l.gap}# ${l.trailing}` : '';
    if (!block) out.push(`${l.indent}${words}${trail}`);
    else if (l.oneLine || !body.length) {
      const inner = body.map((x) => x.join(l.gap)).join(`;${l.gap}`);
      out.push(`${l.indent}${words}${l.gap}{${inner ? `${l.gap}${inner}${l.gap}` : ''}}${trail}`);
    } else {
      out.push(`${l.indent}${words}${l.gap}{${trail}`);
      body.forEach((x, k) =>
        out.push(`${l.indent}${l.indent || ' '}${x.join(l.gap)}${l.semis && k % 2 === 0 ? ';' : ''}${k === 0 && l.trailing ? `${l.gap}# ${l.trailing}` : ''}`),
      );
      out.push(`${l.indent}}`);
    }
  }
  if (spec.tail !== undefined) out.push(`# ${spec.tail}`);
  return out.join(nl) + (spec.finalNewline ? nl : '');
}

/** Random role files as text. */
export const accountText: fc.Arbitrary<string> = accountSpec.map(renderAccount);

/** The file an account's `include` names, for hosts that resolve it. */
export const SHARED = 'role "Shared Login" { permission ADMI_LOGIN_OAUTH }\n# shared roles\nuser "shared-user" { role "Shared Login" }\n';

// ------------------------------------------------------------------ layout-only mutations

export type Reflow =
  | { kind: 'space'; at: number; text: string }
  | { kind: 'indent'; line: number; text: string }
  | { kind: 'blank'; line: number }
  | { kind: 'join'; line: number }
  | { kind: 'strip'; line: number };

export const reflow: fc.Arbitrary<Reflow> = fc.oneof(
  fc.record({ kind: fc.constant('space' as const), at: fc.nat(), text: fc.constantFrom(' ', '  ', '\t', ' \t') }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), text: fc.constantFrom('', ' ', '   ', '\t', '        ') }),
  fc.record({ kind: fc.constantFrom('blank' as const, 'join' as const, 'strip' as const), line: fc.nat() }),
);

/**
 * Changes only layout: spaces beside existing spaces, indentation, blank lines, two lines joined
 * with `;` (when neither holds a comment), trailing blanks removed. The meaning stays the same.
 */
export function reflowText(text: string, changes: Reflow[]): string {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  let lines = text.split(/\r?\n/);
  for (const c of changes) {
    if (c.kind === 'space') {
      const flat = lines.join('\n');
      // Only beside a blank that is outside strings and comments, found by scanning the line.
      const spots: number[] = [];
      let inString = false;
      let inComment = false;
      for (let i = 0; i < flat.length; i++) {
        const ch = flat[i];
        if (ch === '\n') inString = inComment = false;
        else if (inComment) continue;
        else if (inString) {
          if (ch === '\\') i++;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === '#') inComment = true;
        else if (ch === ' ' || ch === '\t') spots.push(i);
      }
      if (!spots.length) continue;
      const at = spots[c.at % spots.length];
      lines = (flat.slice(0, at) + c.text + flat.slice(at)).split('\n');
    } else {
      const i = c.line % lines.length;
      if (c.kind === 'indent') lines[i] = c.text + lines[i].replace(/^[ \t]*/, '');
      // Never between an ignore comment and the line it silences.
      else if (c.kind === 'blank') {
        if (!/nsroles-ignore/.test(lines[i - 1] ?? '')) lines.splice(i, 0, '');
      } else if (c.kind === 'strip') lines[i] = lines[i].replace(/[ \t]+$/, '');
      else if (c.kind === 'join' && i + 1 < lines.length) {
        const a = lines[i];
        const b = lines[i + 1];
        // Joining is safe only between two plain statements: no comment, no block edge.
        if (
          /nsroles-ignore/.test(lines[i - 1] ?? '') ||
          /#|[{}]\s*$|^\s*$/.test(a) ||
          /#|^\s*[{}]|^\s*$/.test(b) ||
          /^\s*(role|user|integration|token|account|expect|include)\b/.test(b)
        )
          continue;
        lines.splice(i, 2, `${a}; ${b.trim()}`);
      }
    }
  }
  return lines.join(nl);
}

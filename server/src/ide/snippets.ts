import { ACTIONS } from '../engine';
import type { Analysis } from './analysis';

/** Block and expect templates (LSP snippet syntax), filled with the account's names. */
export function snippetsFor(a: Analysis): { label: string; kind: 'snippet'; detail: string; insertText: string; snippet: true; filterText: string }[] {
  const roles = [...a.index.roles.values()].map((r) => r.name);
  const users = [...a.index.users.values()].map((u) => u.name);
  const integrations = [...a.index.integrations.values()].map((i) => i.name);
  const mk = (keyword: string, detail: string, body: string, label = `${keyword} { … }`) => ({
    label,
    kind: 'snippet' as const,
    detail,
    insertText: body,
    snippet: true as const,
    filterText: keyword,
  });
  return [
    mk('role', 'Role block', 'role "${1:Role name}" {\n  permission "${2|Log in using Access Tokens,User Access Tokens,Access Token Management|}" full\n}$0'),
    mk('user', 'User block', `user "\${1:user@example.com}" {\n  role "${choice(2, roles, 'Role name')}"\n}$0`),
    mk('integration', 'Integration block', 'integration "${1:Integration name}" {\n  token-based-authentication enabled\n  state enabled\n}$0'),
    mk(
      'token',
      'Token block',
      `token "\${1:token name}" {\n  user "${choice(2, users, 'user')}"\n  role "${choice(3, roles, 'role')}"\n  integration "${choice(4, integrations, 'integration')}"\n}$0`,
    ),
    // An expect is one line, not a block: the label says what is inserted.
    mk(
      'expect',
      'Expect line',
      `expect "${choice(1, users, 'user')}" as "${choice(2, roles, 'role')}" \${3|can,cannot|} \${4|${ACTIONS.join(',')}|}$0`,
      'expect "user" as "role" can …',
    ),
    mk('account', 'Account block', 'account "${1:Account name}" {\n  token-based-authentication enabled\n}$0'),
  ];
}

/** A tab stop offering the names as choices, or a placeholder when there are none. */
function choice(n: number, names: string[], placeholder: string): string {
  if (!names.length) return `\${${n}:${placeholder}}`;
  // Inside the quotes the name is a string literal, and `,|\` are the choice syntax's own.
  const esc = names.slice(0, 20).map((x) => x.replace(/[\\"]/g, (c) => '\\' + c).replace(/[\\,|]/g, (c) => '\\' + c));
  return `\${${n}|${esc.join(',')}|}`;
}

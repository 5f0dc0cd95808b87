/**
 * The shape of a rule's examples and the building blocks they share. Each rule file exports its
 * own `examples()`: what the rule checks, a role file to avoid and one to prefer, shown on its page
 * (docs/rules/RULE-ID.md). test/engine/rule-docs.test.ts lints every example: the avoid file must
 * produce its rule (as a finding, or as a citation of a failing `expect`), the prefer file must
 * not, and must have no error or warning at all. `examples` is a function, so the bundles leave
 * it out (a bundler cannot tell that the builders below are pure); only scripts and tests call it.
 */

/** A role file, optionally with the other files of its account. */
export interface Example {
  /**
   * The file's name in the page (default account.nsroles). A `.nsroles` file is the entry the
   * engine loads; a `.xml` file is a SuiteCloud role object, loaded with the account.
   */
  file?: string;
  text: string;
  /** Other files of the account, by path relative to the first: included `.nsroles` files and SDF role objects. */
  files?: Record<string, string>;
}

export interface RuleExamples {
  /** What the rule checks (lint rules) or decides (decision rules), in plain words. */
  checks: string;
  avoid: Example;
  prefer: Example;
}

export const DEFAULT_EXAMPLE_FILE = 'account.nsroles';

// Building blocks that many examples share, so each example shows only what it is about.
export const MANAGER = `role "Integration Manager" {
  permission "Access Token Management" full
  two-factor required
}`;
export const RESTLET = `role "RESTlet Integration" {
  permission "Log in using Access Tokens" full
}`;
export const ADMIN = `role "Administrator" {
  administrator
  two-factor required
}`;
export const DEVELOPER = `role "Developer" {
  permission "User Access Tokens" full
}`;
export const ORDERS_SYNC = `integration "Orders Sync" {
  token-based-authentication enabled
  state enabled
}`;

export const lines = (...parts: string[]) => parts.join('\n') + '\n';

/** The snapshot `nsroles matrix account.nsroles --format json` writes for dev, with own tokens `issue`. */
export function accessLock(issue: 'allow' | 'deny'): string {
  const own = { user: 'dev', role: 'Developer' };
  const rows = [
    { ...own, action: 'issue-token', target: own, decision: issue },
    { ...own, action: 'revoke-token', target: own, decision: issue },
    { ...own, action: 'restlet-login', target: null, decision: 'allow' },
    { ...own, action: 'web-services-login', target: null, decision: 'allow' },
  ];
  return JSON.stringify({ rows }, null, 2) + '\n';
}

/** A SuiteCloud role object as SDF writes it: the fields in order, then the permissions. */
export function sdfRole(scriptid: string, fields: [string, string][], permissions: [string, string][]): string {
  const out = [`<role scriptid="${scriptid}">`];
  for (const [name, value] of fields) out.push(`    <${name}>${value}</${name}>`);
  out.push('    <permissions>');
  for (const [key, level] of permissions) {
    out.push('        <permission>', `            <permkey>${key}</permkey>`, `            <permlevel>${level}</permlevel>`, '        </permission>');
  }
  out.push('    </permissions>', '</role>');
  return lines(...out);
}
export const OBJECTS = 'src/Objects';
export const BASIC: [string, string][] = [['centertype', 'BASIC']];

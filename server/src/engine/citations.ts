/** Titles of the documents that rules cite. */
export const SOURCES = {
  seed: 'Set Up Token-based Authentication Roles',
  uat: 'User Access Token - Create a TBA Token',
  atm: 'Access Token Management',
  issueToken: 'Issue Token and Revoke Token REST Services',
  tba: 'Token-based Authentication (TBA)',
  feature: 'Enable the Token-based Authentication Feature',
  integrations: 'Create Integration Records for Applications to Use TBA',
  revoke: 'Revoke/Manage Tokens',
  mandatory2fa: 'Mandatory Two-Factor Authentication (2FA) for NetSuite Access',
  permissionNames: 'Permission Names and IDs',
  /** The engine's fact sheet, for facts it states without naming a NetSuite page. */
  facts: 'NetSuite token-based authentication: facts for the rule engine',
  /** The language contract, for rules about the file format rather than NetSuite. */
  language: 'The .nsroles language and the nsroles CLI — external contract v2',
} as const;

import type { Basis, Citation } from '../../../shared/protocol/wire';
export type { Basis, Citation } from '../../../shared/protocol/wire';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Quote {
  source: string;
  text: string;
}

/** A rule's metadata: everything a diagnostic, a hover, a docs page or SARIF needs. */
export interface RuleMeta {
  id: string;
  title: string;
  /** Decision rules explain allow/deny; lint rules produce findings. */
  kind: 'decision' | 'lint';
  /** Default severity of its findings (decision rules: the severity when used as a finding). */
  severity: Severity;
  basis: Basis;
  /** For an inferred rule: what it is derived from, in plain words. */
  inferredFrom?: string;
  quotes: Quote[];
  /** What to do, in plain words. */
  help: string;
  /** Where in NetSuite to make the change, when there is such a place. */
  uiPath?: string;
}

/** The citations a rule contributes to a decision or finding: one per quote. */
export function citationsOf(rule: RuleMeta): Citation[] {
  return rule.quotes.map((q) => ({ rule: rule.id, source: q.source, basis: rule.basis, quote: q.text }));
}

export const MANAGE_ROLES_PATH = 'Setup > Users/Roles > User Management > Manage Roles > (role) > Permissions > Setup subtab > Add';

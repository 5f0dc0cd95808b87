const NS = 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/';
const MIRROR = 'https://oracle.hydrogen.sagittarius.connect.product.adaptavist.com/en/cloud/saas/netsuite/ns-online-help/';

/** A document rules quote: a NetSuite help page (with its address), or the language contract. */
export interface DocPage {
  title: string;
  /** The NetSuite page; absent only for the language contract. */
  url?: string;
}

/**
 * The NetSuite help pages rules quote, each with its address. Stored copies of them are in
 * docs/sources/netsuite-help/, and a test finds every quote in the page its URL names.
 */
export const DOC_PAGES = {
  seed: { title: 'Set Up Token-based Authentication Roles', url: NS + 'bridgehead_4248124361.html' },
  uat: { title: 'User Access Token – Create a TBA Token', url: NS + 'bridgehead_4254083671.html' },
  atm: { title: 'Access Token Management – Create and Assign a TBA Token', url: NS + 'bridgehead_4254081947.html' },
  issueToken: { title: 'Issue Token and Revoke Token REST Services for Token-based Authentication', url: NS + 'chapter_157017286140.html' },
  issueTokenEndpoint: { title: 'The IssueToken Endpoint', url: NS + 'section_156337184796.html' },
  otp: { title: 'Required 2FA, the IssueToken Endpoint, and nlauth_otp', url: NS + 'section_1546447142.html' },
  tba: { title: 'Token-based Authentication (TBA)', url: NS + 'chapter_4247329078.html' },
  tbaUsers: { title: 'Token-based Authentication (TBA) for Users', url: NS + 'section_158618788810.html' },
  restlet: { title: 'Setting up Token-based Authentication for a RESTlet integration', url: NS + 'section_1530099787.html' },
  /** Only a mirror of Oracle's help holds this page. */
  setupRestlets: { title: 'TBA Setup Requirements', url: MIRROR + 'section_4636903496.html' },
  restRoles: { title: 'The REST Roles Service', url: NS + 'chapter_157011522878.html' },
  integrations: { title: 'Create Integration Records for Applications to Use TBA', url: NS + 'bridgehead_4249032125.html' },
  threeStep: { title: 'The Three-Step TBA Authorization Flow', url: NS + 'section_156337186044.html' },
  stepTwo: { title: 'Step Two Authorize the Request Token', url: NS + 'section_156536698849.html' },
  authFlowErrors: { title: 'Error Messages for the TBA Authorization Flow', url: NS + 'subsect_156934879823.html' },
  tbaErrors: { title: 'Error Messages for RESTlets, SOAP Web Services, and REST Web Services', url: NS + 'subsect_156935170194.html' },
  tokens: { title: 'Viewing, Editing, Creating, and Revoking TBA Tokens', url: NS + 'bridgehead_4249078810.html' },
  oauthRefreshErrors: {
    title: 'Refresh Token Request Error Messages in the Login Audit Trail (OAuth 2.0)',
    url: NS + 'subsect_161252550131.html',
  },
  mandatory2fa: { title: 'Mandatory Two-Factor Authentication (2FA) for NetSuite Access', url: NS + 'section_1532968056.html' },
  permissions2fa: { title: 'Permissions Requiring Two-Factor Authentication (2FA)', url: NS + 'section_1515446005.html' },
  designate2fa: { title: 'Designate Two-Factor Authentication Roles', url: NS + 'section_N328126.html' },
  wsoUser: { title: 'Setting a Web Services Only Role for a User', url: NS + 'section_N3424894.html' },
  wsoRole: { title: 'Setting a Role as Web Services Only Role', url: NS + 'bridgehead_N288629.html' },
  sso: { title: 'Setting a Role as Single Sign-On Only Role', url: NS + 'bridgehead_N288661.html' },
  sdfRole: { title: 'role', url: NS + 'SDFxml_2121043136.html' },
  sdfPermission: { title: 'permission', url: NS + 'SDFxml_762449695.html' },
  sdfFiles: { title: 'SDF Custom Object File Structure', url: NS + 'subsect_1537555588.html' },
  sdfCustomRoles: { title: 'Custom Roles as XML Definitions', url: NS + 'section_4731154857.html' },
  accessLevels: { title: 'Access Levels for Permissions', url: NS + 'section_N326341.html' },
  /** The language contract, for rules about the file format rather than NetSuite. */
  language: { title: 'The .nsroles language and the nsroles CLI — external contract v2' },
} as const satisfies Record<string, DocPage>;

/** Titles of the documents that rules cite (`source` in a citation). */
export const SOURCES = Object.fromEntries(Object.entries(DOC_PAGES).map(([k, p]) => [k, p.title])) as {
  [K in keyof typeof DOC_PAGES]: (typeof DOC_PAGES)[K]['title'];
};

import type { Basis, Citation, Remedy } from '../../../shared/protocol/wire';
export type { Basis, Citation } from '../../../shared/protocol/wire';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Quote {
  source: string;
  url?: string;
  text: string;
}

/** A quote of `page`: its title, its address and the sentence, verbatim. */
export function quote(page: DocPage, text: string): Quote {
  return page.url ? { source: page.title, url: page.url, text } : { source: page.title, text };
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
  /** The sentences the rule rests on, the one that decides first. */
  quotes: Quote[];
  /** What to do, in plain words. */
  help: string;
  /** Where in NetSuite to make the change, when there is such a place. */
  uiPath?: string;
  /** The NetSuite page that gives the steps of the change. */
  remedyUrl?: string;
}

/** The citations a rule contributes to a decision or finding: one per quote, each saying what an inferred rule rests on. */
export function citationsOf(rule: RuleMeta): Citation[] {
  const inferred = rule.basis === 'inferred' && rule.inferredFrom !== undefined ? { inferredFrom: rule.inferredFrom } : {};
  return rule.quotes.map((q) =>
    q.url
      ? { rule: rule.id, source: q.source, url: q.url, basis: rule.basis, ...inferred, quote: q.text }
      : { rule: rule.id, source: q.source, basis: rule.basis, ...inferred, quote: q.text },
  );
}

/** The rule's remedy: what to do, where, and the page with the steps. */
export function remedyOf(rule: RuleMeta): Remedy {
  return { text: rule.help, ...(rule.uiPath && { uiPath: rule.uiPath }), ...(rule.remedyUrl && { url: rule.remedyUrl }) };
}

/** The page a rule sends a reader to: its deciding quote's page, if it quotes NetSuite. */
export function ruleUrl(rule: RuleMeta): string | undefined {
  return rule.quotes.find((q) => q.url)?.url;
}

export const MANAGE_ROLES_PATH = 'Setup > Users/Roles > User Management > Manage Roles > (role) > Permissions > Setup subtab > Add';

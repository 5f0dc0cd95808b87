/**
 * Hand-written content of the rule pages (docs/rules/RULE-ID.md): what each rule checks, and a
 * pair of role files — one to avoid, one to prefer. scripts/gen-rule-docs.ts adds the rest
 * from the rule catalogue. test/engine/rule-docs.test.ts lints every example: the avoid file
 * must produce its rule (as a finding, or as a citation of a failing `expect`), the prefer
 * file must not, and must have no error or warning at all.
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
const MANAGER = `role "Integration Manager" {
  permission "Access Token Management" full
  two-factor required
}`;
const RESTLET = `role "RESTlet Integration" {
  permission "Log in using Access Tokens" full
}`;
const ADMIN = `role "Administrator" {
  administrator
  two-factor required
}`;
const DEVELOPER = `role "Developer" {
  permission "User Access Tokens" full
}`;
const ORDERS_SYNC = `integration "Orders Sync" {
  token-based-authentication enabled
  state enabled
}`;

const lines = (...parts: string[]) => parts.join('\n') + '\n';

/** The snapshot `nsroles matrix account.nsroles --format json` writes for dev, with own tokens `issue`. */
function accessLock(issue: 'allow' | 'deny'): string {
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
function sdfRole(scriptid: string, fields: [string, string][], permissions: [string, string][]): string {
  const out = [`<role scriptid="${scriptid}">`];
  for (const [name, value] of fields) out.push(`    <${name}>${value}</${name}>`);
  out.push('    <permissions>');
  for (const [key, level] of permissions) {
    out.push('        <permission>', `            <permkey>${key}</permkey>`, `            <permlevel>${level}</permlevel>`, '        </permission>');
  }
  out.push('    </permissions>', '</role>');
  return lines(...out);
}
const OBJECTS = 'src/Objects';
const BASIC: [string, string][] = [['centertype', 'BASIC']];

export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  'NSR-ACCOUNT-CONFLICT': {
    checks:
      'Two `account` blocks of one account that disagree: different names, or `token-based-authentication` enabled in one and disabled in the other, in one file or across an `include`. An entry file and the files it includes describe one NetSuite account, which has one name and one setting; until the blocks agree, the checks take the feature as disabled.',
    avoid: {
      text: lines(
        'include "roles.nsroles"',
        '',
        'account "Acme Production" {',
        '  token-based-authentication enabled',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
      ),
      files: {
        'roles.nsroles': lines(
          '# Copied from the sandbox, account block and all.',
          'account "Acme Production" {',
          '  token-based-authentication disabled',
          '}',
          '',
          RESTLET,
        ),
      },
    },
    prefer: {
      text: lines(
        'include "roles.nsroles"',
        '',
        'account "Acme Production" {',
        '  token-based-authentication enabled',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
      ),
      files: { 'roles.nsroles': lines('# Shared roles: the account block stays in the account file.', RESTLET) },
    },
  },

  'TBA-WSO-UI': {
    checks:
      'Decides that a role with the Web Services Only restriction cannot create or manage tokens through the Settings portlet or the Access Tokens page: both are the NetSuite UI, which such a role cannot use. The token endpoint is not the UI.',
    avoid: {
      text: lines(
        'role "SOAP Sync" {',
        '  permission "User Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-inventory" { role "SOAP Sync" }',
        '',
        'expect "svc-inventory" as "SOAP Sync" can issue-token via settings-portlet',
      ),
    },
    prefer: {
      text: lines(
        'role "SOAP Sync" {',
        '  permission "User Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-inventory" { role "SOAP Sync" }',
        '',
        'expect "svc-inventory" as "SOAP Sync" can issue-token via issuetoken-endpoint',
        'expect "svc-inventory" as "SOAP Sync" cannot issue-token via settings-portlet',
      ),
    },
  },
  'TBA-ENDPOINT-OWN': {
    checks: 'Decides that a user may revoke their own token through the token endpoint, in a role that can log in with tokens.',
    avoid: {
      text: lines(
        RESTLET,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" cannot revoke-token via issuetoken-endpoint',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can revoke-token via issuetoken-endpoint',
      ),
    },
  },
  'TBA-INTEGRATION-TBA': {
    checks:
      'Decides, for a request made `with` an integration, that the integration record needs its Token-based Authentication box checked: it enables both the authorization flow and the issuetoken endpoint.',
    avoid: {
      text: lines(
        RESTLET,
        'integration "Orders Sync" { token-based-authentication disabled }',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        ORDERS_SYNC,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
      ),
    },
  },
  'TBA-INTEGRATION-BLOCKED': {
    checks:
      'Decides, for a request made `with` an integration, that a blocked integration record has its requests refused (consumer_key_refused, IntegrationBlocked).',
    avoid: {
      text: lines(
        RESTLET,
        'integration "Orders Sync" { state blocked }',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        ORDERS_SYNC,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
      ),
    },
  },
  'TBA-INTEGRATION-WAITING': {
    checks:
      'Decides, for a request made `with` an integration, that an integration record waiting for approval has all its requests blocked until its state is Enabled.',
    avoid: {
      text: lines(
        RESTLET,
        'integration "Orders Sync" { state waiting-for-approval }',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        ORDERS_SYNC,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login with "Orders Sync"',
      ),
    },
  },
  'TBA-AUTHFLOW-BOX': {
    checks:
      'Decides that the TBA authorization flow, `with` an integration, needs the TBA: Authorization Flow box of that integration record (error AuthorizationFlowRequired).',
    avoid: {
      text: lines(
        DEVELOPER,
        ORDERS_SYNC,
        '',
        'user "dev" { role "Developer" }',
        '',
        'expect "dev" as "Developer" can issue-token via authorization-flow with "Orders Sync"',
      ),
    },
    prefer: {
      text: lines(
        DEVELOPER,
        'integration "Orders Sync" {',
        '  authorization-flow enabled',
        '  callback-url "https://orders.example.com/callback"',
        '}',
        '',
        'user "dev" { role "Developer" }',
        '',
        'expect "dev" as "Developer" can issue-token via authorization-flow with "Orders Sync"',
      ),
    },
  },
  'TBA-AUTHFLOW-CALLBACK': {
    checks:
      'Reports an integration record that uses the TBA authorization flow without a callback URL, which the administrator must configure; a request through the flow with it is denied.',
    avoid: { text: lines('integration "Orders Sync" {', '  authorization-flow enabled', '}') },
    prefer: { text: lines('integration "Orders Sync" {', '  authorization-flow enabled', '  callback-url "https://orders.example.com/callback"', '}') },
  },
  'TBA-AUTHFLOW-OWN': {
    checks:
      'Decides the TBA authorization flow: the user the token is for authorizes it, so nobody gets a token for another user through it; a role that can log in with tokens may authorize its own (inferred), and the flow does not revoke tokens.',
    avoid: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via authorization-flow',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "svc-orders" as "RESTlet Integration" can issue-token via authorization-flow',
        'expect "bob" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
  },
  'TBA-ISSUETOKEN-BOX': {
    checks: 'Decides (inferred) that the issuetoken endpoint, `with` an integration, needs the TBA: IssueToken Endpoint box of that integration record.',
    avoid: {
      text: lines(
        DEVELOPER,
        ORDERS_SYNC,
        '',
        'user "dev" { role "Developer" }',
        '',
        'expect "dev" as "Developer" can issue-token via issuetoken-endpoint with "Orders Sync"',
      ),
    },
    prefer: {
      text: lines(
        DEVELOPER,
        'integration "Orders Sync" { issuetoken-endpoint enabled }',
        '',
        'user "dev" { role "Developer" }',
        '',
        'expect "dev" as "Developer" can issue-token via issuetoken-endpoint with "Orders Sync"',
      ),
    },
  },
  'TBA-SSO-ONLY': {
    checks:
      'Decides that a Single Sign-On Only role cannot log in to SOAP or REST web services with a token; RESTlets are not part of the web services feature.',
    avoid: {
      text: lines(
        'role "Portal Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  single-sign-on-only',
        '}',
        '',
        'user "svc-portal" { role "Portal Sync" }',
        '',
        'expect "svc-portal" as "Portal Sync" can web-services-login',
      ),
    },
    prefer: {
      text: lines(
        'role "Portal Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  single-sign-on-only',
        '}',
        '',
        'user "svc-portal" { role "Portal Sync" }',
        '',
        'expect "svc-portal" as "Portal Sync" can restlet-login',
        'expect "svc-portal" as "Portal Sync" cannot web-services-login',
      ),
    },
  },
  'TBA-2FA-CUSTOMER-CENTER': {
    checks: 'Reports `two-factor required` on a Customer Center role: NetSuite cannot apply the 2FA-required designation to Customer Center roles.',
    avoid: { text: lines('role "Customer Portal" {', '  center customer', '  two-factor required', '}') },
    prefer: { text: lines('role "Customer Portal" {', '  center customer', '}') },
  },
  'TBA-2FA-SAML-SSO': {
    checks: 'Notes that NetSuite ignores the 2FA requirement of a single sign-on role (SAML single sign-on takes precedence).',
    avoid: { text: lines('role "Finance SSO" {', '  single-sign-on-only', '  two-factor required', '}') },
    prefer: { text: lines('role "Finance SSO" {', '  single-sign-on-only', '}') },
  },
  'TBA-TOKEN-INACTIVE': {
    checks: 'Reports an inactive token: it cannot be used until it is made active again — which, unlike a revoked token, it can be.',
    avoid: {
      text: lines(
        RESTLET,
        ORDERS_SYNC,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '  inactive',
        '}',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        ORDERS_SYNC,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
  },

  'NSR-DUPLICATE': {
    checks:
      'A role, user, integration or token defined twice (names compare without regard to case or surrounding blanks), a role id used by two roles, a user given the same role twice, or a role listing the same permission twice. Only the first definition counts, so edits to the second silently change nothing.',
    avoid: {
      text: lines(
        RESTLET,
        '',
        '# Added later for the SOAP sync: same name in other case, so it is ignored.',
        'role "restlet integration" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        '',
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        'user "svc-inventory" { role "SOAP Sync" }',
      ),
    },
  },

  'NSR-ACCESS-CHANGED': {
    checks:
      'With `nsroles check --access-lock access.lock.json`: every (user, held role) × action × token target whose decision differs from the committed snapshot (`nsroles matrix FILE --format json > access.lock.json`), one finding per change, on the line that settles the decision now. Here User Access Tokens was added to Developer after the snapshot, so dev may now create and revoke their own tokens.',
    avoid: {
      text: lines('role "Developer" {', '  permission "User Access Tokens"', '}', 'user "dev" { role "Developer" }'),
      files: { 'access.lock.json': accessLock('deny') },
    },
    prefer: {
      text: lines('role "Developer" {', '  permission "User Access Tokens"', '}', 'user "dev" { role "Developer" }'),
      files: { 'access.lock.json': accessLock('allow') },
    },
  },

  'NSR-EXPECT-FAILED': {
    checks:
      'Runs every `expect` line through the simulator and reports the ones whose decision differs from what the line expects, with the decision and its cited rules; its quick fixes and the hover on the line give the smallest changes that would make it hold.',
    avoid: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# Access Token Management manages tokens for others, not for your own use.',
        'expect "bob@acme.com" as "Integration Manager" can issue-token',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
        'expect "bob@acme.com" as "Integration Manager" cannot issue-token',
      ),
    },
  },

  'NSR-IGNORE-UNKNOWN': {
    checks:
      'A `# nsroles-ignore` comment that names no rule, or a rule id the catalogue does not have — usually a typo, which leaves the finding it meant to silence in place.',
    avoid: {
      text: lines(
        '# The payments service user is created in the next release.',
        '# nsroles-ignore TBA-ROLE-UNASIGNED',
        'role "Payments Connector" {',
        '  permission "Log in using Access Tokens" full',
        '}',
      ),
    },
    prefer: {
      text: lines(
        '# The payments service user is created in the next release.',
        '# nsroles-ignore TBA-ROLE-UNASSIGNED',
        'role "Payments Connector" {',
        '  permission "Log in using Access Tokens" full',
        '}',
      ),
    },
  },

  'NSR-IGNORE-UNUSED': {
    checks:
      'A `# nsroles-ignore RULE-ID` comment whose next line has no finding of that rule, typically left behind after the problem was fixed. A stale ignore would hide the problem if it came back.',
    avoid: {
      text: lines(
        '# nsroles-ignore TBA-ROLE-UNASSIGNED',
        'role "Payments Connector" {',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "svc-payments" { role "Payments Connector" }',
      ),
    },
    prefer: {
      text: lines(
        'role "Payments Connector" {',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "svc-payments" { role "Payments Connector" }',
      ),
    },
  },

  'NSR-INCLUDE-CYCLE': {
    checks:
      'An `include` that leads back to a file already being read, directly or through other files. Includes form a tree: the account file includes the shared files, never the other way round.',
    avoid: {
      text: lines('include "roles.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
      files: {
        'roles.nsroles': lines('# Shared by every account file; including one back makes a cycle.', 'include "account.nsroles"', '', RESTLET),
      },
    },
    prefer: {
      text: lines('include "roles.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
      files: { 'roles.nsroles': lines('# Shared by every account file.', RESTLET) },
    },
  },

  'NSR-INCLUDE-MISSING': {
    checks:
      'An `include` whose file cannot be read. The path is relative to the file with the `include` line; without the file, every role it defines is unknown.',
    avoid: {
      text: lines('include "shared-role.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
      files: { 'shared-roles.nsroles': lines(RESTLET) },
    },
    prefer: {
      text: lines('include "shared-roles.nsroles"', '', 'user "svc-orders" { role "RESTlet Integration" }'),
      files: { 'shared-roles.nsroles': lines(RESTLET) },
    },
  },

  'NSR-SYNTAX': {
    checks:
      'Text the parser cannot read: a misspelt keyword, a missing `}` or quote, a value where none belongs. Parsing never stops at the first error, so the rest of the file is still checked.',
    avoid: {
      text: lines('role "RESTlet Integration" {', '  permision "Log in using Access Tokens" full', '}', '', 'user "svc-orders" { role "RESTlet Integration" }'),
    },
    prefer: {
      text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
    },
  },

  'NSR-UNKNOWN-PERMISSION': {
    checks:
      'A `permission` line whose name, alias or ID is not in NetSuite’s published permission list (warning). An ID shaped like NetSuite’s but absent from the list is only information, since NetSuite exports some IDs that the list lacks; custom object references (`customrecord_…`, `"[scriptid=…]"`) are accepted. An unknown permission is kept, but not simulated, so a misspelt TBA permission leaves the role without it; its quick fix is never preferred when it would write a token, OAuth or 2FA-relevant permission.',
    avoid: {
      text: lines('role "RESTlet Integration" {', '  permission "Log in using Acess Tokens" full', '}', '', 'user "svc-orders" { role "RESTlet Integration" }'),
    },
    prefer: {
      text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
    },
  },

  'NSR-UNKNOWN-REF': {
    checks:
      'A reference to a role, user or integration that is not defined in the account (its files and what they include). Names compare without regard to case; the message suggests the closest defined name.',
    avoid: {
      text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integation" }'),
    },
    prefer: {
      text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
    },
  },

  'TBA-2027-INTEGRATIONS': {
    checks:
      'Integration records with Token-based Authentication checked. They keep working, but from NetSuite 2027.1 no new TBA integration can be created, so new integrations should be planned on OAuth 2.0.',
    avoid: {
      text: lines(
        '# A new integration, planned for next year.',
        'integration "Warehouse Robotics" {',
        '  token-based-authentication enabled',
        '  state enabled',
        '}',
      ),
    },
    prefer: {
      text: lines(
        '# New integrations authenticate with OAuth 2.0; the record leaves TBA unchecked.',
        'integration "Warehouse Robotics" {',
        '  token-based-authentication disabled',
        '  state enabled',
        '}',
      ),
    },
  },

  'TBA-2FA-OTP': {
    checks:
      'Decides nothing by itself: it is cited when a role that requires two-factor authentication creates its own token through the issuetoken endpoint, which works, but only with a one-time password (`nlauth_otp`) in the call.',
    avoid: {
      text: lines(
        'role "Developer" {',
        '  permission "User Access Tokens" full',
        '  two-factor required',
        '}',
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        '# 2FA does not shut the token endpoint: the call needs a one-time password.',
        'expect "dave@acme.com" as "Developer" cannot issue-token via issuetoken-endpoint',
      ),
    },
    prefer: {
      text: lines(
        'role "Developer" {',
        '  permission "User Access Tokens" full',
        '  two-factor required',
        '}',
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        '# The script sends nlauth_otp with the issuetoken call.',
        'expect "dave@acme.com" as "Developer" can issue-token via issuetoken-endpoint',
      ),
    },
  },

  'TBA-2FA-REQUIRED': {
    checks:
      'The Administrator role and every role holding a highly privileged permission (Access Token Management among them) without `two-factor required`. NetSuite requires 2FA on these roles in every account type and does not let it be removed; `two-factor not-required` on such a role is an error.',
    avoid: {
      text: lines('role "Integration Manager" {', '  permission "Access Token Management" full', '}', '', 'user "bob@acme.com" { role "Integration Manager" }'),
    },
    prefer: {
      text: lines(MANAGER, '', 'user "bob@acme.com" { role "Integration Manager" }'),
    },
  },

  'TBA-ADMIN-LOGIN': {
    checks:
      'Decides that the Administrator role can log in to RESTlets and web services with its own tokens: TBA works with integrations that require the Administrator role. Keep integrations on a dedicated role, and record the Administrator’s reach as it is.',
    avoid: {
      text: lines(
        ADMIN,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        '',
        '# Administrators are not shut out of token logins.',
        'expect "alice@acme.com" as "Administrator" cannot restlet-login',
      ),
    },
    prefer: {
      text: lines(
        ADMIN,
        RESTLET,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# True, so recorded; the integration itself runs as svc-orders.',
        'expect "alice@acme.com" as "Administrator" can restlet-login',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login',
      ),
    },
  },

  'TBA-ADMIN-OTHERS': {
    checks:
      'Decides that an administrator may create and manage tokens for other users in roles other than Administrator, on Setup > Users/Roles > Access Tokens. Inferred: the Administrator role holds every permission, Access Token Management included.',
    avoid: {
      text: lines(
        ADMIN,
        RESTLET,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# Not only Access Token Management holders: administrators can too.',
        'expect "alice@acme.com" as "Administrator" cannot issue-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
    prefer: {
      text: lines(
        ADMIN,
        RESTLET,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "alice@acme.com" as "Administrator" can issue-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
  },

  'TBA-ADMIN-SELF': {
    checks:
      'Decides how an administrator creates tokens for their own use: through the Manage Access Tokens link in the Settings portlet or the issuetoken endpoint — not on the Access Tokens page, which is for other users’ tokens.',
    avoid: {
      text: lines(
        ADMIN,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        '',
        'expect "alice@acme.com" as "Administrator" can issue-token via access-tokens-page',
      ),
    },
    prefer: {
      text: lines(
        ADMIN,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        '',
        'expect "alice@acme.com" as "Administrator" can issue-token via settings-portlet',
        'expect "alice@acme.com" as "Administrator" cannot issue-token via access-tokens-page',
      ),
    },
  },

  'TBA-ADMIN-TARGET': {
    checks:
      'Decides that nobody — not an Access Token Management holder, not another administrator — creates or manages a token for another user’s Administrator role. Administrators create their own.',
    avoid: {
      text: lines(
        ADMIN,
        MANAGER,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        'user "bob@acme.com" { role "Integration Manager" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "alice@acme.com" as "Administrator"',
      ),
    },
    prefer: {
      text: lines(
        ADMIN,
        MANAGER,
        '',
        'user "alice@acme.com" { role "Administrator" }',
        'user "bob@acme.com" { role "Integration Manager" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" cannot issue-token for "alice@acme.com" as "Administrator"',
        'expect "alice@acme.com" as "Administrator" can issue-token',
      ),
    },
  },

  'TBA-ATM-NO-LOGIN': {
    checks:
      'Decides that Access Token Management alone does not let a role log in with tokens: it manages other users’ tokens. The role that logs in needs Log in using Access Tokens (or User Access Tokens).',
    avoid: {
      text: lines(
        MANAGER,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        '',
        '# The orders sync runs as bob with the manager role.',
        'expect "bob@acme.com" as "Integration Manager" can restlet-login',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# The orders sync runs as its own service user.',
        'expect "svc-orders" as "RESTlet Integration" can restlet-login',
        'expect "bob@acme.com" as "Integration Manager" cannot restlet-login',
      ),
    },
  },

  'TBA-ATM-OTHERS': {
    checks:
      'Decides that Access Token Management lets a role create, assign and manage tokens for other users (except for an Administrator role) on Setup > Users/Roles > Access Tokens. Give it only to the few who manage integrations.',
    avoid: {
      text: lines(
        RESTLET,
        '',
        '# Given so support can look at tokens; it lets them create tokens too.',
        'role "Support Analyst" {',
        '  permission "Access Token Management" full',
        '  two-factor required',
        '}',
        '',
        'user "frank@acme.com" { role "Support Analyst" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "frank@acme.com" as "Support Analyst" cannot issue-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        'role "Support Analyst" { id customrole_support }',
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "frank@acme.com" { role "Support Analyst" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
        'expect "frank@acme.com" as "Support Analyst" cannot issue-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
  },

  'TBA-ATM-SELF': {
    checks:
      'Decides that Access Token Management does not let a role create tokens for its own use (administrators excepted). A role whose users need their own tokens also needs User Access Tokens.',
    avoid: {
      text: lines(MANAGER, '', 'user "bob@acme.com" { role "Integration Manager" }', '', 'expect "bob@acme.com" as "Integration Manager" can issue-token'),
    },
    prefer: {
      text: lines(
        'role "Integration Manager" {',
        '  permission "Access Token Management" full',
        '  permission "User Access Tokens" full',
        '  two-factor required',
        '}',
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token',
      ),
    },
  },

  'TBA-ENDPOINT-SELF-ONLY': {
    checks:
      'Decides that the issuetoken and revoketoken endpoints serve only the caller’s own tokens: nobody creates or revokes another user’s token programmatically. Tokens for others are made on the Access Tokens page.',
    avoid: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# A provisioning script calls issuetoken for the service user.',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via issuetoken-endpoint',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via access-tokens-page',
        'expect "bob@acme.com" as "Integration Manager" cannot issue-token for "svc-orders" as "RESTlet Integration" via issuetoken-endpoint',
      ),
    },
  },

  'TBA-FEATURE-DISABLED': {
    checks:
      'An account whose Token-based Authentication feature is disabled while it still defines tokens or TBA roles: every token request fails (FeatureDisabled). Every decision in such an account is deny.',
    avoid: {
      text: lines(
        'account "Acme Sandbox" {',
        '  token-based-authentication disabled',
        '}',
        '',
        RESTLET,
        'user "svc-orders" { role "RESTlet Integration" }',
        ORDERS_SYNC,
        'token "orders-sandbox" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
    prefer: {
      text: lines(
        'account "Acme Sandbox" {',
        '  token-based-authentication enabled',
        '}',
        '',
        RESTLET,
        'user "svc-orders" { role "RESTlet Integration" }',
        ORDERS_SYNC,
        'token "orders-sandbox" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
  },

  'TBA-INACTIVE': {
    checks:
      'Decides that an inactive user or role can neither log in with tokens nor be given them. Inferred: NetSuite documents this for OAuth 2.0 (EntityOrRoleDisabled). Integrations should not run as a person who may leave.',
    avoid: {
      text: lines(
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        '# The inventory sync still runs with the contractor’s token.',
        'user "old-contractor@acme.com" {',
        '  role "SOAP Sync"',
        '  inactive',
        '}',
        '',
        'expect "old-contractor@acme.com" as "SOAP Sync" can web-services-login',
      ),
    },
    prefer: {
      text: lines(
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-inventory" { role "SOAP Sync" }',
        'user "old-contractor@acme.com" {',
        '  role "SOAP Sync"',
        '  inactive',
        '}',
        '',
        'expect "svc-inventory" as "SOAP Sync" can web-services-login',
        'expect "old-contractor@acme.com" as "SOAP Sync" cannot web-services-login',
      ),
    },
  },

  'TBA-LOGIN-NO-ISSUE': {
    checks:
      'Decides that Log in using Access Tokens does not let a role create its own tokens, neither through the Settings portlet nor the issuetoken endpoint. Someone with Access Token Management creates them, or the role gets User Access Tokens.',
    avoid: {
      text: lines(
        RESTLET,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# The service fetches its own token at start-up.',
        'expect "svc-orders" as "RESTlet Integration" can issue-token via issuetoken-endpoint',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
        'expect "svc-orders" as "RESTlet Integration" cannot issue-token via issuetoken-endpoint',
      ),
    },
  },

  'TBA-LOGIN': {
    checks:
      'Decides that Log in using Access Tokens lets a role log in through RESTlets and web services with a token — both. A role meant for SOAP or REST web services only also needs `web-services-only`.',
    avoid: {
      text: lines(
        '# Meant for the SOAP inventory sync only.',
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "svc-inventory" { role "SOAP Sync" }',
        '',
        'expect "svc-inventory" as "SOAP Sync" cannot restlet-login',
      ),
    },
    prefer: {
      text: lines(
        '# Meant for the SOAP inventory sync only.',
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-inventory" { role "SOAP Sync" }',
        '',
        'expect "svc-inventory" as "SOAP Sync" can web-services-login',
        'expect "svc-inventory" as "SOAP Sync" cannot restlet-login',
      ),
    },
  },

  'TBA-NO-LOGIN-PERMISSION': {
    checks:
      'Decides that a role without Log in using Access Tokens (or User Access Tokens, or the Administrator role) cannot log in with tokens; a permission at level `none` is not held.',
    avoid: {
      text: lines(
        'role "Reporting API" {',
        '  permission "Log in using Access Tokens" none',
        '  web-services-only',
        '}',
        '',
        'user "svc-reports" { role "Reporting API" }',
        '',
        'expect "svc-reports" as "Reporting API" can web-services-login',
      ),
    },
    prefer: {
      text: lines(
        'role "Reporting API" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-reports" { role "Reporting API" }',
        '',
        'expect "svc-reports" as "Reporting API" can web-services-login',
      ),
    },
  },

  'TBA-OTHERS-NEED-ATM': {
    checks:
      'Decides that creating or managing a token for another user needs Access Token Management in the acting role (or the Administrator role). User Access Tokens covers only your own tokens.',
    avoid: {
      text: lines(
        DEVELOPER,
        RESTLET,
        '',
        'user "dave@acme.com" { role "Developer" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "dave@acme.com" as "Developer" can issue-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
    prefer: {
      text: lines(
        DEVELOPER,
        MANAGER,
        RESTLET,
        '',
        'user "dave@acme.com" { role "Developer" }',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"',
        'expect "dave@acme.com" as "Developer" can issue-token',
      ),
    },
  },

  'TBA-OWN-CURRENT-ROLE': {
    checks:
      'Decides that your own tokens are for the role you are acting in: a token is valid for one user and one role, and User Access Tokens creates tokens for the current role only. Switch roles first.',
    avoid: {
      text: lines(
        DEVELOPER,
        'role "Support Analyst" { id customrole_support }',
        '',
        'user "grace@acme.com" {',
        '  role "Developer"',
        '  role "Support Analyst"',
        '}',
        '',
        'expect "grace@acme.com" as "Developer" can issue-token for "grace@acme.com" as "Support Analyst"',
      ),
    },
    prefer: {
      text: lines(
        DEVELOPER,
        'role "Support Analyst" { id customrole_support }',
        '',
        'user "grace@acme.com" {',
        '  role "Developer"',
        '  role "Support Analyst"',
        '}',
        '',
        'expect "grace@acme.com" as "Developer" can issue-token',
      ),
    },
  },

  'TBA-OWN-NEEDS-PERMISSION': {
    checks:
      'Decides that creating your own tokens needs User Access Tokens in the acting role (administrators excepted). Neither Access Token Management nor Log in using Access Tokens gives it.',
    avoid: {
      text: lines(
        'role "Developer" {',
        '  id customrole_developer',
        '}',
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        '# Dave runs scripts with his own token.',
        'expect "dave@acme.com" as "Developer" can issue-token',
      ),
    },
    prefer: {
      text: lines(
        'role "Developer" {',
        '  id customrole_developer',
        '  permission "User Access Tokens" full',
        '}',
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        'expect "dave@acme.com" as "Developer" can issue-token',
      ),
    },
  },

  'TBA-PERM-LEVEL': {
    checks:
      'A TBA permission (Access Token Management, User Access Tokens, Log in using Access Tokens) at a level other than `none` or `full`. These permissions have no view, create or edit level; the engine treats such a line as not granted.',
    avoid: {
      text: lines(
        'role "RESTlet Integration" {',
        '  permission "Log in using Access Tokens" edit',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
      ),
    },
    prefer: {
      text: lines(RESTLET, '', 'user "svc-orders" { role "RESTlet Integration" }'),
    },
  },

  'TBA-PORTLET-SELF-ONLY': {
    checks:
      'Decides that the Manage Access Tokens link in the Settings portlet creates and manages tokens for the current user and role only. Tokens for other users are made on Setup > Users/Roles > Access Tokens.',
    avoid: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via settings-portlet',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration" via access-tokens-page',
      ),
    },
  },

  'TBA-ROLE-NOT-HELD': {
    checks:
      'Decides that a user acts, and is given tokens, only in a role assigned to them. Inferred: a token belongs to one user and one role, and a token whose role was taken from its user is unusable.',
    avoid: {
      text: lines(
        MANAGER,
        RESTLET,
        'role "Accountant" { id customrole_accountant }',
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "erin@acme.com" { role "Accountant" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        '# Erin covers for Bob, but was never given the role.',
        'expect "erin@acme.com" as "Integration Manager" can revoke-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        'role "Accountant" { id customrole_accountant }',
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "erin@acme.com" {',
        '  role "Accountant"',
        '  role "Integration Manager"',
        '}',
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'expect "erin@acme.com" as "Integration Manager" can revoke-token for "svc-orders" as "RESTlet Integration"',
      ),
    },
  },

  'TBA-ROLE-UNASSIGNED': {
    checks:
      'A role with a TBA permission at level `full` that no user holds. TBA roles must be assigned to users to be of any use; an unassigned one is usually left over, or its users were forgotten.',
    avoid: {
      text: lines(
        RESTLET,
        '',
        'role "Payments Connector" {',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        '',
        'role "Payments Connector" {',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        'user "svc-payments" { role "Payments Connector" }',
      ),
    },
  },

  'TBA-TOKEN-CREATOR': {
    checks:
      'A token whose `created-by` user could not have created it in any role they hold, judged by the same decisions as `issue-token`. Either the record is wrong, or the account has changed since. Not reported while the token itself is at fault (its user lacks its role, or its role cannot log in with tokens): that mistake is reported on the token, once.',
    avoid: {
      text: lines(
        RESTLET,
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        ORDERS_SYNC,
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '  created-by "svc-orders"',
        '}',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        ORDERS_SYNC,
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '  created-by "bob@acme.com"',
        '}',
      ),
    },
  },

  'TBA-TOKEN-INTEGRATION': {
    checks:
      'A token that names no integration (reported on the token), or an integration record that live tokens use with Token-based Authentication unchecked or a state other than enabled (Blocked refuses the consumer key; Waiting for Approval blocks every request). An integration is reported once, on the line to change, with the tokens that use it as related information.',
    avoid: {
      text: lines(
        RESTLET,
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        'integration "Orders Sync" {',
        '  token-based-authentication enabled',
        '  state waiting-for-approval',
        '}',
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        'user "svc-orders" { role "RESTlet Integration" }',
        '',
        ORDERS_SYNC,
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
  },

  'TBA-TOKEN-ROLE-LOGIN': {
    checks:
      'A token whose role cannot log in with tokens (no Log in using Access Tokens, no User Access Tokens, not Administrator). Tokens are created only for TBA-enabled roles; such a token could not authenticate anything.',
    avoid: {
      text: lines(
        MANAGER,
        'user "bob@acme.com" { role "Integration Manager" }',
        ORDERS_SYNC,
        '',
        '# The sync runs with the manager’s own token.',
        'token "orders-prod" {',
        '  user "bob@acme.com"',
        '  role "Integration Manager"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        RESTLET,
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "svc-orders" { role "RESTlet Integration" }',
        ORDERS_SYNC,
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '  created-by "bob@acme.com"',
        '}',
      ),
    },
  },

  'TBA-TOKEN-ROLE-TBA': {
    checks:
      'Decides that a token can be created only for a TBA-enabled role: one with Log in using Access Tokens (or User Access Tokens). A token for any other role is refused.',
    avoid: {
      text: lines(
        MANAGER,
        'role "Accountant" { id customrole_accountant }',
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "erin@acme.com" { role "Accountant" }',
        '',
        '# Erin’s spreadsheet add-in needs a token.',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "erin@acme.com" as "Accountant"',
      ),
    },
    prefer: {
      text: lines(
        MANAGER,
        'role "Accountant" { id customrole_accountant }',
        '',
        '# A separate, TBA-enabled role for the add-in.',
        'role "Accounting Add-in" {',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "bob@acme.com" { role "Integration Manager" }',
        'user "erin@acme.com" {',
        '  role "Accountant"',
        '  role "Accounting Add-in"',
        '}',
        '',
        'expect "bob@acme.com" as "Integration Manager" can issue-token for "erin@acme.com" as "Accounting Add-in"',
      ),
    },
  },

  'TBA-TOKEN-USER-ROLE': {
    checks:
      'A token whose user does not hold the token’s role. A token is valid for one user and one role only; while the user lacks the role, the token exists but cannot be used.',
    avoid: {
      text: lines(
        RESTLET,
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        'user "svc-inventory" { role "SOAP Sync" }',
        ORDERS_SYNC,
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "SOAP Sync"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
    prefer: {
      text: lines(
        RESTLET,
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-orders" { role "RESTlet Integration" }',
        'user "svc-inventory" { role "SOAP Sync" }',
        ORDERS_SYNC,
        '',
        'token "orders-prod" {',
        '  user "svc-orders"',
        '  role "RESTlet Integration"',
        '  integration "Orders Sync"',
        '}',
      ),
    },
  },

  'TBA-UAT-LOGIN': {
    checks:
      'Decides that User Access Tokens lets a role log in with the tokens it creates, through RESTlets and web services. Inferred from the note that its holders do not also need Log in using Access Tokens.',
    avoid: {
      text: lines(
        DEVELOPER,
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        '# User Access Tokens is not only for creating tokens.',
        'expect "dave@acme.com" as "Developer" cannot restlet-login',
      ),
    },
    prefer: {
      text: lines(
        DEVELOPER,
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        'expect "dave@acme.com" as "Developer" can issue-token',
        'expect "dave@acme.com" as "Developer" can restlet-login',
      ),
    },
  },

  'TBA-UAT-OWN': {
    checks:
      'Decides that User Access Tokens lets a role create and manage tokens for the current user and role, through the Settings portlet (Manage Access Tokens > My Access Tokens) or the issuetoken endpoint — not on the Access Tokens page.',
    avoid: {
      text: lines(
        DEVELOPER,
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        'expect "dave@acme.com" as "Developer" can issue-token via access-tokens-page',
      ),
    },
    prefer: {
      text: lines(
        DEVELOPER,
        '',
        'user "dave@acme.com" { role "Developer" }',
        '',
        'expect "dave@acme.com" as "Developer" can issue-token via settings-portlet',
        'expect "dave@acme.com" as "Developer" cannot issue-token via access-tokens-page',
      ),
    },
  },

  'TBA-UAT-REDUNDANT-LOGIN': {
    checks:
      'A role that has User Access Tokens and also Log in using Access Tokens. The second adds nothing — User Access Tokens already allows logging in with the tokens — and is shown faded so it can be removed.',
    avoid: {
      text: lines(
        'role "Developer" {',
        '  permission "User Access Tokens" full',
        '  permission "Log in using Access Tokens" full',
        '}',
        '',
        'user "dave@acme.com" { role "Developer" }',
      ),
    },
    prefer: {
      text: lines(DEVELOPER, '', 'user "dave@acme.com" { role "Developer" }', '', 'expect "dave@acme.com" as "Developer" can restlet-login'),
    },
  },

  'TBA-WSO-RESTLET': {
    checks:
      'Decides that a role with the Web Services Only restriction cannot call RESTlets, whatever its permissions. Use a role without the restriction for RESTlets.',
    avoid: {
      text: lines(
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        '',
        'user "svc-inventory" { role "SOAP Sync" }',
        '',
        '# The new stock-level RESTlet reuses the SOAP integration’s role.',
        'expect "svc-inventory" as "SOAP Sync" can restlet-login',
      ),
    },
    prefer: {
      text: lines(
        'role "SOAP Sync" {',
        '  permission "Log in using Access Tokens" full',
        '  web-services-only',
        '}',
        RESTLET,
        '',
        'user "svc-inventory" {',
        '  role "SOAP Sync"',
        '  role "RESTlet Integration"',
        '}',
        '',
        'expect "svc-inventory" as "RESTlet Integration" can restlet-login',
        'expect "svc-inventory" as "SOAP Sync" cannot restlet-login',
      ),
    },
  },

  'SDF-2FA-REQUIRED': {
    checks:
      'A SuiteCloud role object that holds a highly privileged permission (such as ADMI_MANAGE_OAUTH_TOKENS) or `<coreadminpermission>T</coreadminpermission>` but has no `<tfarequired>`, or has it OFF (an error). NetSuite requires 2FA on these roles whatever the XML says; SAML SSO-only roles are exempt.',
    avoid: {
      file: `${OBJECTS}/customrole_integration_manager.xml`,
      text: sdfRole(
        'customrole_integration_manager',
        [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'OFF']],
        [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_integration_manager.xml`,
      text: sdfRole(
        'customrole_integration_manager',
        [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'FULL'], ['tfaduration', '0']],
        [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
      ),
    },
  },

  'SDF-CENTERTYPE': {
    checks:
      'A SuiteCloud role object whose `<centertype>` is not one of NetSuite’s role_centertype values (ACCOUNTCENTER, BASIC, ENGINEERCENTER, EXECUTIVE, HR, MARKETCENTER, PARTNERCENTER, PROJECTCENTER, SALESCENTER, SHIPPINGCENTER, STOREMANAGER, SUPPORTCENTER, SYSADMINCENTER). A value only NetSuite’s generic_centertype list has (CUSTOMER, VENDOR, …) is reported as information: that list is for centers, not roles.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole(
        'customrole_restlet_integration',
        [
          ['centertype', 'Basic'],
          ['name', 'RESTlet Integration'],
        ],
        [['ADMI_LOGIN_OAUTH', 'FULL']],
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
  },

  'SDF-DUPLICATE-PERMKEY': {
    checks:
      'A SuiteCloud role object that lists the same `permkey` in two `<permission>` elements. SDF allows each permkey once per role, and the two levels may disagree.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole(
        'customrole_restlet_integration',
        [...BASIC, ['name', 'RESTlet Integration']],
        [
          ['ADMI_LOGIN_OAUTH', 'FULL'],
          ['LIST_CUSTJOB', 'VIEW'],
          ['ADMI_LOGIN_OAUTH', 'NONE'],
        ],
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole(
        'customrole_restlet_integration',
        [...BASIC, ['name', 'RESTlet Integration']],
        [
          ['ADMI_LOGIN_OAUTH', 'FULL'],
          ['LIST_CUSTJOB', 'VIEW'],
        ],
      ),
    },
  },

  'SDF-MISSING-FIELD': {
    checks: 'A SuiteCloud role object without `<name>` or `<centertype>`. SDF requires both, so the project does not deploy.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
  },

  'SDF-PERM-LEVEL': {
    checks:
      'A TBA permission (ADMI_MANAGE_OAUTH_TOKENS, ADMI_MANAGE_OWN_OAUTH_TOKENS, ADMI_LOGIN_OAUTH) in a SuiteCloud role object at a `<permlevel>` other than NONE or FULL. These permissions have no VIEW, CREATE or EDIT level.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'EDIT']]),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
  },

  'SDF-PERMLEVEL-VALUE': {
    checks: 'A `<permlevel>` that is missing or not one of NONE, VIEW, CREATE, EDIT, FULL (in capitals) in a SuiteCloud role object.',
    avoid: {
      file: `${OBJECTS}/customrole_reporting_api.xml`,
      text: sdfRole(
        'customrole_reporting_api',
        [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']],
        [
          ['ADMI_LOGIN_OAUTH', 'FULL'],
          ['LIST_EMPLOYEE', 'READ'],
        ],
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_reporting_api.xml`,
      text: sdfRole(
        'customrole_reporting_api',
        [...BASIC, ['name', 'Reporting API'], ['iswebserviceonlyrole', 'T']],
        [
          ['ADMI_LOGIN_OAUTH', 'FULL'],
          ['LIST_EMPLOYEE', 'VIEW'],
        ],
      ),
    },
  },

  'SDF-SCRIPTID': {
    checks:
      'A SuiteCloud role object whose `scriptid` is missing, does not start with `customrole`, is longer than 40 characters, or differs from the file name. SDF rejects such an object.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
  },

  'SDF-TFADURATION': {
    checks:
      'A SuiteCloud role object whose `<tfarequired>` is not OFF but which has no `<tfaduration>` (the Duration of Trusted Device). SDF requires the duration whenever 2FA is required.',
    avoid: {
      file: `${OBJECTS}/customrole_integration_manager.xml`,
      text: sdfRole(
        'customrole_integration_manager',
        [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'FULL']],
        [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_integration_manager.xml`,
      text: sdfRole(
        'customrole_integration_manager',
        [...BASIC, ['name', 'Integration Manager'], ['tfarequired', 'FULL'], ['tfaduration', '0']],
        [['ADMI_MANAGE_OAUTH_TOKENS', 'FULL']],
      ),
    },
  },

  'SDF-UAT-REDUNDANT-LOGIN': {
    checks:
      'A SuiteCloud role object with both ADMI_MANAGE_OWN_OAUTH_TOKENS (User Access Tokens) and ADMI_LOGIN_OAUTH (Log in using Access Tokens) at FULL. The second adds nothing.',
    avoid: {
      file: `${OBJECTS}/customrole_developer.xml`,
      text: sdfRole(
        'customrole_developer',
        [...BASIC, ['name', 'Developer']],
        [
          ['ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL'],
          ['ADMI_LOGIN_OAUTH', 'FULL'],
        ],
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_developer.xml`,
      text: sdfRole('customrole_developer', [...BASIC, ['name', 'Developer']], [['ADMI_MANAGE_OWN_OAUTH_TOKENS', 'FULL']]),
    },
  },

  'SDF-UNKNOWN-PERMKEY': {
    checks:
      'A `<permkey>` that is empty, a permission name instead of its ID, a malformed reference, or not shaped like a permission ID (warning); or an ID shaped like NetSuite’s but absent from NetSuite’s published permission list (information only: NetSuite exports some IDs that the list lacks; a did-you-mean only for a plain typo, never preferred). Every listed ID, and custom object references (`customrecord_…`, `cseg…`, `[scriptid=…]`, `[appid=…, scriptid=…]`, `[type=…, scriptid=…]`), are accepted.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['Log in using Access Tokens', 'FULL']]),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
  },

  'SDF-WSO-RESTLET': {
    checks:
      'A SuiteCloud role object with `<iswebserviceonlyrole>T</iswebserviceonlyrole>` that an `expect … can restlet-login` line relies on. Web Services Only roles do not work with RESTlets.',
    avoid: {
      text: lines('user "svc-inventory" { role customrole_soap_sync }', '', 'expect "svc-inventory" as customrole_soap_sync can restlet-login'),
      files: {
        [`${OBJECTS}/customrole_soap_sync.xml`]: sdfRole(
          'customrole_soap_sync',
          [...BASIC, ['name', 'SOAP Sync'], ['iswebserviceonlyrole', 'T']],
          [['ADMI_LOGIN_OAUTH', 'FULL']],
        ),
      },
    },
    prefer: {
      text: lines(
        'user "svc-inventory" { role customrole_soap_sync }',
        '',
        'expect "svc-inventory" as customrole_soap_sync can web-services-login',
        'expect "svc-inventory" as customrole_soap_sync cannot restlet-login',
      ),
      files: {
        [`${OBJECTS}/customrole_soap_sync.xml`]: sdfRole(
          'customrole_soap_sync',
          [...BASIC, ['name', 'SOAP Sync'], ['iswebserviceonlyrole', 'T']],
          [['ADMI_LOGIN_OAUTH', 'FULL']],
        ),
      },
    },
  },

  'SDF-XML': {
    checks:
      'A SuiteCloud role object that is not well-formed XML: a tag left open or closed twice, a stray `<` or `&`. SDF cannot deploy it, and the other checks of the file wait until it reads.',
    avoid: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]).replace(
        '</permkey>',
        '</permkey',
      ),
    },
    prefer: {
      file: `${OBJECTS}/customrole_restlet_integration.xml`,
      text: sdfRole('customrole_restlet_integration', [...BASIC, ['name', 'RESTlet Integration']], [['ADMI_LOGIN_OAUTH', 'FULL']]),
    },
  },
};

import type { Basis } from '../citations';
import * as c from './causes';
import type { PageQuote } from './causes';
import * as detect from './detect';
import { type Page, PAGES } from './pages';

/** One spelling of an error code and where NetSuite shows it. */
export interface Spelling {
  code: string;
  where: string;
  /** The page whose table lists this spelling, when not the entry's page. */
  page?: Page;
}

/** One row of NetSuite's error tables: the codes it shows, the problem, and its causes. */
export interface ErrorEntry {
  /** The first spelling is the entry's name. Codes match case-insensitively. */
  spellings: Spelling[];
  page: Page;
  /** The table's problem text, verbatim; empty when the row could not be read. */
  problem: PageQuote[];
  /** How the entry is tied to its codes: `inferred` when no stored table row states it. */
  basis: Basis;
  inferredFrom?: string;
  causes: c.CauseDef[];
}

const A = PAGES.restletsAndWebServices;
const F = PAGES.authorizationFlow;
const FN = PAGES.authorizationFlowNewer;
const BOTH = 'RESTlets, SOAP and REST web services';
const RESTLETS = 'RESTlets';
const WEB_SERVICES = 'SOAP and REST web services';
const FLOW = 'TBA authorization flow (request and access token)';
const REQUEST_TOKEN = 'TBA authorization flow (request token)';

const MANAGE_INTEGRATIONS_AUTH = 'Setup > Integration > Manage Integrations > (integration) > Edit > Authentication';
const NOT_FOUND = 'The appropriate integration record could not be found.';
const CREDENTIALS_RESET = [
  'Ensure the consumer key is correct.',
  'If this error occurs with a currently enabled application, you can attempt resetting the credentials (obtain new credentials).',
  'This action might break other integrations using this application. You must update the credentials in all integrations where they are used.',
];
const MISSING_PARAMETER = 'The request is missing a required parameter.';
const VERIFY_PARAMETERS = 'Verify that all required parameters are included in the request.';
const NO_REQUEST = 'The account model does not hold requests: check the request the application sends.';

const doc = (page: Page, text: string): PageQuote[] => [{ page, text }];

/** The token, user and role causes shared by the codes of a refused token login. */
function tokenCauses(code: string): c.CauseDef[] {
  return [c.tokenRevoked(code), c.tokenInactive(code), c.userLacksRole(code), c.roleCannotLogIn(code), c.userInactive(code), c.roleInactive(code)];
}

export const ERROR_CATALOGUE: readonly ErrorEntry[] = [
  {
    spellings: [{ code: 'consumer_key_refused', where: BOTH }],
    page: A,
    problem: doc(A, 'The application is in Blocked state on the integration record.'),
    basis: 'documented',
    causes: [c.integrationBlocked(A, 'The application is in Blocked state on the integration record.'), c.integrationWaiting('consumer_key_refused')],
  },
  {
    spellings: [{ code: 'consumer_key_unknown', where: BOTH }],
    page: A,
    problem: doc(A, NOT_FOUND),
    basis: 'documented',
    causes: [c.integrationMissing(A, doc(A, NOT_FOUND)), c.integrationTbaCleared('consumer_key_unknown'), c.consumerKeyWrong(A, CREDENTIALS_RESET)],
  },
  {
    spellings: [{ code: 'FeatureDisabled', where: BOTH }],
    page: A,
    problem: doc(A, 'The Token-based Authentication feature in NetSuite is not enabled.'),
    basis: 'documented',
    causes: [
      {
        id: 'feature-disabled',
        cause: 'The Token-based Authentication feature is disabled in the account.',
        basis: 'documented',
        quotes: doc(A, 'The Token-based Authentication feature in NetSuite is not enabled.'),
        remedy: {
          lines: ['Enable the feature. See Enable the Token-based Authentication Feature.'],
          quoted: true,
          page: A,
          uiPath: 'Setup > Company > Enable Features > SuiteCloud > Manage Authentication > Token-based Authentication',
        },
        detect: detect.featureDisabled,
      },
    ],
  },
  {
    spellings: [{ code: 'MissingTokenPassportRequiredFields', where: BOTH }],
    page: A,
    problem: doc(A, MISSING_PARAMETER),
    basis: 'documented',
    causes: [c.requestCause('missing-parameter', 'The request lacks a required parameter.', A, [MISSING_PARAMETER], [VERIFY_PARAMETERS], NO_REQUEST)],
  },
  {
    spellings: [
      { code: 'nonce_rejected', where: RESTLETS },
      { code: 'NonceRejected', where: FLOW, page: F },
    ],
    page: A,
    problem: doc(A, 'The nonce was not long enough.'),
    basis: 'documented',
    causes: [
      c.requestCause(
        'nonce-too-short',
        'The nonce is shorter than six characters.',
        A,
        ['The nonce was not long enough.'],
        ['Nonce must be at least six characters long. An ideal nonce length is 20 characters.'],
        NO_REQUEST,
      ),
    ],
  },
  {
    spellings: [
      { code: 'nonce_used', where: RESTLETS },
      { code: 'NonceUsed', where: WEB_SERVICES },
    ],
    page: A,
    problem: doc(A, 'The combination of nonce and timestamp has already been used by this user.'),
    basis: 'documented',
    causes: [
      c.requestCause(
        'nonce-reused',
        'The nonce and timestamp were used before.',
        A,
        ['The combination of nonce and timestamp has already been used by this user.'],
        ['Ensure you generate a unique nonce for every request.', 'Do not send the same request more than one time.'],
        NO_REQUEST,
      ),
    ],
  },
  {
    spellings: [{ code: 'UnknownIntegration', where: FLOW }],
    page: F,
    problem: doc(F, NOT_FOUND),
    basis: 'documented',
    causes: [
      c.integrationMissing(F, doc(F, NOT_FOUND)),
      c.integrationTbaCleared('UnknownIntegration'),
      c.consumerKeyWrong(F, ['If the integration record exists, verify the following:', ...CREDENTIALS_RESET]),
    ],
  },
  {
    spellings: [{ code: 'IntegrationBlocked', where: FLOW }],
    page: F,
    problem: doc(F, 'The state of the integration record is Blocked.'),
    basis: 'documented',
    causes: [
      c.integrationBlocked(F, 'The state of the integration record is Blocked.'),
      c.integrationWaiting('IntegrationBlocked'),
      c.integrationMissing(F, [
        ...doc(F, 'If the company ID parameter is specified in Step 1 of the TBA authorization flow, the value of the error is IntegrationBlocked.'),
        ...doc(F, NOT_FOUND),
      ]),
    ],
  },
  {
    spellings: [{ code: 'AuthorizationFlowRequired', where: FLOW }],
    page: F,
    problem: doc(F, 'The integration application does not use the TBA authorization flow.'),
    basis: 'documented',
    causes: [
      {
        id: 'authorization-flow-cleared',
        cause: "The integration record's TBA: Authorization Flow box is cleared.",
        basis: 'documented',
        quotes: doc(F, 'The integration application does not use the TBA authorization flow.'),
        remedy: {
          lines: [
            'Ensure that the TBA: Authorization Flow box is checked in the corresponding integration record. For more information, see Create Integration Records for Applications to Use TBA.',
          ],
          quoted: true,
          page: F,
          uiPath: MANAGE_INTEGRATIONS_AUTH,
        },
        detect: detect.authorizationFlowCleared,
      },
      c.integrationTbaCleared('AuthorizationFlowRequired'),
    ],
  },
  {
    spellings: [{ code: 'InvalidTimestamp', where: FLOW }],
    page: F,
    problem: doc(
      F,
      'The timestamp is not in the allowed range. The timestamp of the request must be within plus or minus five (+ or – 5) minutes of the server time.',
    ),
    basis: 'documented',
    causes: [
      c.requestCause(
        'timestamp-out-of-range',
        "The request's timestamp is more than five minutes from NetSuite's time.",
        F,
        ['The timestamp is not in the allowed range.'],
        ['Ensure that:', 'Your computer clocks are synchronized using the NTP protocol.', 'Requests are sent soon after generating the TBA header.'],
        NO_REQUEST,
      ),
    ],
  },
  {
    spellings: [{ code: 'InvalidSignature', where: FLOW }],
    page: FN,
    problem: doc(FN, 'The signature is incorrect.'),
    basis: 'documented',
    causes: [
      c.requestCause(
        'signature-incorrect',
        'The request is signed incorrectly.',
        FN,
        ['The signature is incorrect.'],
        [
          'See Generating the Signature for the TBA Authorization Flow for the correct method of signing a request. See also The Signature for Web Services and RESTlets.',
        ],
        'The account model holds no secrets or requests: check how the application builds the signature.',
      ),
    ],
  },
  {
    spellings: [{ code: 'InvalidCallback', where: REQUEST_TOKEN }],
    page: FN,
    problem: doc(FN, 'The callback URL is not valid.'),
    basis: 'documented',
    causes: [
      {
        id: 'no-callback-url',
        cause: 'The integration record has no callback URL.',
        basis: 'documented',
        quotes: [
          ...doc(FN, 'The callback URL is not valid.'),
          ...doc(PAGES.threeStepFlow, 'The administrator must configure the callback URL on the integration record.'),
        ],
        remedy: {
          lines: ['On the integration record, verify the callback URL and correct the request as needed.'],
          quoted: true,
          page: FN,
          uiPath: MANAGE_INTEGRATIONS_AUTH,
        },
        detect: detect.noCallbackUrl,
      },
      c.requestCause(
        'callback-url-mismatch',
        'The application sends a callback URL other than the one on the integration record.',
        FN,
        ['The callback URL is not valid.'],
        ['On the integration record, verify the callback URL and correct the request as needed.'],
        "The account model does not hold requests: compare the oauth_callback the application sends with the record's callback-url.",
      ),
    ],
  },
  {
    spellings: [{ code: 'MissingRequiredParameter', where: REQUEST_TOKEN }],
    page: FN,
    problem: doc(FN, MISSING_PARAMETER),
    basis: 'documented',
    causes: [c.requestCause('missing-parameter', 'The request lacks a required parameter.', FN, [MISSING_PARAMETER], [VERIFY_PARAMETERS], NO_REQUEST)],
  },
  {
    spellings: [
      { code: 'token_rejected', where: RESTLETS },
      { code: 'InvalidToken', where: WEB_SERVICES },
    ],
    page: A,
    problem: [],
    basis: 'inferred',
    inferredFrom:
      "The language contract (v2, nsroles troubleshoot) names token_rejected and InvalidToken; their rows in NetSuite's table are cut off in every stored copy, so the problem text is not quoted and each cause cites the page that states it.",
    causes: [...tokenCauses('token_rejected / InvalidToken'), c.singleSignOnOnly('InvalidToken'), c.wrongAccount],
  },
  {
    spellings: [{ code: 'INVALID_LOGIN_CREDENTIALS', where: RESTLETS }],
    page: PAGES.rolesService,
    problem: doc(PAGES.rolesService, 'RESTlet calls receive an INVALID_LOGIN_CREDENTIALS error response.'),
    basis: 'documented',
    causes: [c.webServicesOnlyRestlet],
  },
  {
    spellings: [{ code: 'INVALID_LOGIN_ATTEMPT', where: BOTH }],
    page: PAGES.restletSetup,
    problem: doc(PAGES.restletSetup, 'If you do not escape characters in the header, you may receive an INVALID_LOGIN_ATTEMPT error.'),
    basis: 'documented',
    causes: [
      c.requestCause(
        'header-not-encoded',
        'The TBA header is not percent-encoded.',
        PAGES.restletSetup,
        ['All encoding in TBA is percent encoding.', 'If you do not escape characters in the header, you may receive an INVALID_LOGIN_ATTEMPT error.'],
        ['All encoding in TBA is percent encoding.'],
        NO_REQUEST,
      ),
      {
        ...c.requestCause(
          'token-passport-reused',
          'A SOAP request carries several TokenPassports, or a TokenPassport that was sent before.',
          PAGES.soapErrors,
          [
            'Sending multiple TokenPassports in the same request is not allowed and results in an invalid login error.',
            'Sending the same TokenPassport in multiple requests is not allowed, and results in an invalid login error.',
          ],
          ['The SOAP request must contain exactly one TokenPassport.', 'Each TokenPassport can only be used once.'],
          NO_REQUEST,
        ),
        basis: 'inferred',
        inferredFrom: 'The SOAP page says "an invalid login error" without naming the code; INVALID_LOGIN_ATTEMPT is the code of an invalid login.',
      },
      ...tokenCauses('INVALID_LOGIN_ATTEMPT'),
      c.singleSignOnOnly('INVALID_LOGIN_ATTEMPT'),
      c.wrongAccount,
    ],
  },
];

const byCode = new Map<string, { entry: ErrorEntry; spelling: Spelling }>();
for (const entry of ERROR_CATALOGUE) for (const spelling of entry.spellings) byCode.set(spelling.code.toLowerCase(), { entry, spelling });

/**
 * The entry for a code as NetSuite shows it, case-insensitively. A code followed by more text
 * ("InvalidCallback https://…", "consumer_key_refused: …") matches by its first word.
 */
export function findError(code: string): { entry: ErrorEntry; spelling: Spelling } | undefined {
  const trimmed = code.trim().toLowerCase();
  return byCode.get(trimmed) ?? byCode.get(trimmed.split(/[\s:,;<]/, 1)[0]);
}

/** Every code the catalogue knows, in catalogue order. */
export function errorCodes(): string[] {
  return ERROR_CATALOGUE.flatMap((e) => e.spellings.map((s) => s.code));
}

const AUTHORIZATION_FLOW = 'TBA authorization flow';

/**
 * The error NetSuite shows for a cause, in words a finding can carry: the codes of the first
 * catalogue entry that lists the cause, and the authorization flow's code when it differs.
 */
export function errorShownFor(causeId: string): string | undefined {
  const entries = ERROR_CATALOGUE.filter((e) => e.causes.some((cause) => cause.id === causeId));
  const main = entries[0];
  if (!main) return undefined;
  const codes = main.spellings.map((s) => (main.spellings.length > 1 ? `${s.code} (${s.where})` : s.code)).join(' or ');
  const flow = entries.find((e) => e !== main && e.spellings.every((s) => s.where.startsWith(AUTHORIZATION_FLOW)));
  return flow ? `${codes}, or ${flow.spellings.map((s) => s.code).join(' or ')} in the authorization flow` : codes;
}

/** A NetSuite help page the error catalogue quotes; its stored copy is in docs/sources/netsuite-help/. */
export interface Page {
  title: string;
  url: string;
}

const HELP = 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/';
const MIRROR = 'https://oracle.hydrogen.sagittarius.connect.product.adaptavist.com/en/cloud/saas/netsuite/ns-online-help/';

export const PAGES = {
  restletsAndWebServices: { title: 'Error Messages for RESTlets, SOAP Web Services, and REST Web Services', url: `${HELP}subsect_156935170194.html` },
  authorizationFlow: { title: 'Error Messages for the TBA Authorization Flow', url: `${HELP}subsect_156934879823.html` },
  /** The newer revision of the same page: only its copy holds the InvalidSignature and InvalidCallback rows. */
  authorizationFlowNewer: { title: 'Error Messages for the TBA Authorization Flow', url: `${MIRROR}subsect_156934879823.html` },
  loginAuditTrail: { title: 'TBA and the Login Audit Trail', url: `${HELP}section_1534941538.html` },
  soapErrors: { title: 'Token-Based Authentication Errors in SOAP Web Services', url: `${HELP}section_1509544929.html` },
  restletSetup: { title: 'Setting up Token-based Authentication for a RESTlet integration', url: `${HELP}section_1530099787.html` },
  rolesService: { title: 'The REST Roles Service', url: `${HELP}chapter_157011522878.html` },
  singleSignOnOnly: { title: 'Setting a Role as Single Sign-On Only Role', url: `${HELP}bridgehead_N288661.html` },
  tokens: { title: 'Viewing, Editing, Creating, and Revoking TBA Tokens', url: `${HELP}bridgehead_4249078810.html` },
  issueTokenEndpoint: { title: 'The IssueToken Endpoint', url: `${HELP}section_156337184796.html` },
  integrationRecords: { title: 'Create Integration Records for Applications to Use TBA', url: `${HELP}bridgehead_4249032125.html` },
  enableExisting: { title: 'Enabling an Existing Application to Use Token-based Authentication', url: `${HELP}section_4639959018.html` },
  threeStepFlow: { title: 'The Three-Step TBA Authorization Flow', url: `${HELP}section_156337186044.html` },
  oauthRefreshErrors: { title: 'Refresh Token Request Error Messages in the Login Audit Trail', url: `${HELP}subsect_161252550131.html` },
  tbaRoles: { title: 'Set Up Token-based Authentication Roles', url: `${HELP}bridgehead_4248124361.html` },
} as const satisfies Record<string, Page>;

// Troubleshooting: from the error NetSuite shows to the lines of the account that cause it.
export type { Page } from './pages';
export { PAGES } from './pages';
export type { CauseDef, PageQuote, RemedyDef } from './causes';
export type { CauseStatus, Detection } from './detect';
export type { ErrorEntry, Spelling } from './catalogue';
export { ERROR_CATALOGUE, errorCodes, errorShownFor, findError } from './catalogue';
export type { SubjectQuery, Scope } from './scope';
export { scopeOf, UnknownSubjectError } from './scope';
export type { CauseReport, Evidence, Remedy, TroubleshootCitation, TroubleshootReport } from './run';
export { troubleshoot, UnknownErrorCodeError } from './run';
export { OAUTH2_PAGES, oauth2Codes, oauth2Error, oauth2Message } from './oauth2';

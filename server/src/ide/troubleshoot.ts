import { ERROR_CATALOGUE, type LoadedAccount, oauth2Error, oauth2Message, troubleshoot, UnknownErrorCodeError, UnknownSubjectError } from '../engine';
import type { TroubleshootResult, TroubleshootSubject } from '../../../shared/protocol/wire';

/** The codes the Troubleshoot tab completes, with where NetSuite shows each. */
export function errorCodeList(): { code: string; where: string }[] {
  return ERROR_CATALOGUE.flatMap((e) => e.spellings.map((s) => ({ code: s.code, where: s.where })));
}

/**
 * `nsroles/troubleshoot`: the report with evidence files as `uriOf` gives them, or, for a code
 * or name the account does not know, a message to show instead.
 */
export function troubleshootResult(loaded: LoadedAccount, error: string, subject: TroubleshootSubject, uriOf: (file: string) => string): TroubleshootResult {
  try {
    const report = troubleshoot(loaded, error, subject);
    for (const c of report.causes) c.evidence = c.evidence.map((e) => ({ file: uriOf(e.file), line: e.line, text: e.text }));
    return { report };
  } catch (e) {
    if (e instanceof UnknownErrorCodeError) {
      const oauth2 = oauth2Error(e.code);
      return { message: `${oauth2 ? `${oauth2Message(oauth2)}.` : `NetSuite's error tables have no code '${e.code}'.`} Known codes: ${e.known.join(', ')}.` };
    }
    if (e instanceof UnknownSubjectError) return { message: `No ${e.kind} named '${e.name}' in this account.` };
    throw e;
  }
}

import { type FileHost, lintAccount, LintCache, loadAccount, ParseCache } from './engine';

/**
 * A small account in every form the language has (roles of each kind, users, integrations,
 * tokens, expect lines with targets, channels and integrations), `n` of each kind, so that the
 * code a real account runs is the code it runs, with the same kinds of values.
 */
export function warmupAccount(n: number): { entry: string; host: FileHost } {
  const roles: string[] = [
    'role "Administrator" {\n  administrator\n  two-factor required\n}',
    'role "Integration Manager" {\n  id customrole_integration_manager\n  permission "Access Token Management" full\n  two-factor required\n}',
  ];
  const lines: string[] = ['include "roles.nsroles"', '', 'account "Acme" {\n  token-based-authentication enabled\n}'];
  for (let i = 0; i < n; i++) {
    roles.push(
      `role "RESTlet Integration ${i}" {\n  id customrole_restlet_${i}\n  permission ADMI_LOGIN_OAUTH\n  permission TRAN_SALESORD view\n}`,
      `role "SOAP Sync ${i}" { id customrole_soap_${i}; permission "Log in using Access Tokens"; web-services-only }`,
      `role "Developer ${i}" {\n  permission "User Access Tokens" full\n  permission ADMI_LOGIN_OAUTH\n  center ${i % 2 ? 'accountcenter' : 'basic'}\n}`,
      `role "Clerk ${i}" {\n  permission LIST_CUSTJOB edit\n  permission "Acess Token Managment"\n  two-factor not-required${i % 3 ? '' : '\n  inactive'}\n}`,
    );
    lines.push(
      `user "svc-${i}" { role "RESTlet Integration ${i}"; role customrole_soap_${i} }`,
      `user "dev${i}@acme.com" {\n  role "Developer ${i}"\n  role "Clerk ${i}"${i % 4 ? '' : '\n  inactive'}\n}`,
      `user "mgr${i}@acme.com" { role "Integration Manager" }`,
      `integration "Bridge ${i}" {\n  token-based-authentication enabled\n  state ${i % 5 ? 'enabled' : 'blocked'}\n  callback-url "https://example.com/${i}"\n}`,
      `token "svc-${i}-restlet" {\n  user "svc-${i}"\n  role "RESTlet Integration ${i}"\n  integration "Bridge ${i}"\n  created-by "mgr${i}@acme.com"\n}`,
      `token "dev-${i}-own" {\n  user "dev${i}@acme.com"\n  role "Developer ${i}"\n  integration "Bridge ${i}"\n  created-by "dev${i}@acme.com"${i % 3 ? '' : '\n  revoked'}\n}`,
      `expect "svc-${i}" as "RESTlet Integration ${i}" can restlet-login`,
      `expect "svc-${i}" as customrole_soap_${i} cannot restlet-login`,
      `expect "dev${i}@acme.com" as "Developer ${i}" can issue-token via settings-portlet`,
      `expect "mgr${i}@acme.com" as "Integration Manager" can issue-token for "svc-${i}" as "RESTlet Integration ${i}"`,
      `expect "mgr${i}@acme.com" as "Integration Manager" can revoke-token for "dev${i}@acme.com" as "Clerk ${i}" via access-tokens-page`,
      `expect "svc-${i}" as "RESTlet Integration ${i}" can restlet-login with "Bridge ${i}"`,
      `expect "dev${i}@acme.com" as "Clerk ${i}" cannot web-services-login`,
    );
  }
  const files: Record<string, string> = { [`${DIR}account.nsroles`]: lines.join('\n') + '\n', [`${DIR}roles.nsroles`]: roles.join('\n') + '\n' };
  return { entry: `${DIR}account.nsroles`, host: { read: (f) => files[f], resolve: (_from, p) => DIR + p } };
}

/**
 * Reads and checks a small built-in account a few times, one round per turn of the event loop,
 * until `stop()` says to; then `done(rounds run)`. A fresh server's first document is read by
 * code V8 has not yet compiled for speed: in process, the 100k-line account's first read and
 * check took ~500 ms and a second one 300–410. Run in the idle moment between `initialized` and
 * the first `didOpen` (the client is encoding the document then), the rounds leave V8 with the
 * feedback and the optimized code that open needs. The first round waits `delay` ms, so messages
 * that came with `initialized` are handled first, and rounds grow from a small account, so one
 * under way when a document opens holds it up little. Its findings and caches are dropped; only
 * the lexer's bounded maps of words and names keep its strings.
 */
export function warmUp(stop: () => boolean, rounds = WARMUP_ROUNDS, done: (ran: number) => void = () => {}, delay = FIRST_ROUND_DELAY): void {
  let ran = 0;
  const round = (): void => {
    if (ran >= rounds || stop()) return done(ran);
    const { entry, host } = warmupAccount(Math.min(WARMUP_SIZE, 2 * (ran + 1)));
    try {
      lintAccount(loadAccount(entry, host, { cache: new ParseCache() }), { cache: new LintCache() });
    } catch {
      // A warm-up is never worth an error: the server works the same without it.
      return done(ran);
    }
    ran++;
    setImmediate(round);
  };
  setTimeout(round, delay);
}

/**
 * The server's idle moment before its first document, put to use. First the workspace's role
 * files are read ahead (`readAhead`, given a deadline; true when all are read), in slices of
 * about `slice` ms, one per turn of the event loop: the first check of any document reads every
 * role file anyway (for the include graph), and what is read ahead is kept for it. A slice ends
 * between two top-level statements or files, so one very long statement, or reading one large
 * file from disk, makes it longer. Then, if there is still time, the warm-up rounds.
 *
 * `stop()` ends both (a document opened). While `busy()` (a message arriving in parts) no slice
 * runs, so the message is read at once; a message that never ends ends the reading. The first
 * slice waits `delay` ms, so messages that came with `initialized` are handled first: a document
 * sent with it has its text, and reading that file from disk would only hold it up. `log` gets a
 * line for each part.
 */
export function beforeFirstDocument(
  stop: () => boolean,
  busy: () => boolean,
  readAhead: (pause: () => boolean) => boolean,
  log: (line: string) => void = () => {},
  slice = READ_AHEAD_SLICE,
  delay = FIRST_ROUND_DELAY,
): void {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let slices = 0;
  let waits = 0;
  const warm = () =>
    warmUp(
      () => stop() || busy(),
      undefined,
      (ran) => log(`warm-up: ${ran} rounds, ${ms()} ms`),
      0,
    );
  const step = (): void => {
    if (stop()) return log(`read ahead: stopped after ${slices} slices, ${ms()} ms`);
    if (busy()) {
      if (++waits > MAX_BUSY_WAITS) return log(`read ahead: stopped after ${slices} slices, ${ms()} ms: a message kept arriving`);
      return void setTimeout(step, BUSY_WAIT);
    }
    slices++;
    const until = performance.now() + slice;
    let done: boolean;
    try {
      done = readAhead(() => performance.now() >= until);
    } catch (e) {
      // Reading ahead is never worth an error: the first check reads the files itself.
      log(`read ahead: failed after ${slices} slices, ${ms()} ms: ${e instanceof Error ? e.message : String(e)}`);
      return warm();
    }
    if (!done) return void setImmediate(step);
    log(`read ahead: done in ${slices} slices, ${ms()} ms`);
    // Messages that came with `initialized` were handled before the first slice.
    warm();
  };
  setTimeout(step, delay);
}

/** A slice of reading ahead, in ms: what a message arriving meanwhile may wait. */
const READ_AHEAD_SLICE = 5;
/** While a message arrives in parts, whether it is done is asked every BUSY_WAIT ms, for at most 2 s. */
const BUSY_WAIT = 2;
const MAX_BUSY_WAITS = 1000;

/** Where its files seem to be: no folder a workspace has. */
const DIR = '/nsroles-warmup/';
/** The largest round's account, of each kind: about 380 lines. */
const WARMUP_SIZE = 8;
export const WARMUP_ROUNDS = 16;
const FIRST_ROUND_DELAY = 10;

/**
 * Context keys the extension sets for the walkthrough's completion events
 * (`onContext:` in package.json). No `vscode` import, so a test keeps the two in step.
 */
export const CONTEXT_ASKED_RESTLET = 'nsroles.simulator.askedRestletLogin';
export const CONTEXT_SAVED_EXPECT = 'nsroles.simulator.savedExpect';
/** Set once the Troubleshoot tab has answered: completes the walkthrough's "When a login fails" step. */
export const CONTEXT_TROUBLESHOOT = 'nsroles.simulator.troubleshot';
/**
 * True for a moment each time a role file or a SuiteCloud role object becomes the active editor:
 * completes "Open a role file", also for role objects. Only for a moment, because VS Code
 * registers the walkthrough a few seconds after start, and a completion context that is true then
 * never counts in that session (a session that starts on a role file would otherwise never
 * complete the step). A context set before registration is simply not seen.
 */
export const CONTEXT_OPENED_ROLE_FILE = 'nsroles.openedRoleFile';

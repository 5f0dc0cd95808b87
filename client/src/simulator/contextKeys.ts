/**
 * Context keys the extension sets for the walkthrough's completion events
 * (`onContext:` in package.json). No `vscode` import, so a test keeps the two in step.
 */
export const CONTEXT_ASKED_RESTLET = 'nsroles.simulator.askedRestletLogin';
export const CONTEXT_SAVED_EXPECT = 'nsroles.simulator.savedExpect';
/** Set once the Troubleshoot tab has answered: completes the walkthrough's "When a login fails" step. */
export const CONTEXT_TROUBLESHOOT = 'nsroles.simulator.troubleshot';
/**
 * Set once a role file or a SuiteCloud role object is the active editor: completes "Open a role
 * file" as well as `resourceLangId == nsroles` does, also for role objects, and whether or not
 * the walkthrough page was listening when the file was first shown.
 */
export const CONTEXT_OPENED_ROLE_FILE = 'nsroles.openedRoleFile';

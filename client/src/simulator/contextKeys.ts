/**
 * Context keys the simulator sets for the walkthrough's completion events
 * (`onContext:` in package.json). No `vscode` import, so a test keeps the two in step.
 */
export const CONTEXT_ASKED_RESTLET = 'nsroles.simulator.askedRestletLogin';
export const CONTEXT_SAVED_EXPECT = 'nsroles.simulator.savedExpect';
/** Set once the Troubleshoot tab has answered: completes the walkthrough's "When a login fails" step. */
export const CONTEXT_TROUBLESHOOT = 'nsroles.simulator.troubleshot';

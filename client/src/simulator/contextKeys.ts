/**
 * Context keys the simulator sets for the walkthrough's completion events
 * (`onContext:` in package.json). No `vscode` import, so a test keeps the two in step.
 */
export const CONTEXT_ASKED_RESTLET = 'nsroles.simulator.askedRestletLogin';
export const CONTEXT_SAVED_EXPECT = 'nsroles.simulator.savedExpect';

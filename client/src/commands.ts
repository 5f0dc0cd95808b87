/**
 * Every command the extension registers, in one table. The table is plain data plus a `run`
 * that acts through a CommandHost, so it loads without VS Code and a test can hold it against
 * package.json `contributes.commands`.
 */

/** The category every nsroles command shows under in the Command Palette. */
export const COMMAND_CATEGORY = 'NetSuite TBA';

/** What the commands act on; activate() builds it from the live client. */
export interface CommandHost {
  restartServer(): Promise<void>;
  showOutput(): void;
  newRoleFile(): Promise<void>;
  /** Opens an untitled role file made from the workspace's SuiteCloud role objects. */
  generateFromSdf(): Promise<void>;
  /** Opens the role at the cursor as a SuiteCloud role object (customrole_*.xml). */
  exportSdfRole(): Promise<void>;
}

export interface CommandSpec {
  id: `nsroles.${string}`;
  /** The title as package.json declares it (shown after the category). */
  title: string;
  run(host: CommandHost, ...args: unknown[]): unknown;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'nsroles.restartServer', title: 'Restart Language Server', run: (host) => host.restartServer() },
  { id: 'nsroles.showOutput', title: 'Show Output', run: (host) => host.showOutput() },
  { id: 'nsroles.newRoleFile', title: 'New Role File', run: (host) => host.newRoleFile() },
  { id: 'nsroles.generateFromSdf', title: 'Generate .nsroles from SDF roles', run: (host) => host.generateFromSdf() },
  { id: 'nsroles.exportSdfRole', title: 'Export role as SDF XML', run: (host) => host.exportSdfRole() },
];

/** Commands package.json declares that another module registers. */
export const EXTERNAL_COMMANDS: readonly { id: `nsroles.${string}`; title: string; registeredBy: string }[] = [
  { id: 'nsroles.openSimulator', title: 'Open Simulator', registeredBy: 'client/src/simulator (registerSimulator)' },
];

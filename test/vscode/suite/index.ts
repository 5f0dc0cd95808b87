// The entry VS Code's extension host calls (`--extensionTestsPath`): runs the suite with mocha.
// The runner bundles this file with esbuild; mocha itself is loaded from node_modules.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  // What `mocha FILE` does: define describe/it, then load the tests (bundled in).
  mocha.suite.emit('pre-require', globalThis, 'extension.test.ts', mocha);
  require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}

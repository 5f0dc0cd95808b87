import { strict as assert } from 'assert';
import { clientFeatures } from '../../server/src/clientFeatures';

describe('server: what the client supports, read once at initialize', () => {
  it('a client that declares nothing gets the plain protocol', () => {
    assert.deepEqual(Object.values(clientFeatures({})), [false, false, false, false, false, false, false, false]);
  });

  it('VS Code’s declarations turn on snippets, list-wide edit ranges, lazy edits and dynamic registrations', () => {
    const f = clientFeatures({
      textDocument: {
        completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['commitCharacters', 'editRange'] } },
        codeAction: { resolveSupport: { properties: ['edit'] } },
      },
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
        applyEdit: true,
      },
    });
    assert.deepEqual(f, {
      snippets: true,
      editRangeDefault: true,
      configuration: true,
      dynamicConfiguration: true,
      dynamicWatch: true,
      folderEvents: true,
      resolveEdits: true,
      applyEdit: true,
    });
  });

  it('a resolvable code action without `edit` among its lazy properties cannot be resolved for its edit', () => {
    assert.equal(clientFeatures({ textDocument: { codeAction: { resolveSupport: { properties: ['command'] } } } }).resolveEdits, false);
  });
});

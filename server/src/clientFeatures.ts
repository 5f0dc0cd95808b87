import type { ClientCapabilities } from 'vscode-languageserver/node';

/** What the client said it supports, read once at `initialize`; the handlers ask this, not the raw capabilities. */
export interface ClientFeatures {
  /** Completion items may be snippets. */
  snippets: boolean;
  /** Completion lists may carry one edit range for all items (LSP 3.17 itemDefaults). */
  editRangeDefault: boolean;
  /** `workspace/configuration` can be asked. */
  configuration: boolean;
  /** Configuration changes can be registered for dynamically. */
  dynamicConfiguration: boolean;
  /** File watchers can be registered dynamically. */
  dynamicWatch: boolean;
  /** Workspace folders change notifications arrive. */
  folderEvents: boolean;
  /** Code actions may be resolved lazily, their edit filled in `codeAction/resolve`. */
  resolveEdits: boolean;
  /** The server may ask the client to apply a workspace edit (`workspace/applyEdit`). */
  applyEdit: boolean;
}

export function clientFeatures(caps: ClientCapabilities): ClientFeatures {
  return {
    snippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    editRangeDefault: caps.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') === true,
    configuration: caps.workspace?.configuration === true,
    dynamicConfiguration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatch: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    folderEvents: caps.workspace?.workspaceFolders === true,
    resolveEdits: caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    applyEdit: caps.workspace?.applyEdit === true,
  };
}

import * as v from 'valibot';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { DidChangeSchema, DidOpenSchema, IdentifiedSchema } from '../../../shared/protocol/schemas';
import { checkedNotification } from './checked';

type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

// Document sync notifications are checked before TextDocuments stores anything: one didOpen
// with a number for a URI used to break every later diagnostics run, for every document.
const DidOpen = DidOpenSchema;
const DidChange = DidChangeSchema;
const Identified = IdentifiedSchema;

/**
 * The connection as TextDocuments sees it, with the params of every sync notification checked:
 * a malformed one is logged and dropped, as if it never came.
 */
export function checkedSync(connection: Connection): TextDocumentConnection {
  const guard =
    (method: string, schema: v.GenericSchema) =>
    <P>(handler: (p: P) => void) =>
      checkedNotification(connection, method, schema, handler);
  return {
    onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(guard('textDocument/didOpen', DidOpen)(h)),
    onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument(guard('textDocument/didChange', DidChange)(h)),
    onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(guard('textDocument/didClose', Identified)(h)),
    onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(guard('textDocument/willSave', Identified)(h)),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil((p, token) => (v.is(Identified, p) ? h(p, token) : null)),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(guard('textDocument/didSave', Identified)(h)),
  };
}

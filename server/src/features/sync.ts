import * as v from 'valibot';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Connection, TextDocuments } from 'vscode-languageserver/node';

type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

// Document sync notifications are checked before TextDocuments stores anything: one didOpen
// with a number for a URI used to break every later diagnostics run, for every document.
const uri = v.pipe(v.string(), v.minLength(1), v.maxLength(8192));
const version = v.pipe(v.number(), v.integer());
const position = v.object({ line: v.pipe(v.number(), v.integer(), v.minValue(0)), character: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const range = v.object({ start: position, end: position });

const DidOpen = v.object({ textDocument: v.object({ uri, languageId: v.string(), version, text: v.string() }) });
const DidChange = v.object({
  textDocument: v.object({ uri, version }),
  contentChanges: v.array(v.union([v.object({ range, rangeLength: v.optional(v.number()), text: v.string() }), v.object({ text: v.string() })])),
});
const Identified = v.object({ textDocument: v.object({ uri }) });

/**
 * The connection as TextDocuments sees it, with the params of every sync notification checked:
 * a malformed one is logged and dropped, as if it never came.
 */
export function checkedSync(connection: Connection): TextDocumentConnection {
  const guard =
    (method: string, schema: v.GenericSchema) =>
    <P>(handler: (p: P) => void) =>
    (p: P) => {
      const r = v.safeParse(schema, p);
      if (r.success) return handler(p);
      const issue = r.issues[0];
      connection.console.warn(`Ignored ${method}: ${issue.path?.map((x) => String(x.key)).join('.') || 'params'}: ${issue.message}`);
    };
  return {
    onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(guard('textDocument/didOpen', DidOpen)(h)),
    onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument(guard('textDocument/didChange', DidChange)(h)),
    onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(guard('textDocument/didClose', Identified)(h)),
    onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(guard('textDocument/willSave', Identified)(h)),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil((p, token) => (v.is(Identified, p) ? h(p, token) : null)),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(guard('textDocument/didSave', Identified)(h)),
  };
}

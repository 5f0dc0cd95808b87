import type * as v from 'valibot';
import { type Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { checkSchema } from '../../../shared/protocol/schemas';

/**
 * A standard request's handler, run only on params of the shape it reads. Other params get
 * InvalidParams naming the field, not an internal error with a JavaScript message.
 */
export function checkedRequest<A extends [unknown, ...unknown[]], R>(method: string, schema: v.GenericSchema, handler: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const c = checkSchema(schema, args[0]);
    if (!c.ok) throw new ResponseError(ErrorCodes.InvalidParams, `Invalid ${method} params: ${c.reason}`);
    return handler(...args);
  };
}

/** A notification's handler, run only on params of the shape it reads; others are logged and dropped. */
export function checkedNotification<P>(connection: Connection, method: string, schema: v.GenericSchema, handler: (p: P) => void): (p: P) => void {
  return (p) => {
    const c = checkSchema(schema, p);
    if (c.ok) handler(p);
    else connection.console.warn(`Ignored ${method}: ${c.reason}`);
  };
}
